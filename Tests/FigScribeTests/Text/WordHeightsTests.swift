import Testing

@testable import FigScribe

/// A word's x-height and capital height, from its columns when its letters touch.
@Suite("WordHeights")
struct WordHeightsTests {
    /// "Month" as bars of 3 columns each, standing on one baseline: M 11 px, o 8, n 8,
    /// t 10, h 11; M and o touch, so do n, t and h. Drawn level (0°) or turned to read
    /// bottom to top (90°).
    static func month(angle: Double) -> (ConnectedComponents, [Int]) {
        let heights = [11, 8, 8, 10, 11]
        let size = 40
        var mask = [Bool](repeating: false, count: size * size)
        func ink(_ u: Int, _ h: Int) {
            for v in (20 - h)..<20 {
                let (x, y) = angle == 0 ? (5 + u, v + 5) : (v + 5, 35 - u)
                mask[y * size + x] = true
            }
        }
        // Each letter three columns wide, one column apart; the column between two
        // touching letters is inked as high as the lower of them.
        for (k, h) in heights.enumerated() {
            for u in (4 * k)..<(4 * k + 3) { ink(u, h) }
            if k + 1 < heights.count, k != 1 { ink(4 * k + 3, min(h, heights[k + 1])) }
        }
        let ink = ConnectedComponents(mask: mask, width: size, height: size)
        return (ink, ink.components.map(\.id))
    }

    @Test(arguments: [0.0, 90.0])
    func touchingLettersShowBothHeights(angle: Double) throws {
        let (ink, ids) = Self.month(angle: angle)
        #expect(ids.count == 2)
        let heights = try #require(WordHeights.measured(glyphIDs: ids, ink: ink, angle: angle))
        #expect(heights.xHeight == 8)
        #expect(heights.capHeight == 11)
    }

    /// Capitals alone ("MTH") show one height: nothing is measured.
    @Test func capitalsAloneShowNoXHeight() {
        let size = 30
        var mask = [Bool](repeating: false, count: size * size)
        for x in 2..<20 { for y in 5..<16 { mask[y * size + x] = true } }
        let ink = ConnectedComponents(mask: mask, width: size, height: size)
        #expect(WordHeights.measured(glyphIDs: ink.components.map(\.id), ink: ink, angle: 0) == nil)
    }
}
