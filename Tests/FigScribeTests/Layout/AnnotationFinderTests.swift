import Testing

@testable import FigScribe

/// Finds the numbers printed in a grid's cells.
@Suite("AnnotationFinder")
struct AnnotationFinderTests {
    /// One 60×40 cell at (10, 10) of a pale grey, with dark ink drawn by `isInk`.
    static func cell(_ isInk: (Int, Int) -> Bool) -> (RGBAImage, HeatmapFigure.Box, [[RGBA]]) {
        let grey = RGBA(r: 243, g: 243, b: 243)
        var image = RGBAImage(width: 80, height: 60, fill: RGBA(r: 255, g: 255, b: 255))
        for y in 10..<50 {
            for x in 10..<70 { image[x, y] = isInk(x, y) ? RGBA(r: 40, g: 40, b: 40) : grey }
        }
        return (image, HeatmapFigure.Box(x: 10, y: 10, width: 60, height: 40), [[grey]])
    }

    /// "10%" set tight: the "1" stands alone, the "0" and "%" touch and make one piece
    /// two and a half times as wide as tall. All of it is the cell's text.
    @Test func touchingGlyphsAreText() throws {
        let (image, box, colours) = Self.cell { x, y in
            guard (25..<35).contains(y) else { return false }
            let one = x == 23 || x == 24
            let zeroAndPercent = (28..<51).contains(x) && (x == 28 || x == 33 || x == 50 || y == 25 || y == 34 || x - 28 == 2 * (y - 25))
            return one || zeroAndPercent
        }
        let lines = AnnotationFinder.lines(in: image, box: box, cellColours: colours)
        let line = try #require(lines.first)
        #expect(lines.count == 1)
        #expect(line.box.minX == 23)
        #expect(line.box.maxX == 51)
    }

    /// Near-black text on a navy cell (ggplot2's cividis, dark end) is closer to the cell's
    /// colour than text usually is; it is still the cell's text, as far from the cell as
    /// half its own contrast. A cell with nothing printed stays empty.
    @Test func darkTextOnADarkCellIsText() throws {
        let navy = RGBA(r: 0, g: 34, b: 78)
        var image = RGBAImage(width: 80, height: 60, fill: RGBA(r: 255, g: 255, b: 255))
        for y in 10..<50 {
            for x in 10..<70 {
                let stroke = (25..<35).contains(y) && (x == 30 || x == 31 || x == 40 || x == 41)
                image[x, y] = stroke ? RGBA(r: 26, g: 26, b: 26) : navy
            }
        }
        let box = HeatmapFigure.Box(x: 10, y: 10, width: 60, height: 40)
        let line = try #require(AnnotationFinder.lines(in: image, box: box, cellColours: [[navy]]).first)
        #expect(line.box.minX == 30 && line.box.maxX == 42)
        let blank = RGBAImage(width: 80, height: 60, fill: navy)
        #expect(AnnotationFinder.lines(in: blank, box: box, cellColours: [[navy]]).isEmpty)
    }

    /// Red digits on a mid-gray cell: their strokes are 142 from the cell at most, and where
    /// a stroke is thin its pixels are blends 57 away. A quarter of the text's contrast keeps
    /// the glyph in one piece, tall enough to be a digit.
    @Test func faintStrokesOfLowContrastTextHoldTogether() throws {
        let gray = RGBA(r: 142, g: 142, b: 142)
        var image = RGBAImage(width: 80, height: 60, fill: RGBA(r: 255, g: 255, b: 255))
        for y in 10..<50 {
            for x in 10..<70 {
                let stroke = (25..<32).contains(y) && (x == 30 || x == 31)
                let thin = (27..<30).contains(y)
                image[x, y] = !stroke ? gray : thin ? RGBA(r: 166, g: 85, b: 85) : RGBA(r: 204, g: 0, b: 0)
            }
        }
        let box = HeatmapFigure.Box(x: 10, y: 10, width: 60, height: 40)
        let line = try #require(AnnotationFinder.lines(in: image, box: box, cellColours: [[gray]]).first)
        #expect(line.box.minY == 25 && line.box.maxY == 32)
    }

    /// Numbers printed towards the edge the two cells share are closer than their glyphs'
    /// linking distance; each is still its own cell's text, not one line given to one cell.
    @Test func numbersOfNeighbouringCellsStayApart() {
        let grey = RGBA(r: 243, g: 243, b: 243)
        var image = RGBAImage(width: 60, height: 40, fill: RGBA(r: 255, g: 255, b: 255))
        for y in 10..<30 {
            for x in 10..<50 {
                let stroke = (15..<25).contains(y) && ((25..<28).contains(x) || (32..<35).contains(x))
                image[x, y] = stroke ? RGBA(r: 40, g: 40, b: 40) : grey
            }
        }
        let box = HeatmapFigure.Box(x: 10, y: 10, width: 40, height: 20)
        let lines = AnnotationFinder.lines(in: image, box: box, cellColours: [[grey, grey]])
        #expect(lines.map(\.box.minX) == [25, 32])
    }
}
