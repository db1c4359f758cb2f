import Testing
@testable import FigScribe

@Suite("MinusSignCheck")
struct MinusSignCheckTests {
    /// Ink of a 4×1 dash at `dashY` (the middle of the digits is y 7), `gap` pixels before
    /// two 6×10 digits, placed at `x0` in a 60-pixel-wide image.
    /// With `digitGap` 0 the two digits touch and make one glyph; with `gap` 0 the dash
    /// joins the first digit.
    static func signedInk(dashY: Int = 7, gap: Int = 2, x0: Int = 20, digitGap: Int = 2) -> (TextLine, ConnectedComponents) {
        let width = 60, height = 14
        var mask = [Bool](repeating: false, count: width * height)
        func fill(_ x: Int, _ y: Int, _ w: Int, _ h: Int) {
            for yy in y..<(y + h) { for xx in x..<(x + w) { mask[yy * width + xx] = true } }
        }
        fill(x0, dashY, 4, 1)
        fill(x0 + 4 + gap, 2, 6, 10)
        fill(x0 + 10 + gap + digitGap, 2, 6, 10)
        let ink = ConnectedComponents(mask: mask, width: width, height: height)
        let box = ink.components.dropFirst().reduce(ink.components[0].box) { $0.union($1.box) }
        return (TextLine(box: box, angle: 0, glyphIDs: ink.components.map(\.id), glyphSize: 10), ink)
    }

    @Test func aDashBeforeTheDigitsIsAMinusSign() {
        let (line, ink) = Self.signedInk()
        #expect(MinusSignCheck.repaired("35", line: line, angle: 0, ink: ink, marked: []) == "\u{2212}35")
    }

    /// Small digits touch: "-35" makes a dash and one glyph, read "35".
    @Test func aDashBeforeTouchingDigitsIsAMinusSign() {
        let (line, ink) = Self.signedInk(digitGap: 0)
        #expect(ink.components.count == 2)
        #expect(MinusSignCheck.repaired("35", line: line, angle: 0, ink: ink, marked: []) == "\u{2212}35")
        // Three characters read from the dash and the digits: the dash was read as one.
        #expect(MinusSignCheck.repaired("355", line: line, angle: 0, ink: ink, marked: []) == "355")
    }

    /// Anti-aliased at a few pixels, the dash joins the first digit.
    @Test func aDashJoinedToTheFirstDigitAtItsMiddleIsAMinusSign() {
        let (line, ink) = Self.signedInk(gap: 0)
        #expect(ink.components.count == 2)
        #expect(MinusSignCheck.repaired("35", line: line, angle: 0, ink: ink, marked: []) == "\u{2212}35")
    }

    /// The flag of a "1" leaves its stem above the middle: not a sign.
    @Test func aStrokeJoinedAboveTheMiddleIsNoSign() {
        let (line, ink) = Self.signedInk(dashY: 5, gap: 0)
        #expect(MinusSignCheck.repaired("15", line: line, angle: 0, ink: ink, marked: []) == "15")
        // The same stroke standing apart is still taken (within a quarter of the size).
        let (apart, apartInk) = Self.signedInk(dashY: 5)
        #expect(MinusSignCheck.repaired("35", line: apart, angle: 0, ink: apartInk, marked: []) == "\u{2212}35")
    }

    /// A dash at the digits' foot is an underscore or a stray mark; one far before them is
    /// not this label's.
    @Test func aDashOffTheMiddleOrFarAwayIsNoSign() {
        let (low, lowInk) = Self.signedInk(dashY: 11)
        #expect(MinusSignCheck.repaired("35", line: low, angle: 0, ink: lowInk, marked: []) == "35")
        let (far, farInk) = Self.signedInk(gap: 9)
        #expect(MinusSignCheck.repaired("35", line: far, angle: 0, ink: farInk, marked: []) == "35")
    }

    /// A tick mark beside a right-hand axis or colour strip looks like a sign, but touches
    /// what it marks.
    @Test func aTickMarkBesideTheGridIsNoSign() {
        let (line, ink) = Self.signedInk(x0: 20)
        let grid = PixelRect(minX: 2, minY: 0, maxX: 19, maxY: 14)
        #expect(MinusSignCheck.repaired("35", line: line, angle: 0, ink: ink, marked: [grid]) == "35")
    }

    @Test func textThatIsSignedOrNotDigitsIsUntouched() {
        let (line, ink) = Self.signedInk()
        #expect(MinusSignCheck.repaired("-35", line: line, angle: 0, ink: ink, marked: []) == "-35")
        #expect(MinusSignCheck.repaired("a5", line: line, angle: 0, ink: ink, marked: []) == "a5")
        #expect(MinusSignCheck.repaired("355", line: line, angle: 0, ink: ink, marked: []) == "355")
    }
}
