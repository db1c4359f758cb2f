import Testing
@testable import FigScribe

@Suite("DecimalPointCheck")
struct DecimalPointCheckTests {
    static let white = RGBA(r: 255, g: 255, b: 255)

    /// Ink of three 6×10 digits with a 2×2 point on the baseline after the first digit.
    static func numberInk(pointAfter digit: Int) -> (TextLine, ConnectedComponents) {
        let width = 40, height = 14
        var mask = [Bool](repeating: false, count: width * height)
        func fill(_ x0: Int, _ y0: Int, _ w: Int, _ h: Int) {
            for y in y0..<(y0 + h) { for x in x0..<(x0 + w) { mask[y * width + x] = true } }
        }
        var x = 1
        for d in 0..<3 {
            fill(x, 2, 6, 10)
            x += 8
            if d + 1 == digit { fill(x, 10, 2, 2); x += 4 }
        }
        let ink = ConnectedComponents(mask: mask, width: width, height: height)
        var box = ink.components[0].box
        for c in ink.components.dropFirst() { box = box.union(c.box) }
        let line = TextLine(box: box, angle: 0, glyphIDs: ink.components.map(\.id), glyphSize: 10)
        return (line, ink)
    }

    @Test func pointGoesWhereTheInkHasIt() {
        let (line, ink) = Self.numberInk(pointAfter: 1)
        #expect(DecimalPointCheck.repaired("175", line: line, angle: 0, ink: ink, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "1.75")
        let (line2, ink2) = Self.numberInk(pointAfter: 2)
        #expect(DecimalPointCheck.repaired("175", line: line2, angle: 0, ink: ink2, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "17.5")
    }

    @Test func textThatIsNotPlainDigitsIsUntouched() {
        let (line, ink) = Self.numberInk(pointAfter: 1)
        #expect(DecimalPointCheck.repaired("1.75", line: line, angle: 0, ink: ink, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "1.75")
        #expect(DecimalPointCheck.repaired("ch5", line: line, angle: 0, ink: ink, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "ch5")
    }

    @Test func aDigitCountThatDisagreesWithTheInkIsUntouched() {
        let (line, ink) = Self.numberInk(pointAfter: 1)
        #expect(DecimalPointCheck.repaired("1755", line: line, angle: 0, ink: ink, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "1755")
    }

    @Test func noPointInTheInkNoPointInTheText() {
        let (line, ink) = Self.numberInk(pointAfter: 0)
        #expect(DecimalPointCheck.repaired("175", line: line, angle: 0, ink: ink, upright: { RGBAImage(width: 1, height: 1, fill: Self.white) }) == "175")
    }

    /// A one-pixel point whose pale anti-aliased rim joins it to the digits either side is
    /// one glyph with them in the figure's ink (anything off the background); the line's
    /// crop, binarised at mid-grey, shows the point, and a minus thinned to a 2×1 dash
    /// still counts as the sign ("-1.5" read "-15", plotnine at 8 pt).
    @Test func aPointJoinedByItsRimIsFoundInTheCrop() {
        let width = 24, height = 12
        var crop = RGBAImage(width: width, height: height, fill: Self.white)
        func fill(_ x0: Int, _ y0: Int, _ w: Int, _ h: Int, level: UInt8) {
            for y in y0..<(y0 + h) { for x in x0..<(x0 + w) { crop[x, y] = RGBA(r: level, g: level, b: level) } }
        }
        fill(1, 6, 2, 1, level: 40)      // the minus
        fill(5, 2, 4, 8, level: 40)      // 1
        fill(9, 9, 3, 1, level: 250)     // the rim
        fill(10, 9, 1, 1, level: 40)     // the point
        fill(12, 2, 5, 8, level: 40)     // 5
        var mask = [Bool](repeating: false, count: width * height)
        for y in 0..<height { for x in 0..<width where crop[x, y] != Self.white { mask[y * width + x] = true } }
        let ink = ConnectedComponents(mask: mask, width: width, height: height)
        let line = TextLine(box: ink.components[0].box, angle: 0, glyphIDs: ink.components.map(\.id), glyphSize: 8)
        #expect(ink.components.count == 2)
        #expect(DecimalPointCheck.repaired("-15", line: line, angle: 0, ink: ink, upright: { crop }) == "-1.5")
        #expect(DecimalPointCheck.repaired("15", line: line, angle: 0, ink: ink, upright: { crop }) == "15")
        // Without the crop (an axis's labels), the figure's ink alone decides: one glyph, no point.
        #expect(DecimalPointCheck.repaired("-15", line: line, angle: 0, ink: ink) == "-15")
    }
}
