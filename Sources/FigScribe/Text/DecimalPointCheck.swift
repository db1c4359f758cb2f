import Foundation

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
        guard body.count >= 2, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        // Along and across the reading direction (across grows towards the baseline).
        let radians = angle * .pi / 180
        let glyphs = line.glyphIDs.map { ink.components[$0].box }
        func along(_ b: PixelRect) -> Double { b.midX * cos(radians) - b.midY * sin(radians) }
        func across(_ b: PixelRect) -> Double { b.midX * sin(radians) + b.midY * cos(radians) }
        let size = line.glyphSize
        let isSmall = { (b: PixelRect) in Double(max(b.width, b.height)) <= 0.3 * size }
        let others = glyphs.filter { !isSmall($0) }
        guard !others.isEmpty else { return text }
        let middle = others.map(across).sorted()[others.count / 2]
        let points = glyphs.filter { isSmall($0) && across($0) >= middle + 0.25 * size }
        guard points.count == 1, others.count == body.count + (sign.isEmpty ? 0 : 1) else { return text }
        let before = others.filter { along($0) < along(points[0]) }.count - (sign.isEmpty ? 0 : 1)
        guard before >= 1, before < body.count else { return text }
        let digits = Array(body)
        return sign + String(digits[..<before]) + "." + String(digits[before...])
    }
}
