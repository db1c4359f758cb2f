/// Puts back the small letters of an axis or colour-bar label OCR read in capitals ("ROW"
/// for "Row", "Ms" for "ms"), from the glyphs' heights.
///
/// Some small letters differ from their capitals only in size (c, o, s, u, v, w, x, z), and a
/// word of a capital and such letters alone gives OCR nothing but their height to go by. Where
/// the label has one glyph per character, such a letter standing well under the label's other
/// capitals is small; the repair is kept only when it leaves each word a capital followed by
/// small letters. A word's opening capital whose small letter has no ascender ("M" for "m"),
/// standing no taller than the word's short small letters and clearly under its tall ones,
/// is small.
enum LabelLetterCase {
    /// A small opening letter stands within this factor of the short letters after it (a
    /// capital S stood 1.095 times the e in Liberation Mono's "Site").
    static let openingSlack = 1.05

    /// Whether the glyph heights may put `text` in another case: it is read all in capitals,
    /// or a word opens with a capital whose small letter has no ascender, small letters after it.
    static func mayBeMiscased(_ text: String) -> Bool {
        text.allSatisfy { $0.isUppercase || $0 == " " } || text.split(separator: " ").contains { word in
            word.first.map { $0.isUppercase && TickLetterCase.shortSmallLetters.contains(Character($0.lowercased())) } == true
                && word.dropFirst().allSatisfy(\.isLowercase)
        }
    }

    /// The label in the case its glyph heights say: small letters read as capitals put back
    /// (`repaired`), then openings read as capitals (`smallOpenings`).
    /// - Parameters:
    ///   - text: the label as read.
    ///   - heights: its glyphs' heights across the reading direction, in reading order.
    static func cased(_ text: String, heights: [Double]) -> String {
        smallOpenings(repaired(text, heights: heights), heights: heights)
    }

    /// The label in the case its glyph heights say.
    /// - Parameters:
    ///   - text: the label as read.
    ///   - heights: its glyphs' heights across the reading direction, in reading order.
    static func repaired(_ text: String, heights: [Double]) -> String {
        let characters = text.filter { !$0.isWhitespace }
        guard characters.count == heights.count, characters.count >= 2,
              characters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return text }
        let sizeOnly = LeadingLetterRepair.sizeOnlyLetters
        let capitals = zip(characters, heights).filter { !sizeOnly.contains($0.0) }.map(\.1)
        guard let capitalHeight = capitals.min() else { return text }
        var glyph = 0
        var result = ""
        for c in text {
            guard !c.isWhitespace else {
                result.append(c)
                continue
            }
            let small = sizeOnly.contains(c)
                && heights[glyph] * TickLetterCase.minimumCapitalRatio <= capitalHeight
            result.append(small ? Character(c.lowercased()) : c)
            glyph += 1
        }
        let words = result.split(separator: " ")
        let capitalized = words.allSatisfy { word in
            word.first?.isUppercase == true && word.dropFirst().allSatisfy(\.isLowercase)
        }
        return capitalized && result != text ? result : text
    }

    /// The label with each word's opening letter small where OCR read it a capital no taller
    /// than the short small letters after it ("Ms": "ms").
    /// - Parameters:
    ///   - text: the label as read.
    ///   - heights: its glyphs' heights across the reading direction, in reading order.
    static func smallOpenings(_ text: String, heights: [Double]) -> String {
        let characters = text.filter { !$0.isWhitespace }
        guard characters.count == heights.count else { return text }
        let short = TickLetterCase.shortSmallLetters
        var glyph = 0
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let wordHeights = Array(heights[glyph..<(glyph + word.count)])
            glyph += word.count
            guard let first = word.first, first.isASCII, first.isUppercase, short.contains(Character(first.lowercased())),
                  word.dropFirst().allSatisfy({ $0.isASCII && $0.isLowercase }) else { return String(word) }
            let rest = zip(word.dropFirst(), wordHeights.dropFirst())
            let smallHeights = rest.filter { short.contains($0.0) }.map(\.1).sorted()
            let tallHeights = rest.filter { TickLetterCase.tallSmallLetters.contains($0.0) }.map(\.1).sorted()
            // The short letters measure one x-height (glyphs that pair up with the wrong
            // characters do not), the opening stands within it, and tall letters rise clearly above.
            guard let lowest = smallHeights.first, let highest = smallHeights.last,
                  highest <= TickLetterCase.smallLetterSlack * lowest,
                  wordHeights[0] <= openingSlack * smallHeights[smallHeights.count / 2],
                  tallHeights.isEmpty || tallHeights[tallHeights.count / 2] >= TickLetterCase.minimumCapitalRatio * wordHeights[0]
            else { return String(word) }
            return first.lowercased() + word.dropFirst()
        }
        return words.joined(separator: " ")
    }
}
