import Foundation
import Testing

@testable import FigScribe

/// Compares Markdown, alt, HTML and MAIDR output for the golden figures with committed
/// files. `FIGSCRIBE_RECORD=1 swift test` rewrites them; CI never records.
@Suite struct GoldenOutputTests {
    static let recording = ProcessInfo.processInfo.environment["FIGSCRIBE_RECORD"] == "1"

    static let cases: [(figure: String, format: String)] = DescribeFixtures.names.flatMap { name in
        ["md", "alt.txt", "html", "maidr.json"].map { (name, $0) }
    }

    @Test(arguments: cases.map { "\($0.figure).\($0.format)" })
    func matchesGolden(file: String) throws {
        let name = String(file.prefix { $0 != "." })
        let format: DescriptionFormat
        switch file.dropFirst(name.count + 1) {
        case "md": format = .markdown
        case "alt.txt": format = .alt
        case "html": format = .html(imageSource: "\(name).png")
        default: format = .maidr
        }
        let output = try render(DescribeFixtures.figure(name), as: format)
        let url = DescribeFixtures.golden.appending(path: file)
        if Self.recording {
            try FileManager.default.createDirectory(at: DescribeFixtures.golden, withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(file) differs from its golden file; FIGSCRIBE_RECORD=1 to update")
    }
}

/// Properties every output must have, whatever its wording.
@Suite struct OutputPropertyTests {
    @Test(arguments: DescribeFixtures.names)
    func markdownHasSectionsInOrder(name: String) throws {
        let text = try render(DescribeFixtures.figure(name))
        let headings = ["## Heatmap: ", "### Overview", "### Components/Axes", "### Detailed Analysis",
                        "### Key Observations", "### Interpretation", "### Data"]
        let positions = headings.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == headings.count)
        #expect(positions == positions.sorted())
        #expect(!text.contains("-0."), "ASCII minus in prose")
    }

    @Test func largeGridPointsToCSV() throws {
        let text = try render(DescribeFixtures.figure("matshow_every3"))
        #expect(text.contains("--format csv"))
        #expect(!text.contains("|---|"))
    }

    @Test func seedStatesPauseBands() throws {
        let text = try render(DescribeFixtures.figure("seed_meta_token2"))
        #expect(text.contains("in layers 0–3"))
        #expect(text.contains("in layers 4–7"))
        #expect(text.contains("in layers 8–11"))
        #expect(text.contains("Minimum −0.040"))
        #expect(text.contains("Maximum +0.024"))
    }

    @Test func htmlEscapesFigureText() throws {
        var figure = try DescribeFixtures.figure("seed_meta_token2")
        figure.title = "A <b>bold</b> & \"quoted\" title"
        let html = try render(figure, as: .html(imageSource: "a\"b.png"))
        #expect(html.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("src=\"a&quot;b.png\""))
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("<th scope=\"row\">"))
    }

    @Test func maidrHasHeatmapShape() throws {
        let json = try render(DescribeFixtures.figure("imshow_causal_mask"), as: .maidr)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let subplots = object?["subplots"] as? [[[String: Any]]]
        let layer = (subplots?.first?.first?["layers"] as? [[String: Any]])?.first
        #expect(layer?["type"] as? String == "heat")
        let data = layer?["data"] as? [String: Any]
        #expect((data?["x"] as? [String])?.count == 14)
        #expect((data?["y"] as? [String])?.count == 14)
        #expect((data?["points"] as? [[Any]])?.count == 14)
    }
}

/// The overview says where the values come from when the figure was read from an image.
@Suite struct ValueSourceSentenceTests {
    func overview(_ name: String, _ source: HeatmapFigure.ValueSource?, as format: DescriptionFormat = .markdown) throws -> String {
        var figure = try DescribeFixtures.figure(name)
        figure.valueSource = source
        return try render(figure, as: format)
    }

    @Test func printedColourAndBandedValuesAreToldApart() throws {
        let cells = 9 * 4  // imshow_08: 9 rows × 4 columns, every cell valued
        #expect(try overview("imshow_08", .init(printedCells: cells, colourStep: nil))
            .contains("Every cell prints its number; the values are those numbers."))
        #expect(try overview("imshow_08", .init(printedCells: 10, colourStep: 3.9e-5))
            .contains("10 of \(cells) cells print their numbers, taken as their values; the others are read from their colour, on a bar that tells values about 0.000039 apart."))
        #expect(try overview("imshow_08", .init(printedCells: 0, colourStep: 3.9e-5))
            .contains("Values are read from each cell's colour, on a bar that tells values about 0.000039 apart."))
        #expect(try overview("gg_fermenter_rdbu", .init(printedCells: 0, colourStep: nil))
            .contains("Values are read from each cell's colour, each cell taking the centre of its colour band."))
        #expect(try overview("imshow_08", .init(printedCells: cells, colourStep: nil), as: .html(imageSource: "x.png"))
            .contains("Every cell prints its number"))
        // Read from JSON, a figure says nothing of where its values came from.
        #expect(!(try overview("imshow_08", nil)).contains("cell's colour"))
    }
}
