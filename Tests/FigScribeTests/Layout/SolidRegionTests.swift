import Testing

@testable import FigScribe

/// Groups solid ink into regions; frames join the cells they touch, bare axis lines do not.
@Suite("SolidRegion")
struct SolidRegionTests {
    static let width = 320, height = 280

    /// A 5×5 grid of 28-pixel cells with 2-pixel gaps at (100, 60).
    static func cells(into mask: inout [Bool]) {
        for r in 0..<5 {
            for c in 0..<5 {
                for y in (60 + 30 * r)..<(60 + 30 * r + 28) {
                    for x in (100 + 30 * c)..<(100 + 30 * c + 28) { mask[y * width + x] = true }
                }
            }
        }
    }

    static func line(_ mask: inout [Bool], x: ClosedRange<Int>, y: ClosedRange<Int>) {
        for yy in y { for xx in x { mask[yy * width + xx] = true } }
    }

    /// A frame `thickness` pixels thick just inside the rectangle `x` × `y`.
    static func frame(_ mask: inout [Bool], x: ClosedRange<Int>, y: ClosedRange<Int>, thickness: Int) {
        let t = thickness - 1
        line(&mask, x: x, y: y.lowerBound...(y.lowerBound + t))
        line(&mask, x: x, y: (y.upperBound - t)...y.upperBound)
        line(&mask, x: x.lowerBound...(x.lowerBound + t), y: y)
        line(&mask, x: (x.upperBound - t)...x.upperBound, y: y)
    }

    /// Flat cells drawn with 4-pixel white gap lines, whose heights come out 16 and 15 pixels
    /// on the pixel grid (a 19.5-pixel row pitch), two 16-pixel rows in a row once: rows of
    /// 16-pixel cells link by size, rows of 15-pixel cells only as tiles, and all are one
    /// grid, joined along the one gap width they share.
    @Test func rowsOfCellsAPixelApartInHeightAreOneGrid() throws {
        let heights = [16, 15, 16, 15, 16, 15, 16, 16, 15, 16, 15]
        let columns = 8, cell = 22, gap = 4
        var image = RGBAImage(width: 40 + columns * (cell + gap), height: 40 + heights.reduce(0, +) + heights.count * gap)
        for y in 0..<image.height { for x in 0..<image.width { image[x, y] = RGBA(r: 255, g: 255, b: 255) } }
        var y0 = 20
        for (r, h) in heights.enumerated() {
            for c in 0..<columns {
                let colour = SyntheticHeatmap.colour(Double((r * 7 + c * 3) % 10) / 9)
                let x0 = 20 + c * (cell + gap)
                for y in y0..<(y0 + h) { for x in x0..<(x0 + cell) { image[x, y] = colour } }
            }
            y0 += h + gap
        }
        let white = RGBA(r: 255, g: 255, b: 255)
        let mask = (0..<(image.width * image.height)).map { image[$0 % image.width, $0 / image.width] != white }
        let components = ConnectedComponents(mask: mask, width: image.width, height: image.height)
        let grid = try #require(SolidRegion.find(in: components, image: image).first)
        #expect(grid.box == PixelRect(minX: 20, minY: 20, maxX: 20 + columns * (cell + gap) - gap, maxY: y0 - gap))
    }

    /// ggplot2's theme_classic: axis lines on the left and below, set apart from the cells.
    @Test func bareAxisLinesApartFromTheCellsAreNotPartOfTheGrid() throws {
        var mask = [Bool](repeating: false, count: Self.width * Self.height)
        Self.cells(into: &mask)
        Self.line(&mask, x: 80...80, y: 40...250)
        Self.line(&mask, x: 80...270, y: 250...250)
        let regions = SolidRegion.find(in: ConnectedComponents(mask: mask, width: Self.width, height: Self.height))
        let grid = try #require(regions.first)
        #expect(grid.box == PixelRect(minX: 100, minY: 60, maxX: 248, maxY: 208))
    }

    /// A spine that touches the last row and column of cells is one component with them: it
    /// belongs to the grid it encloses.
    @Test func frameHoldingCellsBelongsToTheGrid() throws {
        var mask = [Bool](repeating: false, count: Self.width * Self.height)
        Self.cells(into: &mask)
        Self.frame(&mask, x: 96...248, y: 56...208, thickness: 1)
        let regions = SolidRegion.find(in: ConnectedComponents(mask: mask, width: Self.width, height: Self.height))
        let grid = try #require(regions.first)
        #expect(grid.box == PixelRect(minX: 96, minY: 56, maxX: 249, maxY: 209))
    }

    /// A grid cut by one border line into blocks of six and two columns (pheatmap's white
    /// borders, pure white along one boundary only) is one region. A band whose side runs
    /// on past a block's, a block as tall a wider gap away, and a thin bar one pixel off the
    /// cells (seaborn's `row_colors`) are not part of it.
    @Test func blocksOneBorderLineApartAlongAWholeSideAreOneGrid() throws {
        var mask = [Bool](repeating: false, count: Self.width * Self.height)
        Self.line(&mask, x: 20...199, y: 20...219)
        Self.line(&mask, x: 201...259, y: 20...219)
        Self.line(&mask, x: 20...259, y: 221...235)
        Self.line(&mask, x: 266...279, y: 20...219)
        Self.line(&mask, x: 8...18, y: 20...219)
        let regions = SolidRegion.find(in: ConnectedComponents(mask: mask, width: Self.width, height: Self.height), maxLinkGap: 4)
        #expect(regions.map(\.box) == [
            PixelRect(minX: 20, minY: 20, maxX: 260, maxY: 220),
            PixelRect(minX: 20, minY: 221, maxX: 260, maxY: 236),
            PixelRect(minX: 266, minY: 20, maxX: 280, maxY: 220),
            PixelRect(minX: 8, minY: 20, maxX: 19, maxY: 220),
        ])
    }

    /// Cells of 24 × 30 pixels at (20, 20) with light grey (blended) borders between them,
    /// pure white along the column boundary at `x0` (pheatmap's borders).
    static func blendedBorderGrid(whiteColumnBoundaryAt x0: Int) -> RGBAImage {
        var image = RGBAImage(width: width, height: height)
        for y in 20..<175 {
            for x in 20..<219 {
                let (c, r) = ((x - 20) / 25, (y - 20) / 31)
                let border = (x - 20) % 25 == 24 || (y - 20) % 31 == 30
                image[x, y] = border ? RGBA(r: 235, g: 235, b: 235) : SyntheticHeatmap.colour(Double((c * 5 + r * 3) % 8) / 8)
            }
            image[x0, y] = RGBA(r: 255, g: 255, b: 255)
        }
        return image
    }

    /// Seven columns of 30 × 30-pixel cells at (20, 40), three rows, the fourth column left
    /// white (no data), and a small dark label under each column centre; with `labelOverGap`
    /// false, none under the empty column.
    static func gridWithEmptyColumn(labelOverGap: Bool) -> RGBAImage {
        var image = RGBAImage(width: width, height: height)
        for c in 0..<7 where c != 3 {
            for r in 0..<3 {
                for y in (40 + 30 * r)..<(70 + 30 * r) {
                    for x in (20 + 30 * c)..<(50 + 30 * c) { image[x, y] = SyntheticHeatmap.colour(Double((c * 3 + r * 5) % 7) / 7) }
                }
            }
        }
        for c in 0..<7 where c != 3 || labelOverGap {
            for y in 136..<146 { for x in (33 + 30 * c)..<(37 + 30 * c) { image[x, y] = RGBA(r: 0, g: 0, b: 0) } }
        }
        return image
    }

    /// A column of no data (all NaN) left white between cells: labelled under its middle
    /// like the other columns, it is part of one grid; without a label of its own, the
    /// blocks on either side are panels set apart.
    @Test func anEmptyLabelledColumnBetweenCellsIsPartOfTheGrid() throws {
        #expect(Self.gridBox(of: Self.gridWithEmptyColumn(labelOverGap: true)) == PixelRect(minX: 20, minY: 40, maxX: 230, maxY: 130))
        #expect(Self.gridBox(of: Self.gridWithEmptyColumn(labelOverGap: false)) == PixelRect(minX: 20, minY: 40, maxX: 110, maxY: 130))
    }

    /// The box of the first (the grid's) region of an image's non-white ink.
    static func gridBox(of image: RGBAImage) -> PixelRect? {
        let white = RGBA(r: 255, g: 255, b: 255)
        let mask = (0..<(width * height)).map { image[$0 % width, $0 / width] != white }
        return SolidRegion.find(in: ConnectedComponents(mask: mask, width: width, height: height), image: image).first?.box
    }

    /// A grid whose borders are blended everywhere but along one column boundary, pure
    /// white there (pheatmap), cutting off its first column: a block one cell thick, far
    /// thinner than a fifth of the rest, yet as thick as the rest's columns, so one grid.
    @Test func aBlockOneColumnThickCutOffByAWhiteBorderIsPartOfTheGrid() throws {
        let image = Self.blendedBorderGrid(whiteColumnBoundaryAt: 44)
        #expect(Self.gridBox(of: image) == PixelRect(minX: 20, minY: 20, maxX: 219, maxY: 175))
    }

    /// A white-bordered grid whose pale cells hid their borders: columns 2–4, and the last
    /// two cells of column 1, are one component; the other cells stand alone. Linked apart
    /// (a lone cell is not the size of the block), the two groups' boxes overlap: one grid.
    @Test func cellsJoinedByHiddenBordersAndLoneCellsAreOneGrid() throws {
        var mask = [Bool](repeating: false, count: Self.width * Self.height)
        Self.cells(into: &mask)
        Self.line(&mask, x: 160...247, y: 60...207)
        Self.line(&mask, x: 130...159, y: 150...207)
        let regions = SolidRegion.find(in: ConnectedComponents(mask: mask, width: Self.width, height: Self.height))
        let grid = try #require(regions.first)
        #expect(grid.box == PixelRect(minX: 100, minY: 60, maxX: 248, maxY: 208))
        #expect(regions.count == 1)
    }

    /// The mask as an image: ink where a paint function gives a colour, white elsewhere.
    static func image(_ mask: [Bool], paint: (Int, Int) -> RGBA) -> RGBAImage {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width where mask[y * width + x] {
                let c = paint(x, y), i = (y * width + x) * 4
                (pixels[i], pixels[i + 1], pixels[i + 2]) = (c.r, c.g, c.b)
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    /// A thick band of one colour around the cells, set apart from them by a line of page
    /// (plotly's plot background seen through a white border): no frame holding cells, so
    /// no part of the grid. The same band holding the cells of the last column is.
    @Test func aBandOfOneColourAroundTheCellsIsNotPartOfTheGrid() throws {
        var mask = [Bool](repeating: false, count: Self.width * Self.height)
        Self.cells(into: &mask)
        Self.frame(&mask, x: 88...259, y: 48...218, thickness: 8)
        let band = RGBA(r: 207, g: 226, b: 243)
        let paint = { (x: Int, y: Int) in
            x < 98 || x > 250 || y < 58 || y > 209 ? band : RGBA(r: UInt8(x - 60), g: 120, b: UInt8(y))
        }
        let apart = ConnectedComponents(mask: mask, width: Self.width, height: Self.height)
        let grid = try #require(SolidRegion.find(in: apart, image: Self.image(mask, paint: paint)).first)
        #expect(grid.box == PixelRect(minX: 100, minY: 60, maxX: 248, maxY: 208))

        Self.line(&mask, x: 248...251, y: 60...207)
        let holding = ConnectedComponents(mask: mask, width: Self.width, height: Self.height)
        let framed = try #require(SolidRegion.find(in: holding, image: Self.image(mask, paint: paint)).first)
        #expect(framed.box == PixelRect(minX: 88, minY: 48, maxX: 260, maxY: 219))
    }

    /// A grid whose borders are blended everywhere but along the boundary before its last
    /// column, and along one row boundary within that column alone, pure white there
    /// (pheatmap): the last column comes out as two blocks, neither facing the rest's whole
    /// side, yet together one column of the rest's lattice: one grid.
    @Test func aColumnCutOffAndCutAcrossByWhiteBordersIsPartOfTheGrid() throws {
        var image = Self.blendedBorderGrid(whiteColumnBoundaryAt: 194)
        for x in 195..<219 { image[x, 112] = RGBA(r: 255, g: 255, b: 255) }
        #expect(Self.gridBox(of: image) == PixelRect(minX: 20, minY: 20, maxX: 219, maxY: 175))
    }
}
