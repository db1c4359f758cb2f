import Testing

@testable import FigScribe

/// Numbers printed in cells, read from real crops of the multi-system corpus.
@Suite("Print reading")
struct PrintReadingTests {
    /// Octave's small red "1.9" on a dark gray cell: in gray levels the 9's thin strokes
    /// barely differ from the cell and it reads "1.3"; as ink against the cell's colour it
    /// reads as printed.
    @Test func lowContrastColouredDigitsAreReadFromTheirInk() throws {
        let crop = try TextFixtures.image("oc_annot_decimal.print19.rgba")
        let reader = try LineReader()
        #expect(try reader.read(crop, kind: .text).text == "1.3")
        #expect(try reader.read(PrintInk.image(of: crop, on: crop[0, 0]), kind: .text).text == "1.9")
    }

    /// The ink image is dark on white, the farthest pixel black, the cell white.
    @Test func inkIsDarkOnWhite() {
        let cell = RGBA(r: 142, g: 142, b: 142)
        var crop = RGBAImage(width: 3, height: 1, fill: cell)
        crop[1, 0] = RGBA(r: 204, g: 0, b: 0)
        crop[2, 0] = RGBA(r: 166, g: 71, b: 71)
        let ink = PrintInk.image(of: crop, on: cell)
        #expect(ink[0, 0] == RGBA(r: 255, g: 255, b: 255))
        #expect(ink[1, 0] == RGBA(r: 0, g: 0, b: 0))
        #expect(ink[2, 0].r == 128 && ink[2, 0].g == 128)
    }

    /// plotnine's "1.1" in DejaVu Sans: the two narrow ones and the point run together and
    /// read "1"; set apart, they read "1.1".
    @Test func narrowGlyphsSetApartAreReadOneByOne() throws {
        let crop = try TextFixtures.image("p9_annot_1.print11.rgba")
        let reader = try LineReader()
        #expect(try reader.read(SpacedGlyphs.image(crop), kind: .number).text == "1.1")
    }

    /// A blank run of the background's level goes after each run of inked columns but the
    /// last; a line without ink is left as it is.
    @Test func gapsGoBetweenInkedRuns() {
        let white = RGBA(r: 255, g: 255, b: 255), black = RGBA(r: 0, g: 0, b: 0)
        var line = RGBAImage(width: 7, height: 8, fill: white)
        for y in 2..<6 { line[1, y] = black; line[3, y] = black; line[4, y] = black }
        let spaced = SpacedGlyphs.image(line)
        #expect(spaced.width == 9 && spaced.height == 8)
        #expect((0..<spaced.width).filter { x in spaced[x, 3] == black } == [1, 5, 6])
        #expect(SpacedGlyphs.image(RGBAImage(width: 5, height: 4, fill: white)) == RGBAImage(width: 5, height: 4, fill: white))
    }
}
