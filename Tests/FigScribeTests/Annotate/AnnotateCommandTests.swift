import Foundation
import Testing

/// Runs `figscribe annotate` and `figscribe describe NOTEBOOK` end to end on fixtures: golden
/// heatmaps, a line chart made by `Fixtures/make_fixtures.py`, a Markdown report and a notebook.
@Suite(
    "figscribe annotate",
    .enabled(if: FigScribeBinary.url != nil, "figscribe binary not found next to the tests; run swift build or set FIGSCRIBE_BIN"))
struct AnnotateCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A folder holding the report and its images: heat_a/b/c are golden heatmaps, chart a line chart.
    static func reportFolder() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("figscribe-annotate-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = [
            ("report.md", fixtures.appendingPathComponent("report.md")),
            ("chart.png", fixtures.appendingPathComponent("line_chart.png")),
            ("figures.ipynb", fixtures.appendingPathComponent("figures.ipynb")),
            ("heat_a.png", Paths.goldenImages.appendingPathComponent("mpl_imshow_viridis.png")),
            ("heat_b.png", Paths.goldenImages.appendingPathComponent("sns_confusion_blues.png")),
            ("heat_c.png", Paths.goldenImages.appendingPathComponent("vega_rect_viridis.png")),
        ]
        for (name, source) in files { try fm.copyItem(at: source, to: dir.appendingPathComponent(name)) }
        return dir
    }

    /// `text` with what annotate adds taken out: the alt texts it wrote and its details blocks.
    static func removingAnnotations(_ text: String) -> String {
        var out = text.replacing(/!\[Heatmap[^\]]*\]\((heat_[ab]\.png)\)/) { "![](\($0.output.1))" }
        out = out.replacing(/\ alt="Heatmap[^"]*"/, with: "")
        out = out.replacing(/\n<details>\n<summary>Description of the heatmap[\s\S]*?<\/details>\n\n/, with: "")
        return out
    }

    @Test func reportGainsDescriptionsForExactlyItsTwoHeatmaps() throws {
        let dir = try Self.reportFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("report.md"), out = dir.appendingPathComponent("out.md")
        let original = try Data(contentsOf: report)
        let run = try CommandLineTests.run(["annotate", report.path, "--output", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: report) == original, "the source document changed")
        #expect(run.stderr.contains("2 described, 1 skipped (not a heatmap), 1 kept (had alt text), 1 missing files"))
        #expect(run.stderr.contains("missing.png: no such file"))
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("![Heatmap “Attention • layer 3, head 5”:"))
        #expect(text.contains("<img alt=\"Heatmap “Confusion matrix”:"))
        #expect(text.components(separatedBy: "<details>").count == 3)
        #expect(text.contains("A chart of two waves: ![](chart.png \"Waves\")\n"))
        #expect(text.contains("![Temperatures by station, a person's words](heat_c.png)\n"))
        #expect(text.contains("```markdown\n![](heat_a.png)\n```"))
        #expect(Self.removingAnnotations(text) == String(decoding: original, as: UTF8.self))
    }

    @Test func outputIsNeverSilentlyOverwrittenAndInPlaceKeepsABackup() throws {
        let dir = try Self.reportFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("report.md"), out = dir.appendingPathComponent("out.md")
        let original = try Data(contentsOf: report)
        try Data("mine".utf8).write(to: out)
        let refused = try CommandLineTests.run(["annotate", report.path, "--output", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("exists; not overwritten"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "mine")

        let inPlace = try CommandLineTests.run(["annotate", "--in-place", report.path])
        #expect(inPlace.status == 0, "\(inPlace.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("report.md.orig")) == original)
        let annotated = try String(contentsOf: report, encoding: .utf8)
        #expect(annotated.components(separatedBy: "<details>").count == 3)
        let again = try CommandLineTests.run(["annotate", "--in-place", report.path])
        #expect(again.status == 2, "a second backup would overwrite report.md.orig")
        #expect(try Data(contentsOf: dir.appendingPathComponent("report.md.orig")) == original)
    }

    @Test func badInputIsAOneLineError() throws {
        let dir = try Self.reportFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for file in ["nothing.md", "heat_a.png"] {
            let run = try CommandLineTests.run(["annotate", dir.appendingPathComponent(file).path])
            #expect(run.status == 2 && !run.crashed, "\(file)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let report = dir.appendingPathComponent("report.md")
        let onItself = try CommandLineTests.run(["annotate", report.path, "--output", report.path])
        #expect(onItself.status != 0 && !onItself.crashed)
        #expect(onItself.stderr.contains("--in-place"))
    }

    @Test func notebookHeatmapIsDescribedAndTheLineChartSkipped() throws {
        let dir = try Self.reportFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notebook = dir.appendingPathComponent("figures.ipynb"), out = dir.appendingPathComponent("out.ipynb")
        let original = try Data(contentsOf: notebook)

        let described = try CommandLineTests.run(["describe", notebook.path])
        #expect(described.status == 0, "\(described.stderr)")
        #expect(described.stdout.hasPrefix("<!-- figures.ipynb cell 2 (id heat), output 1 -->\n## Heatmap: Attention • layer 3, head 5\n"))
        #expect(described.stdout.components(separatedBy: "## Heatmap:").count == 2)
        #expect(described.stderr.contains("cell 3 (id waves), output 1: skipped"))

        let run = try CommandLineTests.run(["annotate", notebook.path, "--output", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("1 described, 1 skipped (not a heatmap)"))
        #expect(try Data(contentsOf: notebook) == original)
        let before = try JSONSerialization.jsonObject(with: original) as? [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        let oldCells = try #require(before?["cells"] as? [[String: Any]])
        let newCells = try #require(after?["cells"] as? [[String: Any]])
        #expect(newCells.count == oldCells.count + 1)
        #expect(newCells[2]["cell_type"] as? String == "markdown")
        #expect((newCells[2]["source"] as? [String])?.first == "## Heatmap: Attention • layer 3, head 5\n")
        let kept = newCells.enumerated().filter { $0.offset != 2 }.map(\.element)
        #expect(NSArray(array: kept).isEqual(to: oldCells), "cells other than the new one changed")
        for key in ["metadata", "nbformat", "nbformat_minor"] {
            #expect((before?[key] as? NSObject)?.isEqual(after?[key]) == true, "\(key) changed")
        }
    }

    /// Whether python3 with nbformat is here (pip install nbformat).
    static let nbformatValidator: Bool = {
        (try? CommandLineTests.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import nbformat"]))?.status == 0
    }()

    @Test(.enabled(if: nbformatValidator, "python3 with nbformat not found"))
    func annotatedNotebookValidates() throws {
        let dir = try Self.reportFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.ipynb")
        let run = try CommandLineTests.run(["annotate", dir.appendingPathComponent("figures.ipynb").path, "--output", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        // `python3 -m nbformat.validator` only imports the module: validate the raw JSON instead.
        let script = "import json, sys, nbformat; nbformat.validate(json.load(open(sys.argv[1], encoding='utf-8')))"
        let validation = try CommandLineTests.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, out.path])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }
}
