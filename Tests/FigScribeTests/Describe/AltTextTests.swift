import Foundation
import Testing

@testable import FigScribe

/// The alt text stays within 150 characters whatever the figure holds, and keeps saying
/// what the figure is.
@Suite struct AltTextTests {
    static func alt(_ figure: HeatmapFigure) throws -> String {
        try render(figure, as: .alt).trimmingCharacters(in: .newlines)
    }

    @Test(arguments: (try? DescribeFixtures.allFigures().map(\.name)) ?? [])
    func altTextFitsTheLimit(name: String) throws {
        let figure = try #require(try DescribeFixtures.allFigures().first { $0.name == name }?.figure)
        let alt = try Self.alt(figure)
        #expect(alt.count <= 150, "\(alt.count) characters: \(alt)")
        #expect(alt.hasPrefix("Heatmap"))
        #expect(!alt.contains("\n"))
    }

    @Test func seedKeepsItsFindingWithinTheLimit() throws {
        let alt = try Self.alt(DescribeFixtures.figure("seed_meta_token2"))
        #expect(alt.count <= 150)
        #expect(alt.contains("_PAUSE_ stands out"))
        #expect(alt.contains("Meta Token #2"))
    }

    @Test func veryLongTitleAndLabelsAreShortened() throws {
        var figure = try DescribeFixtures.figure("seed_meta_token2")
        let long = String(repeating: "Extraordinarily long wording ", count: 20)
        figure.title = "Title " + long
        figure.colorbar?.label = "Quantity " + long
        figure.yAxis.label = "Rows " + long
        figure.xAxis.label = "Columns " + long
        figure.xAxis.ticks = figure.xAxis.ticks.map { .init(text: $0.text + long, position: $0.position) }
        figure.yAxis.ticks = figure.yAxis.ticks.map { .init(text: $0.text + long, position: $0.position) }
        let alt = try Self.alt(figure)
        #expect(alt.count <= 150, "\(alt.count) characters: \(alt)")
        #expect(alt.hasPrefix("Heatmap “Title Extraordinarily"))
        #expect(alt.contains("×"), "the grid's size is kept: \(alt)")
    }

    @Test func trendEverySeriesSharesIsTheFinding() throws {
        var figure = try DescribeFixtures.figure("imshow_13")
        let low = figure.colorbar?.min ?? 0, high = figure.colorbar?.max ?? 1
        let rows = figure.grid.rows, columns = figure.grid.columns  // 14 years × 18 columns: a trend down the years
        let span = high - low
        figure.values = (0..<rows).map { r -> [Double?] in
            (0..<columns).map { c -> Double? in
                let step = Double(r) + 0.3 * Double(c) / Double(columns)
                return low + span * step / Double(rows)
            }
        }
        let alt = try Self.alt(figure)
        #expect(alt.contains(/All \d+ (rows|columns) rise along the/), "\(alt)")
        #expect(alt.count <= 150)
    }

    @Test func wordsAreNotCut() {
        #expect(AltText.shortened("alpha beta gamma", to: 12) == "alpha beta…")
        #expect(AltText.shortened("alpha beta", to: 20) == "alpha beta")
        #expect(AltText.shortened("abcdef", to: 1) == "a")
    }
}
