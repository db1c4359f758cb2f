import Foundation
import Testing

@testable import FigScribe

/// The annotator with a stand-in describer: which references change, and that nothing
/// else does.
@Suite struct DocumentAnnotatorTests {
    static let folder = URL(fileURLWithPath: "/doc")

    static let heatmap = FigureDescription(
        title: "Heat & <light>", altText: "Heatmap “Heat”: value for 2 rows × 2 columns.",
        markdown: "## Heatmap: Heat\n\nLong words.\n", htmlFragment: "<h2>Overview</h2>\n<p>Long words.</p>\n")

    /// `heat*.png` are heatmaps, `chart.png` is not, anything else is missing.
    static func describe(_ url: URL) -> ImageOutcome {
        switch url.lastPathComponent {
        case let name where name.hasPrefix("heat"): return .described(heatmap)
        case "chart.png": return .notHeatmap("no grid")
        default: return .missing
        }
    }

    static func annotate(_ text: String, _ kind: DocumentAnnotator.Kind) -> (text: String, summary: AnnotationSummary) {
        let (bytes, summary) = DocumentAnnotator(kind: kind, directory: folder).annotate(Array(text.utf8), describe: describe)
        return (String(decoding: bytes, as: UTF8.self), summary)
    }

    @Test func markdownGainsAltTextAndDetailsAfterTheLine() {
        let text = "# T\r\n\r\nSee ![](heat.png) here.\r\nNext line.\r\n"
        let (out, summary) = Self.annotate(text, .markdown)
        #expect(summary.described == 1)
        #expect(out.hasPrefix("# T\r\n\r\nSee ![Heatmap “Heat”: value for 2 rows × 2 columns.](heat.png) here.\r\n\n<details>\n"))
        #expect(out.contains("<summary>Description of the heatmap “Heat &amp; &lt;light&gt;”</summary>\n\n## Heatmap: Heat\n"))
        #expect(out.hasSuffix("</details>\n\nNext line.\r\n"))
    }

    @Test func onlyEmptyAltLocalHeatmapsChange() {
        let text = """
            ![](chart.png) ![Mine](heat.png) ![](https://example.org/heat.png) ![](heat.jpg) ![](gone.png)
            `![](heat.png)`
            """
        let (out, summary) = Self.annotate(text, .markdown)
        #expect(out == text)
        #expect(summary == {
            var s = AnnotationSummary()
            s.skipped = 1
            s.kept = 1
            s.missing = 1
            s.notes = ["chart.png: skipped, not a heatmap (no grid)", "gone.png: no such file"]
            return s
        }())
        #expect(summary.line == "0 described, 1 skipped (not a heatmap), 1 kept (had alt text), 1 missing files")
    }

    @Test func markdownImgTagGainsAltAttribute() {
        let (out, _) = Self.annotate("<img src=\"heat.png\" alt=\"\" width=\"3\">\n", .markdown)
        #expect(out.hasPrefix("<img src=\"heat.png\" alt=\"Heatmap “Heat”: value for 2 rows × 2 columns.\" width=\"3\">\n\n<details>"))
    }

    @Test func htmlGainsAltDescribedByAndASectionBeforeBodyEnd() {
        let text = "<html><body>\n<p>Look: <img src=\"heat.png\"> <img src=heat2.png aria-describedby=\"note\"></p>\n<p id=\"note\">n</p>\n</body></html>\n"
        let (out, summary) = Self.annotate(text, .html)
        #expect(summary.described == 2)
        #expect(out.contains("<img alt=\"Heatmap “Heat”: value for 2 rows × 2 columns.\" aria-describedby=\"figscribe-description-1\" src=\"heat.png\">"))
        #expect(out.contains("aria-describedby=\"note figscribe-description-2\""))
        #expect(out.contains("<section id=\"figscribe-description-1\" aria-label=\"Description of the heatmap “Heat &amp; &lt;light&gt;”\">"))
        #expect(out.hasSuffix("<p>Long words.</p>\n</details>\n</section>\n</body></html>\n"))
        #expect(out.hasPrefix("<html><body>\n<p>Look: <img alt="))
    }

    @Test func annotatingTwiceChangesNothingMore() {
        let once = Self.annotate("![](heat.png)\n", .markdown).text
        let (twice, summary) = Self.annotate(once, .markdown)
        #expect(twice == once)
        #expect(summary.kept == 1)
    }

    @Test func htmlIDsAvoidOnesInUse() {
        let (out, _) = Self.annotate("<p id=\"figscribe-description-1\"></p><img src=heat.png>", .html)
        #expect(out.contains("aria-describedby=\"figscribe-description-2\""))
    }
}
