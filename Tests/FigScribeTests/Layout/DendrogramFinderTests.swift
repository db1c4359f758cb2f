import Testing
@testable import FigScribe

@Suite("DendrogramFinder")
struct DendrogramFinderTests {
    static let white = RGBA(r: 255, g: 255, b: 255)
    static let black = RGBA(r: 0, g: 0, b: 0)
    /// 4 rows × 3 columns of 20-px cells.
    static let grid = PixelRect(minX: 80, minY: 20, maxX: 140, maxY: 100)

    /// A 200×120 white image with the grid's cells in graded colours and `draw` on top.
    static func figure(_ draw: (inout RGBAImage) -> Void) -> RGBAImage {
        var image = RGBAImage(width: 200, height: 120, fill: white)
        for y in grid.minY..<grid.maxY {
            for x in grid.minX..<grid.maxX {
                let cell: Int = (x - grid.minX) / 20 + 3 * ((y - grid.minY) / 20)
                image[x, y] = SyntheticHeatmap.colour(Double(cell) / 12)
            }
        }
        draw(&image)
        return image
    }

    static func level(_ image: inout RGBAImage, y: Int, x: ClosedRange<Int>) {
        for x in x { image[x, y] = black }
    }

    static func upright(_ image: inout RGBAImage, x: Int, y: ClosedRange<Int>) {
        for y in y { image[x, y] = black }
    }

    /// A tree over the four rows (centres y 30, 50, 70, 90) left of the grid, its leaves ending
    /// `gap` px from it: rows 1–2 join, then rows 3–4, then both.
    static func rowTree(_ image: inout RGBAImage, gap: Int) {
        let leafEnd = grid.minX - 1 - gap
        for y in [30, 50] { level(&image, y: y, x: (leafEnd - 10)...leafEnd) }
        for y in [70, 90] { level(&image, y: y, x: (leafEnd - 20)...leafEnd) }
        upright(&image, x: leafEnd - 10, y: 30...50)
        upright(&image, x: leafEnd - 20, y: 70...90)
        level(&image, y: 40, x: (leafEnd - 40)...(leafEnd - 10))
        level(&image, y: 80, x: (leafEnd - 40)...(leafEnd - 20))
        upright(&image, x: leafEnd - 40, y: 40...80)
    }

    static func finder(_ image: RGBAImage) -> DendrogramFinder {
        DendrogramFinder(
            image: image, background: white,
            gridBox: .init(x: Double(grid.minX), y: Double(grid.minY), width: Double(grid.width), height: Double(grid.height)),
            rows: 4, columns: 3)
    }

    @Test(arguments: [0, 6])
    func treeBesideTheRowsIsFound(gap: Int) {
        let image = Self.figure { Self.rowTree(&$0, gap: gap) }
        let trees = Self.finder(image).find()
        let leafEnd = Self.grid.minX - 1 - gap
        #expect(trees == [.init(side: .left, box: PixelRect(minX: leafEnd - 40, minY: 30, maxX: leafEnd + 1, maxY: 91))])
        #expect(DendrogramFinder.dendrograms(trees) == .init(rows: true, columns: false))
    }

    /// Tick marks joined by an axis line end in the line, which spans every tick.
    @Test func combOfTicksIsNoTree() {
        let image = Self.figure { image in
            Self.upright(&image, x: 60, y: 20...99)
            for y in [30, 50, 70, 90] { Self.level(&image, y: y, x: 60...76) }
        }
        #expect(Self.finder(image).find().isEmpty)
    }

    /// Tick labels beside the rows are one mark per row, not joined into a tree.
    @Test func separateMarksAreNoTree() {
        let image = Self.figure { image in
            for y in [30, 50, 70, 90] { Self.level(&image, y: y, x: 40...76) }
        }
        #expect(Self.finder(image).find().isEmpty)
    }

    /// Bars of a marginal bar chart are as thick as the rows.
    @Test func barsBesideTheRowsAreNoTree() {
        let image = Self.figure { image in
            for y in [30, 50, 70, 90] {
                for t in -7...7 { Self.level(&image, y: y + t, x: 50...76) }
            }
            Self.upright(&image, x: 49, y: 20...99)
        }
        #expect(Self.finder(image).find().isEmpty)
    }

    /// The tree's leaves must fall on the rows: one leaf too few leaves the rows unclustered.
    @Test func treeOverOtherRowsIsNoTree() {
        let image = Self.figure { image in
            Self.rowTree(&image, gap: 3)
            for x in 30...79 { image[x, 90] = Self.white }
        }
        #expect(Self.finder(image).find().isEmpty)
    }
}
