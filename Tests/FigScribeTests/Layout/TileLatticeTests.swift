import Testing

@testable import FigScribe

/// Reads the lattice of tiles set apart by wide gaps, on the page or on a plot background.
@Suite("TileLattice")
struct TileLatticeTests {
    static let white = RGBA(r: 255, g: 255, b: 255)
    static let panel = RGBA(r: 229, g: 236, b: 246)

    /// `rows` × `columns` tiles of `tile` px, `gap` px apart, on a panel of `ground` that
    /// reaches half a gap beyond the outer tiles, at (30, 20) on a white page.
    /// With `gridLines`, a panel's 1-px grid lines run through the middle of every gap and
    /// behind every tile's middle (ggplot2's theme_minimal).
    static func tiles(
        rows: Int, columns: Int, tile: Int, gap: Int, ground: RGBA, gridLines: Bool = false
    ) -> (RGBAImage, PixelRect) {
        var image = RGBAImage(width: 60 + columns * (tile + gap), height: 40 + rows * (tile + gap))
        let box = PixelRect(minX: 30, minY: 20, maxX: 30 + columns * (tile + gap), maxY: 20 + rows * (tile + gap))
        let pitch = tile + gap, line = RGBA(r: 241, g: 241, b: 241)
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX {
                let onLine = gridLines && ((x - box.minX) % (pitch / 2) == 0 || (y - box.minY) % (pitch / 2) == 0)
                image[x, y] = onLine ? line : ground
            }
        }
        for r in 0..<rows {
            for c in 0..<columns {
                let colour = SyntheticHeatmap.colour(Double((r * 7 + c * 3) % 10) / 9)
                let x0 = box.minX + gap / 2 + c * (tile + gap), y0 = box.minY + gap / 2 + r * (tile + gap)
                for y in y0..<(y0 + tile) { for x in x0..<(x0 + tile) { image[x, y] = colour } }
            }
        }
        return (image, box)
    }

    @Test(arguments: [(white, false), (panel, false), (white, true)])
    func tilesOnAGroundGiveCellsHalfAGapBeyondThem(ground: RGBA, gridLines: Bool) throws {
        let (image, box) = Self.tiles(rows: 4, columns: 6, tile: 24, gap: 8, ground: ground, gridLines: gridLines)
        // The region as the layout trims it: the panel's outer half gaps, or the tiles alone.
        for region in [box, PixelRect(minX: box.minX + 4, minY: box.minY + 4, maxX: box.maxX - 4, maxY: box.maxY - 4)] {
            let columns = try #require(TileLattice.find(in: region, image: image, vertical: false))
            let rows = try #require(TileLattice.find(in: region, image: image, vertical: true))
            #expect(columns.count == 6 && rows.count == 4)
            #expect(abs(columns.step - 32) < 0.01 && abs(rows.step - 32) < 0.01)
            #expect(abs(columns.origin - Double(box.minX)) < 0.01 && abs(rows.origin - Double(box.minY)) < 0.01)
        }
    }

    /// Gap lines a few pixels wide are `CellLattice`'s; one wide run of a colour (a column
    /// of black cells between two others) is no gap.
    @Test func narrowGapsAndOneWideRunAreNoTiles() {
        let (narrow, box) = Self.tiles(rows: 4, columns: 6, tile: 24, gap: 3, ground: Self.white)
        #expect(TileLattice.find(in: box, image: narrow, vertical: false) == nil)
        var image = RGBAImage(width: 200, height: 100)
        let black = RGBA(r: 0, g: 0, b: 4)
        for y in 10..<90 {
            for x in 10..<190 { image[x, y] = x >= 70 && x < 130 ? black : (y < 50 ? black : Self.panel) }
        }
        let region = PixelRect(minX: 10, minY: 10, maxX: 190, maxY: 90)
        #expect(TileLattice.find(in: region, image: image, vertical: false) == nil)
    }
}
