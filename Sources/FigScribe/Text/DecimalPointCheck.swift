/// Puts back a decimal point OCR dropped from a small number ("1.75" read as "175").
///
/// The point is still in the ink: a small, solid glyph sitting on the baseline between
/// digits. When a line read as digits only has exactly one such glyph, and every other
/// glyph is one digit (or the sign), the point goes where the glyph is.
enum DecimalPointCheck {
    /// `text` with the decimal point the ink shows, or `text` unchanged.
    static func repaired(_ text: String, line: TextLine, angle: Double, ink: ConnectedComponents) -> String {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, "−-–—".contains(first) {
            sign = String(first)
            body = body.dropFirst()
        }
        guard body.count >= 2, body.allSatisfy(\.isASCIIDigit) else { return text }
        let direction = ReadingDirection(degrees: angle)
        let glyphs = line.glyphIDs.map { ink.components[$0].box }
        let size = line.glyphSize
        let isSmall = { (b: PixelRect) in Double(max(b.width, b.height)) <= 0.3 * size }
        let others = glyphs.filter { !isSmall($0) }
        guard !others.isEmpty else { return text }
        let middle = others.map(direction.across).sorted()[others.count / 2]
        let points = glyphs.filter { isSmall($0) && direction.across($0) >= middle + 0.25 * size }
        guard points.count == 1, others.count == body.count + (sign.isEmpty ? 0 : 1) else { return text }
        let before = others.filter { direction.along($0) < direction.along(points[0]) }.count - (sign.isEmpty ? 0 : 1)
        guard before >= 1, before < body.count else { return text }
        let digits = Array(body)
        return sign + String(digits[..<before]) + "." + String(digits[before...])
    }
}
