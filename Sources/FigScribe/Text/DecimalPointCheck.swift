/// Puts back a decimal point OCR dropped from a small number ("1.75" read as "175").
///
/// The point is still in the ink: a small, solid glyph sitting on the baseline between
/// digits. When a line read as digits only has exactly one such glyph, and every other
/// glyph is one digit (or the sign), the point goes where the glyph is.
enum DecimalPointCheck {
    /// `text` with the decimal point the ink shows, or `text` unchanged.
    /// - Parameter upright: the line's crop turned level, looked at only when the figure's
    ///   ink holds fewer glyphs than `text` has characters; nil: the ink alone decides.
    static func repaired(
        _ text: String, line: TextLine, angle: Double, ink: ConnectedComponents, upright: (() -> RGBAImage)? = nil
    ) -> String {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, "−-–—".contains(first) {
            sign = String(first)
            body = body.dropFirst()
        }
        guard body.count >= 2, body.allSatisfy(\.isASCIIDigit) else { return text }
        let glyphs = line.glyphIDs.map { ink.components[$0].box }
        if let pointed = pointed(sign, body, glyphs: glyphs, direction: ReadingDirection(degrees: angle), size: line.glyphSize) {
            return pointed
        }
        // A one-pixel point's anti-aliased rim can join it to the digits either side in the
        // figure's ink (anything off the background); the crop binarised at mid-grey parts them.
        guard let upright, glyphs.count < body.count + sign.count else { return text }
        let mask = InkMask(gray: GrayImage(luminanceOf: upright()))
        return pointed(sign, body, glyphs: mask.componentBoxes, direction: ReadingDirection(degrees: 0), size: line.glyphSize)
            ?? text
    }

    /// `sign` and `digits` with a point where the one small glyph on the baseline lies among
    /// `glyphs`, or nil when the glyphs do not show one point among as many digits.
    private static func pointed(
        _ sign: String, _ body: Substring, glyphs: [PixelRect], direction: ReadingDirection, size: Double
    ) -> String? {
        let isSmall = { (b: PixelRect) in Double(max(b.width, b.height)) <= 0.3 * size }
        let others = glyphs.filter { !isSmall($0) }.sorted { direction.along($0) < direction.along($1) }
        guard !others.isEmpty else { return nil }
        let middle = others.map(direction.across).sorted()[others.count / 2]
        let onBaseline = { (b: PixelRect) in isSmall(b) && direction.across(b) >= middle + 0.25 * size }
        let points = glyphs.filter(onBaseline)
        // A thin minus binarised at mid-grey can be as small as the point, but it sits at
        // mid-height before the digits.
        let smallSign = glyphs.filter { isSmall($0) && !onBaseline($0) && direction.along($0) < direction.along(others[0]) }
        let signAmongOthers = !sign.isEmpty && smallSign.isEmpty
        guard points.count == 1, others.count == body.count + (signAmongOthers ? 1 : 0),
              sign.isEmpty || smallSign.count <= 1
        else { return nil }
        // A point stands clear of the digits either side; a broken-off stroke end (a 5's or
        // a 3's lower tip) lies within its digit's span.
        let point = direction.extent(points[0])
        guard others.allSatisfy({ let e = direction.extent($0); return e.hi <= point.lo || e.lo >= point.hi }) else { return nil }
        let before = others.filter { direction.along($0) < direction.along(points[0]) }.count - (signAmongOthers ? 1 : 0)
        guard before >= 1, before < body.count else { return nil }
        let digits = Array(body)
        return sign + String(digits[..<before]) + "." + String(digits[before...])
    }
}
