/// A lowercase l that OCR read as the digit 1 inside a word: "1evel", "a1pha" (a monospace
/// l, with its flag and foot, looks like a 1).
///
/// In a title or label, a word holding no other digit whose 1 opens it before three
/// lowercase letters or more, or stands between two lowercase letters, is spelled with an
/// l. A 1 closing a word is a number ("run1", "day1"), and a unit run into its number is
/// two letters or fewer ("1st", "1mm").
enum OneInWord {
    /// `text` with each such word's 1 made an l.
    static func repaired(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let chars = Array(word)
            guard chars.filter(\.isNumber) == ["1"], let i = chars.firstIndex(of: "1") else { return String(word) }
            let after = chars[(i + 1)...].prefix { $0.isLowercase }
            let opening = i == 0 && after.count >= 3
            let between = i > 0 && chars[i - 1].isLowercase && i + 1 < chars.count && chars[i + 1].isLowercase
            guard opening || between else { return String(word) }
            var spelled = chars
            spelled[i] = "l"
            return String(spelled)
        }
        return words.joined(separator: " ")
    }
}
