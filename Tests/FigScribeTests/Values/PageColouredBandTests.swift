import Foundation
import Testing
@testable import FigScribe

/// A binned legend whose lowest band is the page's colour (pheatmap, greys from white, no
/// border): the band shows only through the labels past the strip's end.
@Suite("Page-coloured bands")
struct PageColouredBandTests {
    @Test func labelsPastTheEndMarkBands() {
        let spans: [ClosedRange<Double>] = [0...0.55, 0.55...0.83, 0.83...1]
        let labels: [DiscreteScale.Label] = [
            .init(value: 100, position: 0), .init(value: 50, position: 0.55), .init(value: 25, position: 0.83),
            .init(value: 10, position: 1.0), .init(value: 0, position: 1.11), .init(range: 0...5, position: 1.5),
        ]
        let hidden = SteppedScaleReader.pageBands(spans: spans, labels: labels)
        #expect(hidden.before == nil && hidden.after == 1.11)
        // A label centred on the end is the end's.
        #expect(SteppedScaleReader.pageBands(spans: spans, labels: Array(labels.prefix(4))) == (nil, nil))
    }

    /// pheatmap, breaks 0, 10, 25, 50, 100 in greys (held-out seed 13, `Scripts/heldout-native
    /// --seed 13`, figure hn13_pheatmap_2): the 0–10 band is white on white; its labels
    /// "10" and "0", stacked below the strip, are the scale's, not one diagonal line.
    @Test func aWhiteBandOnAWhitePageIsOnTheScale() throws {
        let url = Paths.packageRoot.appendingPathComponent("Tests/FigScribeTests/Values/Fixtures/hn13_pheatmap_2.png")
        guard case .heatmap(let figure) = try HeatmapReader().readFigure(contentsOf: url) else {
            Issue.record("not one heatmap")
            return
        }
        let bins = try #require(figure.colorbar?.bins).map { [$0.from, $0.to] }
        #expect(bins == [[0, 10], [10, 25], [25, 50], [50, 100]])
        #expect(figure.values.joined().allSatisfy { $0 != nil })
        #expect(figure.values[6][0] == 5)
    }
}
