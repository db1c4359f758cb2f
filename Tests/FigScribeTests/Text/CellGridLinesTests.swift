import Foundation
import Testing

@testable import FigScribe

@Suite("CellGridLines")
struct CellGridLinesTests {
    static let cellColour = RGBA(r: 60, g: 150, b: 90)
    static let lineColour = RGBA(r: 200, g: 200, b: 200)
    static let cell = PixelRect(minX: 0, minY: 0, maxX: 30, maxY: 20)
    /// The print's box: a 2-px stem from row 6 to 13 at columns 12–13, and a bar along row 10.
    static let print = PixelRect(minX: 10, minY: 6, maxX: 16, maxY: 14)

    /// A cell crossed by a dashed horizontal line along row 10 and a dashed vertical one at
    /// column 20 (dashes 3 on, 1 off), with a print of `ink` drawn over them (or none).
    static func cellImage(print ink: RGBA?) -> RGBAImage {
        var image = RGBAImage(width: 30, height: 20, fill: cellColour)
        for x in 0..<30 where x % 4 != 3 { image[x, 10] = lineColour }
        for y in 0..<20 where y % 4 != 3 { image[20, y] = lineColour }
        if let ink {
            for y in 6..<14 { image[12, y] = ink; image[13, y] = ink }
            for x in 10..<16 { image[x, 10] = ink }
        }
        return image
    }

    static func erased(_ image: RGBAImage) -> RGBAImage {
        CellGridLines.erased(in: image, crop: cell, cell: cell, print: print, colour: cellColour)
    }

    /// The lines go; the print's stem, which runs on across the horizontal line, stays.
    @Test func linesGoAndStrokesAcrossThemStay() {
        let out = Self.erased(Self.cellImage(print: Self.lineColour))
        #expect(out[2, 10] == Self.cellColour)
        #expect(out[25, 10] == Self.cellColour)
        #expect(out[20, 2] == Self.cellColour)
        #expect(out[20, 17] == Self.cellColour)
        #expect(out[12, 10] == Self.lineColour)
        #expect(out[12, 7] == Self.lineColour)
        // The print's bar lies on the line and is drawn in its colour: it cannot be told
        // from it, and goes with it.
        #expect(out[10, 10] == Self.cellColour)
    }

    /// A print far darker than the line keeps its ink where it lies on the line.
    @Test func aPrintDarkerThanTheLineIsKeptOnIt() {
        let black = RGBA(r: 0, g: 0, b: 0)
        let out = Self.erased(Self.cellImage(print: black))
        #expect(out[10, 10] == black)
        #expect(out[15, 10] == black)
        #expect(out[2, 10] == Self.cellColour)
    }

    /// Where the lines only cross, nothing is left to read.
    @Test func aCrossingAloneLeavesABlankCell() {
        let out = Self.erased(Self.cellImage(print: nil))
        #expect(PrintInk.isBlank(PrintInk.image(of: out, on: Self.cellColour)))
    }

    /// A print with no line through its cell is left as it is.
    @Test func aCellWithoutLinesIsUnchanged() {
        var image = RGBAImage(width: 30, height: 20, fill: Self.cellColour)
        for y in 6..<14 { image[12, y] = Self.lineColour }
        #expect(Self.erased(image) == image)
    }

    /// seaborn's white prints under its dashed white grid, which runs through every cell's
    /// middle (held-out ho30_seaborn_5, `Scripts/heldout-python --seed 30`): 16 of 36 prints
    /// had been unreadable; every one reads as printed.
    @Test func printsUnderADashedGridReadAsPrinted() throws {
        let url = TextFixtures.directory.appendingPathComponent("ho30_seaborn_5.png")
        let figure = try HeatmapReader().read(contentsOf: url)
        let printed: [[Double?]] = [
            [6.3, 5.7, 7.1, 5.2, 5.0, 4.5, 5.4, 5.3, 4.3], [7.4, 6.6, 6.6, 6.2, 5.2, 4.0, 3.2, 0.3, 3.3],
            [6.9, 7.9, 7.1, 5.8, 6.5, 4.4, 4.7, 2.1, 2.2], [6.8, 7.3, 7.0, 9.7, 6.8, 5.8, 3.6, 2.9, 4.0],
        ]
        #expect(figure.values == printed)
        #expect(figure.warnings.isEmpty)
    }
}
