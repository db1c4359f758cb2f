import Testing

@testable import FigScribe

/// Rows of x tick labels told by sitting on a grid's columns.
@Suite("ColumnLabels")
struct ColumnLabelsTests {
    static func line(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int) -> TextLine {
        TextLine(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), angle: 0, glyphIDs: [0, 1], glyphSize: 10)
    }

    /// Two grids stacked 40 px apart, six columns of 30 px from x 100 (centres 115 … 265).
    static let grids = [PixelRect(minX: 100, minY: 20, maxX: 280, maxY: 120), PixelRect(minX: 100, minY: 160, maxX: 280, maxY: 260)]
    static let columns = grids.map { CellLattice(count: 6, origin: Double($0.minX), step: 30) }

    @Test func aRowOnTheColumnsBelongsToTheNearestGrid() {
        // Below the upper grid (4 px) and far above the lower one: the upper grid's.
        let below = (0..<6).map { Self.line(108 + 30 * $0, 124, 122 + 30 * $0, 134) }
        #expect(ColumnLabels.owners(of: below, grids: Self.grids, columns: Self.columns) == Dictionary(uniqueKeysWithValues: (0..<6).map { ($0, 0) }))
        // Just above the lower grid: the lower grid's.
        let above = (0..<3).map { Self.line(108 + 60 * $0, 146, 122 + 60 * $0, 156) }
        #expect(ColumnLabels.owners(of: above, grids: Self.grids, columns: Self.columns) == [0: 1, 1: 1, 2: 1])
    }

    @Test func wordsOffTheColumnsAreNoTicks() {
        let words = [Self.line(120, 124, 140, 134), Self.line(150, 124, 170, 134)]
        #expect(ColumnLabels.owners(of: words, grids: Self.grids, columns: Self.columns).isEmpty)
        #expect(!ColumnLabels.areTicks(words, of: Self.columns[0]))
        // A lone label is no row.
        #expect(ColumnLabels.owners(of: [Self.line(108, 124, 122, 134)], grids: Self.grids, columns: Self.columns).isEmpty)
    }
}
