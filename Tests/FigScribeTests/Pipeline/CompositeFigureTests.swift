import Foundation
import Testing

@testable import FigScribe

/// Heatmaps beside other charts, from the composite corpus (`GoldenImages/composite`,
/// scored whole by `Scripts/score-corpus`).
@Suite("Composite figures")
struct CompositeFigureTests {
    static func heatmap(_ name: String) throws -> HeatmapFigure {
        let url = Paths.goldenImages.appendingPathComponent("composite/\(name).png")
        guard case .heatmap(let figure) = try HeatmapReader().readFigure(contentsOf: url) else {
            Issue.record("\(name) was read as several panels")
            throw CancellationError()
        }
        return figure
    }

    /// seaborn's clustermap with its key at the top left: the key's title sits under its
    /// tick labels, about as far from them as from the row dendrogram below. Stacked under
    /// the key, it is the key's, not the dendrogram's.
    @Test func aKeysTitleUnderItsTicksBesideADendrogram() throws {
        let figure = try Self.heatmap("seaborn/cm_hcbar_annot_7x7")
        #expect(figure.colorbar?.label == "score")
        #expect(figure.colorbar?.ticks.map(\.text) == ["2.5", "5.0", "7.5"])
    }

    /// Plotly's legend title "ms" (touching letters) over its top tick label "300" (touching
    /// digits), their corners overlapping by a pixel, are two level words, not one line
    /// turned 45° (which turned every y tick label of the panel with it).
    @Test func levelWordsWithOverlappingCornersAreNotADiagonalLine() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/plotly/pl_1x2_sizes_dark.png")
        let layout = try LayoutAnalyzer().analyze(try PNGDecoder().decode(contentsOf: url))
        #expect(layout.texts.allSatisfy { abs($0.line.angle ?? 0) != 45 })
        #expect(layout.texts.contains { $0.role == .colorbarLabel && $0.line.box.minX == 400 && $0.line.box.maxX <= 420 })
    }

    /// matplotlib's suptitle is centred on the figure, colour bar included, a few pixels
    /// above the panels' own titles: over the second of two panels it lies far from that
    /// panel's centre; over the middle one of three, above the titles the other two share.
    @Test(arguments: ["panels", "panels_three"])
    func aSuptitleOverAPanelsTitleIsTheFigures(_ name: String) throws {
        let url = Paths.goldenImages.appendingPathComponent("regression/\(name).png")
        guard case .panels(let figure) = try HeatmapReader().readFigure(contentsOf: url) else {
            Issue.record("\(name) was read as one heatmap")
            return
        }
        #expect(figure.title == "Load by site")
        #expect(figure.panels.map(\.title) == Array(["Site A", "Site B", "Site C"].prefix(figure.panels.count)))
    }
}
