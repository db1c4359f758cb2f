import Testing
@testable import FigScribe

@Suite("ImageRotation")
struct ImageRotationTests {
    private static let black = RGBA(r: 0, g: 0, b: 0)

    /// A 6×3 white image with a black pixel at the top-left corner.
    private func marked() -> RGBAImage {
        var img = RGBAImage(width: 6, height: 3)
        img[0, 0] = Self.black
        return img
    }

    @Test func quarterTurnsMovePixelsExactly() {
        let ccw = marked().rotated(by: 90)
        #expect(ccw.width == 3 && ccw.height == 6)
        #expect(ccw[0, 5] == Self.black)  // top-left goes to bottom-left
        let cw = marked().rotated(by: -90)
        #expect(cw[2, 0] == Self.black)  // top-left goes to top-right
        #expect(marked().rotated(by: 180)[5, 2] == Self.black)
        #expect(marked().rotated(by: 360) == marked())
    }

    @Test func fortyFiveDegreesLiftsTheRightEnd() {
        var line = RGBAImage(width: 41, height: 5)
        for x in 0..<41 { line[x, 2] = Self.black }
        let turned = line.rotated(by: 45)
        #expect(turned.width == turned.height)
        // Counter-clockwise: the right end rises, so the top-right quadrant has ink.
        func ink(_ xs: Range<Int>, _ ys: Range<Int>) -> Bool {
            ys.contains { y in xs.contains { x in turned[x, y].r < 128 } }
        }
        let h = turned.width / 2
        #expect(ink(h + 5..<turned.width, 0..<h - 5))
        #expect(!ink(0..<h - 5, 0..<h - 5))
        // The corners are background, not black.
        #expect(turned[0, 0] == RGBA(r: 255, g: 255, b: 255))
    }
}
