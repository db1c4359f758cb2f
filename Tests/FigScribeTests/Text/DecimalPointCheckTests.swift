import Testing
@testable import FigScribe

@Suite("DecimalPointCheck")
struct DecimalPointCheckTests {
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
        #expect(DecimalPointCheck.repaired("175", line: line, angle: 0, ink: ink) == "1.75")
        let (line2, ink2) = Self.numberInk(pointAfter: 2)
        #expect(DecimalPointCheck.repaired("175", line: line2, angle: 0, ink: ink2) == "17.5")
    }

    @Test func textThatIsNotPlainDigitsIsUntouched() {
        let (line, ink) = Self.numberInk(pointAfter: 1)
        #expect(DecimalPointCheck.repaired("1.75", line: line, angle: 0, ink: ink) == "1.75")
        #expect(DecimalPointCheck.repaired("ch5", line: line, angle: 0, ink: ink) == "ch5")
    }

    @Test func aDigitCountThatDisagreesWithTheInkIsUntouched() {
        let (line, ink) = Self.numberInk(pointAfter: 1)
        #expect(DecimalPointCheck.repaired("1755", line: line, angle: 0, ink: ink) == "1755")
    }

    @Test func noPointInTheInkNoPointInTheText() {
        let (line, ink) = Self.numberInk(pointAfter: 0)
        #expect(DecimalPointCheck.repaired("175", line: line, angle: 0, ink: ink) == "175")
    }
}
