import Testing

@testable import FigScribe

/// Lines drawn across a grid's cells are found and painted over; cell edges are not lines.
@Suite("CrossingLines")
struct CrossingLinesTests {
    static let grey = RGBA(r: 204, g: 204, b: 204)

    /// A 6 × 8 grid of 16 × 14 px cells with a line through every cell's centre each way,
    /// as matplotlib draws its grid over an image: a pixel of `grey` with a faint blend on
    /// each side. Returned with the image without the lines.
    static func gridWithLines(dashed: Bool = false) -> (lined: RGBAImage, plain: RGBAImage, box: PixelRect) {
        let figure = SyntheticHeatmap(rows: 6, columns: 8, cellWidth: 16, cellHeight: 14, frame: false, strip: nil, seed: 3)
        let plain = figure.draw().image, box = figure.gridBox
        var lined = plain
        func paint(_ x: Int, _ y: Int, share: Double) {
            let p = lined[x, y]
            func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((share * Double(b) + (1 - share) * Double(a)).rounded()) }
            lined[x, y] = RGBA(r: mix(p.r, grey.r), g: mix(p.g, grey.g), b: mix(p.b, grey.b))
        }
        for c in 0..<8 {
            let x = box.minX + 16 * c + 8
            for y in box.minY..<box.maxY where !dashed || (y / 3) % 4 != 0 {
                paint(x - 1, y, share: 0.15); paint(x, y, share: 1); paint(x + 1, y, share: 0.15)
            }
        }
        for r in 0..<6 {
            let y = box.minY + 14 * r + 7
            for x in box.minX..<box.maxX where !dashed || (x / 3) % 4 != 0 {
                paint(x, y - 1, share: 0.15); paint(x, y, share: 1); paint(x, y + 1, share: 0.15)
            }
        }
        return (lined, plain, box)
    }

    @Test func linesThroughCellsAreFoundAndErased() {
        let (lined, plain, box) = Self.gridWithLines()
        let lines = CrossingLines(in: lined, box: box)
        #expect(lines.vertical.count == 8)
        #expect(lines.horizontal.count == 6)
        #expect(lines.erased(from: lined) == plain)
    }

    /// Dashes three times as long as the spaces between them (bmh's grid).
    @Test func dashedLinesAreFound() {
        let (lined, plain, box) = Self.gridWithLines(dashed: true)
        let lines = CrossingLines(in: lined, box: box)
        #expect(lines.vertical.count == 8)
        #expect(lines.horizontal.count == 6)
        #expect(lines.erased(from: lined) == plain)
    }

    /// Edges between cells, drawn edge to edge or set apart by gap lines, are no lines.
    @Test(arguments: [0, 2])
    func cellEdgesAreNotLines(gap: Int) {
        let figure = SyntheticHeatmap(rows: 7, columns: 9, cellWidth: 14, cellHeight: 12, gap: gap, strip: nil, seed: 5)
        #expect(CrossingLines(in: figure.draw().image, box: figure.gridBox).isEmpty)
    }

    /// A box reaching past the image (a grid refitted beyond its edge) is searched where
    /// it lies inside.
    @Test func boxPastTheImageIsClipped() {
        let (lined, plain, box) = Self.gridWithLines()
        let wide = PixelRect(minX: box.minX - 40, minY: box.minY - 40, maxX: box.maxX + 40, maxY: box.maxY + 40)
        let lines = CrossingLines(in: lined, box: wide)
        #expect(lines.box == PixelRect(minX: 0, minY: 0, maxX: lined.width, maxY: lined.height))
        #expect(lines.vertical.count == 8)
        #expect(lines.erased(from: lined) == plain)
    }
}
