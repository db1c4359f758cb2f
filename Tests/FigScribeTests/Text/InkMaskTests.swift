import Testing

@testable import FigScribe

/// Measures the glyphs of a line's ink.
@Suite("InkMask")
struct InkMaskTests {
    /// "s01" set tight at a small size: a short s joined by a one-pixel bridge to a ring
    /// (0) touching a bar (1), all one component. The run is cut at the bridge: the first
    /// glyph is the s, ten rows tall, the rest the digits, sixteen.
    @Test func aRunOfTouchingGlyphsIsCutAtItsThinnestColumn() throws {
        var values = [Float](repeating: 255, count: 24 * 16)
        func ink(_ xs: ClosedRange<Int>, _ ys: ClosedRange<Int>) { for y in ys { for x in xs { values[y * 24 + x] = 0 } } }
        ink(2...7, 6...15)  // s
        ink(8...9, 14...14)  // bridge
        ink(10...11, 0...15); ink(16...17, 0...15); ink(12...15, 0...1); ink(12...15, 14...15)  // 0
        ink(18...21, 0...15)  // 1
        let mask = InkMask(gray: GrayImage(width: 24, height: 16, values: values))
        #expect(mask.componentBoxes.count == 1)
        let (first, rest) = try #require(mask.openingGlyph(ofRun: mask.componentBoxes[0]))
        #expect(first == PixelRect(minX: 2, minY: 6, maxX: 8, maxY: 16))
        #expect(rest.minY == 0 && rest.height == 16 && rest.maxX == 22)
        // A glyph about as wide as tall is no run.
        #expect(mask.openingGlyph(ofRun: PixelRect(minX: 2, minY: 0, maxX: 18, maxY: 16)) == nil)
    }
}
