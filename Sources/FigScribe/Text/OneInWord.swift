/// A lowercase l that OCR read as the digit 1 inside a word: "1evel", "a1pha" (a monospace
/// l, with its flag and foot, looks like a 1), or as an exclamation mark closing one
/// ("Channe!": at 72 dpi an l's foot breaks off as a point).
///
/// In a title or label, a word holding no other digit whose 1 opens it before three
/// lowercase letters or more, or stands between two lowercase letters, is spelled with an
/// l. A 1 closing a word is a number ("run1", "day1"), and a unit run into its number is
/// two letters or fewer ("1st", "1mm"). A "!" closing a word after three lowercase letters
/// or more is an l (figure labels do not exclaim).
enum OneInWord {
    /// `text` with each such word's 1 or ! made an l.
    static func repaired(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            var chars = Array(word)
            if chars.last == "!", chars.count >= 4, chars.dropLast().suffix(3).allSatisfy(\.isLowercase) {
                chars[chars.count - 1] = "l"
            }
            guard chars.filter(\.isNumber) == ["1"], let i = chars.firstIndex(of: "1") else { return String(chars) }
            let after = chars[(i + 1)...].prefix { $0.isLowercase }
            let opening = i == 0 && after.count >= 3
            let between = i > 0 && chars[i - 1].isLowercase && i + 1 < chars.count && chars[i + 1].isLowercase
            guard opening || between else { return String(chars) }
            var spelled = chars
            spelled[i] = "l"
            return String(spelled)
        }
        return words.joined(separator: " ")
    }
}
