import Testing
@testable import FigScribe

@Suite("DigitLetterCheck")
struct DigitLetterCheckTests {
    /// Metrics of a line whose capitals are 20 px tall, baseline at y = 40.
    static let metrics = LineMetrics(glyphs: [
        ("H", PixelRect(minX: 0, minY: 20, maxX: 14, maxY: 40), 95), ("x", PixelRect(minX: 20, minY: 26, maxX: 32, maxY: 40), 95),
    ])

    /// A glyph drawn by `isInk` in a `width` × 20 box standing on the baseline.
    static func shape(width: Int, _ isInk: (Int, Int) -> Bool) -> GlyphShape {
        let ink = (0..<(width * 20)).map { isInk($0 % width, $0 / width) }
        return GlyphShape(box: PixelRect(minX: 0, minY: 20, maxX: width, maxY: 40), ink: ink, componentCount: 1)
    }

    /// A ring `width` wide with 2-px strokes.
    static func ring(width: Int) -> GlyphShape {
        shape(width: width) { x, y in x < 2 || x >= width - 2 || y < 2 || y >= 18 }
    }

    @Test func narrowRingReadAsOIsZero() {
        #expect(DigitLetterCheck.digit(read: "O", shape: Self.ring(width: 12), metrics: Self.metrics) == "0")
        #expect(DigitLetterCheck.digit(read: "O", shape: Self.ring(width: 19), metrics: Self.metrics) == nil)
    }

    @Test func smallORingAsTallAsACapitalIsZero() {
        #expect(DigitLetterCheck.digit(read: "o", shape: Self.ring(width: 12), metrics: Self.metrics) == "0")
        // As tall as the line's small letters: a small o.
        let small = GlyphShape(
            box: PixelRect(minX: 0, minY: 26, maxX: 10, maxY: 40),
            ink: (0..<140).map { i in i % 10 < 2 || i % 10 >= 8 || i / 10 < 2 || i / 10 >= 12 }, componentCount: 1)
        #expect(DigitLetterCheck.digit(read: "o", shape: small, metrics: Self.metrics) == nil)
    }

    /// A ring `width` wide with 2-px strokes and, when `dotted`, a 4 × 4 dot in its hole
    /// (the dotted zero of monospaced fonts); `componentCount` as the repairer counts it.
    static func dottedRing(width: Int, dotted: Bool = true, componentCount: Int = 2) -> GlyphShape {
        let ring = Self.shape(width: width) { x, y in
            x < 2 || x >= width - 2 || y < 2 || y >= 18 || (dotted && abs(2 * x + 1 - width) <= 4 && (8..<12).contains(y))
        }
        return GlyphShape(box: ring.box, ink: ring.ink, componentCount: componentCount)
    }

    /// A dotted zero is two pieces of ink; read as a capital O, a small o (as tall as a
    /// capital or, in a line whose x-height is measured high, not clearly taller than its
    /// small letters), or an o with its dot read as a letter of its own, it is a zero.
    @Test func dottedRingReadAsOIsZero() {
        let zero = Self.dottedRing(width: 12)
        #expect(zero.hasInkInHole)
        #expect(!Self.ring(width: 12).hasInkInHole)
        #expect(DigitLetterCheck.digit(read: "O", shape: zero, metrics: Self.metrics) == "0")
        #expect(DigitLetterCheck.digit(read: "os", shape: zero, metrics: Self.metrics) == "0")
        let highX = LineMetrics(glyphs: [
            ("H", PixelRect(minX: 0, minY: 20, maxX: 14, maxY: 40), 95), ("x", PixelRect(minX: 20, minY: 22, maxX: 32, maxY: 40), 95),
        ])
        #expect(DigitLetterCheck.digit(read: "o", shape: Self.ring(width: 12), metrics: highX) == nil)
        #expect(DigitLetterCheck.digit(read: "o", shape: zero, metrics: highX) == "0")
    }

    /// Two pieces of ink with none in the other's hole (a ring and a mark beside it) are no
    /// dotted zero.
    @Test func ringWithInkOutsideIsNoDottedZero() {
        let marked = Self.shape(width: 14) { x, y in
            (x < 12 && (x < 2 || x >= 10 || y < 2 || y >= 18)) || (x == 13 && y < 4)
        }
        let shape = GlyphShape(box: marked.box, ink: marked.ink, componentCount: 2)
        #expect(!shape.hasInkInHole)
        #expect(DigitLetterCheck.digit(read: "O", shape: shape, metrics: Self.metrics) == nil)
        #expect(DigitLetterCheck.digit(read: "os", shape: shape, metrics: Self.metrics) == nil)
    }

    @Test func centredStemReadAsLIsOne() {
        let one = Self.shape(width: 10) { x, y in (4...5).contains(x) || y >= 18 || (y < 4 && x == 3 - y) }
        let ell = Self.shape(width: 10) { x, y in x < 2 || y >= 18 }
        #expect(DigitLetterCheck.digit(read: "L", shape: one, metrics: Self.metrics) == "1")
        #expect(DigitLetterCheck.digit(read: "L", shape: ell, metrics: Self.metrics) == nil)
    }

    @Test func otherLettersAreLeftAlone() {
        #expect(DigitLetterCheck.digit(read: "Q", shape: Self.ring(width: 12), metrics: Self.metrics) == nil)
    }

    /// ggplot2's 7-px serif "log2" read "log?": a flat foot across the glyph is a two's; a
    /// question mark stands on a dot.
    @Test func aQuestionMarkWithAFlatFootIsTwo() {
        let two = Self.shape(width: 12) { x, y in y >= 18 || (y < 3 && x >= 2 && x < 10) || (x >= 9 && y < 9) || (x + y >= 17 && x + y <= 19) }
        #expect(DigitLetterCheck.digit(read: "?", shape: two, metrics: Self.metrics) == "2")
        let question = Self.shape(width: 12) { x, y in (y >= 17 && (5...7).contains(x)) || (y < 3 && x >= 2 && x < 10) || (x >= 9 && y < 9) || (y < 14 && (5...6).contains(x) && y >= 8) }
        #expect(DigitLetterCheck.digit(read: "?", shape: question, metrics: Self.metrics) == nil)
    }
}

