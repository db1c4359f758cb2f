import Foundation
import Testing

@testable import FigScribe

/// A heatmap none of whose cells could be read is described as far as it was read, in
/// every format, with no value made up.
@Suite("Unread values")
struct UnreadValuesDescriptionTests {
    static let figure = HeatmapFigure(
        image: .init(file: "nobar.png", width: 400, height: 320), title: "Load <by> cell",
        xAxis: .init(label: "Day", ticks: [.init(text: "Mon", position: 0), .init(text: "Tue", position: 1)]),
        yAxis: .init(label: nil, ticks: []),
        colorbar: nil,
        grid: .init(rows: 3, columns: 2, box: .init(x: 10, y: 10, width: 100, height: 150)),
        values: [[nil, nil], [nil, nil], [nil, nil]],
        warnings: ["no colour scale found: cell values cannot be read"])

    @Test func markdownSaysWhatWasReadAndWhyValuesAreMissing() throws {
        let text = try render(Self.figure, as: .markdown)
        #expect(text.hasPrefix("# Heatmap: Load \\<by\\> cell\n"))
        #expect(text.contains("3 rows × 2 columns"))
        #expect(text.contains("tick labels Mon, Tue"))
        #expect(text.contains("- no colour scale found: cell values cannot be read"))
    }

    @Test func altTextIsShortAndSaysValuesAreUnread() throws {
        let alt = try render(Self.figure, as: .alt)
        #expect(alt.count <= AltText.limit + 1)
        #expect(alt.contains("values could not be read"))
    }

    @Test func htmlHasAHeadingAndEscapesTheTitle() throws {
        let page = try render(Self.figure, as: .html(imageSource: "fig.png"))
        #expect(page.contains("<h1>Heatmap: Load &lt;by&gt; cell</h1>"))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("src=\"fig.png\""))
    }

    @Test func maidrHasEveryPointNull() throws {
        let json = try render(Self.figure, as: .maidr)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "figscribe-nobar.png")
        let subplots = try #require(object["subplots"] as? [[[String: Any]]])
        let layers = try #require(subplots.first?.first?["layers"] as? [[String: Any]])
        let data = try #require(layers.first?["data"] as? [String: Any])
        let points = try #require(data["points"] as? [[Any]])
        #expect(points.count == 3 && points.allSatisfy { $0.count == 2 && $0.allSatisfy { $0 is NSNull } })
    }

    /// More than eight scattered cells without a value are counted, not listed, and the
    /// count is said once.
    @Test func manyScatteredGapsAreCountedOnce() throws {
        var figure = Self.figure
        figure.colorbar = .init(label: "load", orientation: .vertical, min: 0, max: 40, scale: .linear, colormap: nil, ticks: [])
        figure.grid = .init(rows: 8, columns: 5, box: figure.grid.box)
        figure.values = (0..<8).map { (r: Int) -> [Double?] in
            (0..<5).map { (c: Int) -> Double? in
                let i = r * 5 + c
                return i % 3 == 0 ? nil : Double(i)
            }
        }
        figure.warnings = []
        let text = try render(figure, as: .markdown)
        #expect(text.contains("14 cells have no value."))
        #expect(!text.contains("(14 cells)"))
    }

    @Test func aGridWithoutCellsIsStillRefused() {
        var empty = Self.figure
        empty.grid = .init(rows: 0, columns: 0, box: empty.grid.box)
        empty.values = []
        #expect(throws: DescribeError.self) { try render(empty, as: .markdown) }
    }
}
