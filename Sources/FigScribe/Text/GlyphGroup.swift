/// One glyph on the page and what the `eng` model made of it (possibly several symbols).
struct GlyphGroup: Sendable {
    var text: String
    var confidence: Double
    var wordIndex: Int
    var box: PixelRect
    var shape: GlyphShape?
    var components: [Int]
}
