import Testing

@testable import FigScribe

/// Counts cells along each axis of synthetic grids, given the grid's box.
@Suite("CellLattice")
struct CellLatticeTests {
    static let sizes: [(Int, Int, UInt64)] = [(1, 5, 1), (4, 4, 2), (7, 3, 3), (9, 15, 4), (30, 50, 5)]

    @Test(arguments: sizes)
    func countsRowsAndColumns(rows: Int, columns: Int, seed: UInt64) {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, cellWidth: 9, cellHeight: 7, strip: nil, seed: seed)
        let image = figure.draw().image
        let box = figure.gridBox
        let across = CellLattice.find(in: image, box: box, vertical: false)
        let down = CellLattice.find(in: image, box: box, vertical: true)
        #expect(across.count == columns)
        #expect(down.count == rows)
        #expect(abs(across.step - 9) < 0.1)
        #expect(abs(down.step - 7) < 0.1)
        #expect(abs(across.origin - Double(box.minX)) < 0.5)
        #expect(abs(down.origin - Double(box.minY)) < 0.5)
    }

    @Test func gapLinesAreEdges() {
        let figure = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, gap: 2, strip: nil, seed: 7)
        let image = figure.draw().image
        #expect(CellLattice.find(in: image, box: figure.gridBox, vertical: false).count == 6)
        #expect(CellLattice.find(in: image, box: figure.gridBox, vertical: true).count == 4)
    }

    /// White grid lines drawn over the cells through their centres (matplotlib's ggplot
    /// style) are not cell edges.
    @Test func gridLinesOverCellsAreNotEdges() {
        let figure = SyntheticHeatmap(rows: 8, columns: 10, cellWidth: 16, cellHeight: 14, strip: nil, seed: 9)
        var image = figure.draw().image
        let box = figure.gridBox, white = RGBA(r: 255, g: 255, b: 255)
        for c in 0..<10 {
            let x = box.minX + 16 * c + 8
            for y in box.minY..<box.maxY { image[x, y] = white }
        }
        for r in 0..<8 {
            let y = box.minY + 14 * r + 7
            for x in box.minX..<box.maxX { image[x, y] = white }
        }
        #expect(CellLattice.find(in: image, box: box, vertical: false).count == 10)
        #expect(CellLattice.find(in: image, box: box, vertical: true).count == 8)
    }

    @Test func uniformBoxIsOneCell() {
        let image = RGBAImage(width: 60, height: 40, fill: RGBA(r: 30, g: 90, b: 200))
        let box = PixelRect(minX: 5, minY: 5, maxX: 55, maxY: 35)
        let lattice = CellLattice.find(in: image, box: box, vertical: false)
        #expect(lattice == CellLattice(count: 1, origin: 5, step: 50))
    }

    @Test func tooShortBoxIsOneCell() {
        let image = RGBAImage(width: 10, height: 10)
        let lattice = CellLattice.find(in: image, box: PixelRect(minX: 2, minY: 2, maxX: 4, maxY: 8), vertical: false)
        #expect(lattice == CellLattice(count: 1, origin: 2, step: 2))
    }
}
