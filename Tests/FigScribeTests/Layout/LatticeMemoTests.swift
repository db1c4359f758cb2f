import Testing

@testable import FigScribe

@Suite("LatticeMemo")
struct LatticeMemoTests {
    @Test func givesWhatCellLatticeFindsForEachBoxAndAxis() {
        let figure = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, gap: 2, strip: nil, seed: 7)
        let image = figure.draw().image
        let box = figure.gridBox
        let inner = PixelRect(minX: box.minX, minY: box.minY, maxX: box.minX + 28, maxY: box.minY + 24)
        let memo = LatticeMemo()
        for _ in 0..<2 {
            for b in [box, inner] {
                for vertical in [false, true] {
                    #expect(memo.lattice(in: image, box: b, vertical: vertical) == CellLattice.find(in: image, box: b, vertical: vertical))
                }
            }
        }
    }
}
