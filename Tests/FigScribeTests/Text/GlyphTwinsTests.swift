import Testing
@testable import FigScribe

@Suite("GlyphTwins")
struct GlyphTwinsTests {
    /// A glyph from rows of `#` (ink) and `.`.
    static func glyph(_ rows: [String]) -> GlyphShape {
        let width = rows[0].count
        return GlyphShape(
            box: PixelRect(minX: 0, minY: 0, maxX: width, maxY: rows.count),
            ink: rows.flatMap { $0.map { $0 == "#" } }, componentCount: 1)
    }

    /// An outline 13 × 22 px (a glyph as OCR reads it, enlarged): an ellipse's ring 2 px
    /// thick, or with `stem` a D's (straight down the left, round on the right), drawn
    /// `drop` px lower (a zero a fraction of a pixel off the first).
    static func outline(stem: Bool = false, drop: Double = 0) -> GlyphShape {
        let (w, h) = (13, 22)
        var ink = [Bool](repeating: false, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                let cx = stem ? 0.0 : Double(w) / 2, rx = stem ? Double(w) : Double(w) / 2, ry = Double(h) / 2
                let dx = (Double(x) + 0.5 - cx) / rx, dy = (Double(y) + 0.5 - ry - drop) / ry
                let r = (dx * dx + dy * dy).squareRoot()
                let inRing = r <= 1 && r >= 1 - 2.2 / min(rx, ry)
                ink[y * w + x] = inRing || (stem && x < 2)
            }
        }
        return GlyphShape(box: PixelRect(minX: 0, minY: 0, maxX: w, maxY: h), ink: ink, componentCount: 1)
    }

    static let zero = outline()
    static let zeroLower = outline(drop: 0.5)
    static let dee = outline(stem: true)
    /// A glyph 13 × 22 px whose ink is where `isInk(x, y)`.
    static func drawn(width: Int = 13, height: Int = 22, _ isInk: (Int, Int) -> Bool) -> GlyphShape {
        var ink = [Bool](repeating: false, count: width * height)
        for y in 0..<height {
            for x in 0..<width { ink[y * width + x] = isInk(x, y) }
        }
        return GlyphShape(box: PixelRect(minX: 0, minY: 0, maxX: width, maxY: height), ink: ink, componentCount: 1)
    }

    static let one = drawn { x, y in (5...7).contains(x) || y >= 20 }
    static let aitch = drawn(height: 24) { x, y in x < 2 || (y >= 10 && x >= 10) || (10...11).contains(y) }

    /// matplotlib's 8-px turned "00h" … "04h" read "D0h" … "D4h": each opening glyph is
    /// drawn as the zero inside "D0h".
    @Test func anOpeningLetterDrawnAsAZeroIsAZero() {
        let labels = ["D0h", "D1h", "o2h"]
        let shapes = [[Self.zero, Self.zeroLower, Self.aitch], [Self.zeroLower, Self.one, Self.aitch], [Self.zero, Self.one, Self.aitch]]
        #expect(GlyphTwins.repaired(labels, shapes: shapes) == ["00h", "01h", "02h"])
    }

    /// A real D has a straight stem where the zero is round; without a zero inside any label
    /// nothing is measured; other letters are left to other repairs.
    @Test func lettersNotDrawnAsAZeroStay() {
        let shapes = [[Self.dee, Self.zero, Self.aitch], [Self.dee, Self.one, Self.aitch]]
        #expect(GlyphTwins.repaired(["D0h", "D1h"], shapes: shapes) == ["D0h", "D1h"])
        #expect(GlyphTwins.repaired(["D1h"], shapes: [[Self.zero, Self.one, Self.aitch]]) == ["D1h"])
        #expect(GlyphTwins.repaired(["S0h"], shapes: [[Self.zero, Self.zero, Self.aitch]]) == ["S0h"])
        // Glyphs and characters that do not pair up are not measured.
        #expect(GlyphTwins.repaired(["D0h"], shapes: [[Self.zero, Self.zero]]) == ["D0h"])
    }
}
