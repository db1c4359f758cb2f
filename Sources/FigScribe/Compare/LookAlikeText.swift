import Foundation

/// Text compared the way OCR can tell it apart: characters that OCR takes for one another
/// (0/O, 1/l/I, 5/S, rn/m, − and -, …) and spacing are folded to one form.
enum LookAlikeText {
    /// How two texts relate.
    enum Match: Equatable {
        /// The same text, spacing aside.
        case same
        /// Different only in characters OCR confuses.
        case lookAlike
        /// Really different.
        case different
    }

    /// Compares two texts; `nil` is no text.
    static func match(_ a: String?, _ b: String?) -> Match {
        let x = collapsed(a), y = collapsed(b)
        if x == y { return .same }
        guard let x, let y else { return .different }
        return folded(x) == folded(y) ? .lookAlike : .different
    }

    /// Whitespace collapsed to single spaces; nil for empty text.
    static func collapsed(_ s: String?) -> String? {
        guard let s else { return nil }
        let text = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Sequences of several characters that OCR reads as one character, and back.
    private static let sequences: [(String, String)] = [("rn", "m"), ("vv", "w"), ("cl", "d")]

    /// Single characters that look alike in small print, mapped to one representative.
    private static let characters: [Character: Character] = {
        var map: [Character: Character] = [:]
        let groups = ["0Oo", "1lI|i!", "5Ss", "8B", "2Zz", "-−‐‑‒–—", ".,", "cC", "vV", "wW", "xX×", "kK", "pP", "uU", "'’`‘"]
        for group in groups {
            guard let first = group.first else { continue }
            for c in group { map[c] = first }
        }
        return map
    }()

    /// The text with spaces removed and every look-alike folded to its representative.
    static func folded(_ s: String) -> String {
        var text = s.filter { !$0.isWhitespace }
        for (long, short) in sequences { text = text.replacingOccurrences(of: long, with: short) }
        return String(text.map { characters[$0] ?? $0 })
    }
}
