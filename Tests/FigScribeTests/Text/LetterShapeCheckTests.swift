import Testing
@testable import FigScribe

@Suite("LetterShapeCheck")
struct LetterShapeCheckTests {
    /// Metrics of a line whose capitals are 20 px tall and x-height 14 px, baseline at y = 40.
    static let metrics = LineMetrics(glyphs: [
        ("H", PixelRect(minX: 0, minY: 20, maxX: 14, maxY: 40), 95), ("x", PixelRect(minX: 20, minY: 26, maxX: 32, maxY: 40), 95),
    ])

    /// No row darkness measured: the shape alone decides.
    static let noDarkness: [Float] = []

    /// A one-piece glyph drawn by `isInk` in a `width` × `height` box standing on the baseline.
    static func shape(width: Int, height: Int, _ isInk: (Int, Int) -> Bool) -> GlyphShape {
        let ink = (0..<(width * height)).map { isInk($0 % width, $0 / width) }
        return GlyphShape(box: PixelRect(minX: 0, minY: 40 - height, maxX: width, maxY: 40), ink: ink, componentCount: 1)
    }

    @Test func anEvenStrokeToTheAscendersReadAsIIsAnL() {
        let ell = Self.shape(width: 3, height: 21) { _, _ in true }
        #expect(LetterShapeCheck.letter(read: "i", shape: ell, metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == "l")
    }

    /// Where the line has no letters to measure it by, an even stroke no ink rises above is
    /// an l ("plt" read "pit"); below a dot or ascenders, an i.
    @Test func anUnmeasuredLineGoesByTheDot() {
        let unmeasured = LineMetrics(glyphs: [])
        let stem = Self.shape(width: 3, height: 14) { _, _ in true }
        #expect(LetterShapeCheck.letter(read: "i", shape: stem, metrics: unmeasured, rowDarkness: Self.noDarkness, isTopmost: true) == "l")
        #expect(LetterShapeCheck.letter(read: "i", shape: stem, metrics: unmeasured, rowDarkness: Self.noDarkness, isTopmost: false) == nil)
    }

    @Test func anIWhoseDotRunsIntoItsStemStaysAnI() {
        // Full width but for two rows pinched to one pixel under the dot.
        let i = Self.shape(width: 3, height: 21) { x, y in !(5...6).contains(y) || x == 1 }
        #expect(LetterShapeCheck.letter(read: "i", shape: i, metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == nil)
        // A stem of x-height is an i whose dot stands apart.
        let stem = Self.shape(width: 3, height: 14) { _, _ in true }
        #expect(LetterShapeCheck.letter(read: "i", shape: stem, metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == nil)
    }

    /// An i whose dot the ink mask ran into its stem, read as an l ("Expresslon") or taken
    /// for an l by its even ink ("lntenslty"): the row under the dot paler than the stroke, or
    /// the dot as a whole paler than the stem. An l's rounded top pales its first rows only.
    @Test func aStemPaleUnderItsDotIsAnI() {
        let stem = Self.shape(width: 3, height: 21) { _, _ in true }
        let dotted: [Float] = [87, 0, 0, 31, 92, 31] + Array(repeating: 0, count: 15)
        #expect(LetterShapeCheck.letter(read: "l", shape: stem, metrics: Self.metrics, rowDarkness: dotted, isTopmost: true) == "i")
        #expect(LetterShapeCheck.letter(read: "i", shape: stem, metrics: Self.metrics, rowDarkness: dotted, isTopmost: true) == nil)
        // An 8-px bold i: a one-pixel dot, antialiased, sitting on the stem.
        let toned: [Float] = [137, 77, 57, 60, 68, 69, 71, 68, 56, 35, 10] + Array(repeating: 2, count: 9) + [17, 106]
        let wide = Self.shape(width: 7, height: 22) { _, _ in true }
        #expect(LetterShapeCheck.letter(read: "i", shape: wide, metrics: Self.metrics, rowDarkness: toned, isTopmost: true) == nil)
        #expect(LetterShapeCheck.letter(read: "l", shape: wide, metrics: Self.metrics, rowDarkness: toned, isTopmost: true) == "i")
        let rounded: [Float] = [91, 56] + Array(repeating: 69, count: 18) + [95]
        #expect(LetterShapeCheck.letter(read: "l", shape: stem, metrics: Self.metrics, rowDarkness: rounded, isTopmost: true) == nil)
        #expect(LetterShapeCheck.letter(read: "i", shape: stem, metrics: Self.metrics, rowDarkness: rounded, isTopmost: true) == "l")
    }

    /// A ring 12 × 14 with 2-px strokes, with or without its right side between 4 and 10.
    static func bowl(closedRight: Bool, bar: Bool) -> GlyphShape {
        shape(width: 12, height: 14) { x, y in
            let ring = x < 2 || y < 2 || y >= 12 || (x >= 10 && (closedRight || y < 4 || y >= 10))
            return ring || (bar && (6...7).contains(y))
        }
    }

    @Test func aBowlOpenOnTheRightReadAsEIsAC() {
        #expect(LetterShapeCheck.letter(read: "e", shape: Self.bowl(closedRight: false, bar: false), metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == "c")
        #expect(LetterShapeCheck.letter(read: "¢", shape: Self.bowl(closedRight: false, bar: false), metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == "c")
    }

    /// A serif e: its bar sits high, and its eye may break open where the bar meets the bowl.
    @Test func anEWithAHighEyeStaysAnE() {
        let e = Self.shape(width: 12, height: 14) { x, y in
            let bowl = x < 2 || y < 2 || y >= 12 || (x >= 10 && (y < 5 || y >= 10))
            return bowl || (y == 4 && x != 6)
        }
        #expect(LetterShapeCheck.letter(read: "e", shape: e, metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == nil)
    }

    @Test func anEWithItsBarStaysAnE() {
        #expect(LetterShapeCheck.letter(read: "e", shape: Self.bowl(closedRight: false, bar: true), metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == nil)
        // Without ink reaching the right at the bottom it is no c either (a broken glyph).
        let hook = Self.shape(width: 12, height: 14) { x, y in x < 2 || (y < 2) }
        #expect(LetterShapeCheck.letter(read: "e", shape: hook, metrics: Self.metrics, rowDarkness: Self.noDarkness, isTopmost: true) == nil)
    }

    /// DejaVu Serif's r, 8 × 9 px: a stem at columns 2–3, a serif left of it at the top and
    /// foot, an arm reaching right at the top. A T's stem stands under the middle of its bar.
    @Test func aStemLeftOfAnArmReachingRightIsAnR() {
        let r = Self.shape(width: 8, height: 9) { x, y in
            (2...3).contains(x) || (y == 0 && x != 4) || (y == 1 && x >= 5) || (y == 8 && x <= 4)
        }
        #expect(LetterShapeCheck.isLeftStemWithArm(r))
        let t = Self.shape(width: 8, height: 9) { x, y in (3...4).contains(x) || y <= 1 }
        #expect(!LetterShapeCheck.isLeftStemWithArm(t))
    }
}
