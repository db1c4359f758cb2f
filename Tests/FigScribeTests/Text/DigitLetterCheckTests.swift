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

    @Test func centredStemReadAsLIsOne() {
        let one = Self.shape(width: 10) { x, y in (4...5).contains(x) || y >= 18 || (y < 4 && x == 3 - y) }
        let ell = Self.shape(width: 10) { x, y in x < 2 || y >= 18 }
        #expect(DigitLetterCheck.digit(read: "L", shape: one, metrics: Self.metrics) == "1")
        #expect(DigitLetterCheck.digit(read: "L", shape: ell, metrics: Self.metrics) == nil)
    }

    @Test func otherLettersAreLeftAlone() {
        #expect(DigitLetterCheck.digit(read: "Q", shape: Self.ring(width: 12), metrics: Self.metrics) == nil)
    }
}
