/// Puts back a minus sign OCR dropped from a small number ("-3" read as "3").
///
/// The sign is still in the ink: the line's first glyph is a short stroke along the line,
/// level with the middle of the digits after it and close to them. A tick mark looks the
/// same, but touches (or nearly) the grid or colour strip it marks; a sign lies as far from
/// them as its label does.
enum MinusSignCheck {
    /// `text` with the minus sign the ink shows, or `text` unchanged.
    /// - Parameter marked: the boxes whose tick marks may stand beside the line (the grid,
    ///   the colour strip).
    static func repaired(
        _ text: String, line: TextLine, angle: Double, ink: ConnectedComponents, marked: [PixelRect]
    ) -> String {
        guard let first = text.first, first.isASCIIDigit, text.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
            angle.truncatingRemainder(dividingBy: 90) == 0
        else { return text }
        let direction = ReadingDirection(degrees: angle)
        let glyphs = line.glyphIDs.map { ink.components[$0].box }.sorted { direction.along($0) < direction.along($1) }
        let size = line.glyphSize
        guard glyphs.count >= 2, glyphs.count > text.count else { return text }
        let sign = glyphs[0], rest = Array(glyphs.dropFirst())
        let (start, end) = direction.extent(sign), (top, bottom) = direction.acrossExtent(sign)
        let length = end - start, thickness = bottom - top
        guard thickness <= 0.3 * size, length >= 1.5 * thickness, length <= 1.2 * size else { return text }
        // Close to the digits, level with their middle.
        let digits = rest.filter { Double(max($0.width, $0.height)) > 0.3 * size }
        guard !digits.isEmpty, direction.extent(digits[0]).lo - end <= 0.6 * size else { return text }
        let middle = digits.map(direction.across).sorted()[digits.count / 2]
        guard abs(direction.across(sign) - middle) <= 0.25 * size else { return text }
        let reach = 4
        let nearMark = marked.contains { b in
            sign.minX < b.maxX + reach && sign.maxX > b.minX - reach && sign.minY < b.maxY + reach && sign.maxY > b.minY - reach
        }
        return nearMark ? text : "\u{2212}" + text
    }
}
