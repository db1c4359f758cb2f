/// Puts back the case of letters OCR reads in the wrong case in tick labels ("VS" for "vs",
/// "Mpg" for "mpg"), from the glyphs' heights.
///
/// An axis's labels share a font. Where a label has one glyph per character, its glyphs
/// read as short small letters (a, c, e, m, …) measure the font's x-height, those read as
/// digits or tall small letters (b, d, h, …) its capital height. A capital as short as the
/// x-height is a small letter, when its small letter has no ascender; a small letter whose
/// capital differs only in size, as tall as the digits, is a capital; so long as the label
/// comes out all small or all capitals.
enum TickLetterCase {
    /// Small letters that rise no higher than the x-height: their capitals read for them
    /// show only in height.
    static let shortSmallLetters = Set("acemnorsuvwxz")
    /// Small letters as tall as the capitals.
    static let tallSmallLetters = Set("bdfhkl")
    /// Glyphs of each kind needed to measure the font.
    static let minimumSamples = 2
    /// The capital height must exceed the x-height by this factor for the two to be told apart.
    static let minimumCapitalRatio = 1.2
    /// A capital is taken for a small letter only up to this many x-heights tall: the tall
    /// small letters that measure the capital height rise above the capitals in many fonts
    /// (DejaVu Sans's b and l by a fifth at 9 px), so a capital can lie nearer the x-height
    /// than that measure and still be a capital ("Mar" read as "mar").
    static let smallLetterSlack = 1.12

    /// The labels in the case their glyph heights say.
    /// - Parameters:
    ///   - labels: one axis's labels.
    ///   - heights: each label's glyph heights across its reading direction, in reading
    ///     order, all to one scale.
    static func repaired(_ labels: [String], heights: [[Double]]) -> [String] {
        guard labels.count == heights.count else { return labels }
        let glyphs = zip(labels, heights).compactMap { label, h in label.count == h.count ? Array(zip(label, h)) : nil }
            .flatMap { $0 }
        let small = glyphs.filter { shortSmallLetters.contains($0.0) }.map(\.1).sorted()
        let tall = glyphs.filter { $0.0.isASCIIDigit || tallSmallLetters.contains($0.0) }.map(\.1).sorted()
        guard small.count >= minimumSamples, tall.count >= minimumSamples else { return labels }
        let xHeight = small[small.count / 2], capHeight = tall[tall.count / 2]
        guard capHeight >= minimumCapitalRatio * xHeight else { return labels }
        return zip(labels, heights).map { label, glyphHeights in
            guard label.count == glyphHeights.count else { return label }
            let cased = String(zip(label, glyphHeights).map { c, h in
                let isSmall = abs(h - xHeight) < abs(h - capHeight)
                let lower = Character(c.lowercased())
                if c.isUppercase, isSmall, h <= smallLetterSlack * xHeight, shortSmallLetters.contains(lower) { return lower }
                if c.isLowercase, !isSmall, GlyphRepairer.lowercaseLookalikes.contains(c) { return Character(c.uppercased()) }
                return c
            })
            // A label comes out in one case: mixed ("seP" from "SEP") is a measurement gone wrong.
            let isOneCase = !cased.contains(where: \.isUppercase) || !cased.contains(where: \.isLowercase)
            return isOneCase ? cased : label
        }
    }
}
