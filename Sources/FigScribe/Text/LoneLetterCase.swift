/// Decides the case of a label that is one letter whose capital differs from the small
/// letter only in size ("x" or "X", "v" or "V"), which OCR cannot tell from the glyph alone,
/// and takes back a capital of like shape read for a small letter (Γ for r).
///
/// Axis and legend labels of a figure share a font. Another label line with small letters
/// and tall ones ("level", "Row") gives that font's x-height and capital height; the lone
/// letter takes the case whose height its own is nearer to, small when halfway (lattice sets
/// its key title "z" larger than the axis labels). When no other label measures the font, the
/// letter is taken small: a one-letter label names a variable (x, y, z, v),
/// written small by convention, and OCR reads a lone small z or x as a capital.
enum LoneLetterCase {
    /// The label's text in the case its height says (small when nothing measures the
    /// font), or nil when it is not such a letter.
    /// - Parameters:
    ///   - text: the label as read: one letter, or the same letter twice in both cases
    ///     ("Xx", which OCR gives for one glyph it cannot decide).
    ///   - height: the glyph's height across the reading direction, in pixels.
    ///   - references: for each other label line, its glyphs' heights across its reading direction.
    static func decided(_ text: String, height: Double, references: [[Double]]) -> String? {
        let lookalike = smallLookalikes[text]
        guard let small = lookalike ?? sizeOnlyLetter(text).map(String.init) else { return nil }
        guard let (xHeight, capHeight) = fontHeights(references) else { return lookalike == nil ? small : nil }
        // Halfway between, the convention decides: small.
        let isSmall = abs(height - xHeight) <= abs(height - capHeight)
        // A capital read for a small letter of another shape is only ever taken back.
        if lookalike != nil { return isSmall ? small : nil }
        return isSmall ? small : small.uppercased()
    }

    /// The letter `text` is, when it is one letter whose capital differs from it only in
    /// size (or that letter read twice, "Xx").
    private static func sizeOnlyLetter(_ text: String) -> Character? {
        let letters = Set(text.lowercased())
        guard text.count <= 2, letters.count == 1, let letter = letters.first,
              GlyphRepairer.lowercaseLookalikes.contains(letter)
        else { return nil }
        return letter
    }

    /// Capitals OCR reads for a small letter of like shape: Γ for a lone r.
    static let smallLookalikes: [String: String] = ["Γ": "r"]

    /// The mean x-height and capital height over lines that show both: glyphs clearly
    /// shorter than the line's tallest are small letters.
    static func fontHeights(_ references: [[Double]]) -> (xHeight: Double, capHeight: Double)? {
        var pairs: [(Double, Double)] = []
        for heights in references where heights.count >= 2 {
            guard let tallest = heights.max() else { continue }
            let small = heights.filter { $0 < 0.85 * tallest }.sorted()
            let tall = heights.filter { $0 >= 0.85 * tallest }
            guard !small.isEmpty, !tall.isEmpty, small[small.count / 2] >= 0.5 * tallest else { continue }
            pairs.append((small[small.count / 2], tall.reduce(0, +) / Double(tall.count)))
        }
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        return (pairs.map(\.0).reduce(0, +) / n, pairs.map(\.1).reduce(0, +) / n)
    }
}
