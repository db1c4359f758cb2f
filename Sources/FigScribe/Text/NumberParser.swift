import Foundation

/// Parses colour-bar and axis tick text into numbers.
///
/// Accepts every minus Tesseract and Matplotlib produce (`-`, `−`, `–`, `—`), exponents
/// (`1e-3`, `1E3`, `2×10⁻³`, `2x10^-3`, `×10^-3`), thousands separators (`1,000`), spaces
/// inside the number and a trailing `%`. Anything else gives nil.
public enum NumberParser {
    private static let minusSigns: Set<Character> = ["-", "\u{2212}", "\u{2013}", "\u{2014}", "\u{2012}", "\u{FE63}", "\u{FF0D}"]
    private static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁻": "-", "⁺": "+",
    ]

    /// The labels of one scale, which share one format: where some write a decimal point,
    /// a comma in another followed by as many digits is that point misread ("2,044" among
    /// "2.555" and "3.577" is "2.044", not two thousand and forty-four). And where another
    /// opens with a zero followed by digits ("05" among "1.0" and "15"), no scale prints
    /// that: small text lost its points, and every label of more digits than the point's
    /// places, sign apart, gets its point back ("0.5", "1.5").
    /// - Parameter texts: the tick labels as read.
    /// - Returns: the labels, such commas made points and lost points put back.
    public static func sharingFormat(_ texts: [String]) -> [String] {
        let decimals = Set(texts.compactMap { pointDecimals(in: $0) })
        guard decimals.count == 1, let places = decimals.first else { return texts }
        let lostPoints = texts.contains { text in
            let digits = unsignedDigits(text)
            return digits.map { $0.count > places && $0.count >= 2 && $0.first == "0" } ?? false
        }
        return texts.map { text in
            if lostPoints, let digits = unsignedDigits(text), digits.count > places {
                var pointed = text
                pointed.insert(".", at: pointed.index(pointed.endIndex, offsetBy: -places))
                return pointed
            }
            guard pointDecimals(in: text) == nil,
                  text.filter({ $0 == "," }).count == 1, let comma = text.firstIndex(of: ","),
                  text[text.index(after: comma)...].count == places,
                  text[text.index(after: comma)...].allSatisfy(\.isNumber)
            else { return text }
            var pointed = text
            pointed.replaceSubrange(comma...comma, with: ".")
            return pointed
        }
    }

    /// The digits of a label that is digits only after an optional minus sign; nil otherwise.
    private static func unsignedDigits(_ text: String) -> Substring? {
        var body = Substring(text)
        if let first = body.first, minusSigns.contains(first) { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy(\.isASCIIDigit) ? body : nil
    }

    /// The number of digits after the first decimal point followed by any in `text`, nil
    /// when there is none.
    static func pointDecimals(in text: String) -> Int? {
        let chars = Array(text)
        for i in chars.indices where chars[i] == "." {
            let digits = chars[(i + 1)...].prefix(while: \.isASCIIDigit).count
            if digits > 0 { return digits }
        }
        return nil
    }

    /// Parses `text`.
    /// - Parameter text: a tick label as read, e.g. `−0.25`, `1e-3`, `2×10⁻³`, `50%`.
    /// - Returns: the value and whether it was a percentage, or nil for anything else.
    public static func parse(_ text: String) -> ParsedNumber? {
        var s = ""
        for c in text where !c.isWhitespace {
            if minusSigns.contains(c) { s.append("-") }
            else if let d = superscripts[c] { s.append("^"); s.append(d) }
            else { s.append(c) }
        }
        s = s.replacingOccurrences(of: "^^", with: "^")
        // Superscript runs became "^d^d": keep one caret.
        s = joiningSuperscriptRuns(s)
        var isPercent = false
        if s.hasSuffix("%") { isPercent = true; s.removeLast() }
        guard !s.isEmpty else { return nil }
        // "a×10^b", "ax10^b", "×10^b" (mantissa 1).
        if isPowerOfTen(s), let times = s.firstIndex(where: { "×xX*".contains($0) }) {
            let mantissaText = String(s[..<times])
            let mantissa: Double
            switch mantissaText {
            case "", "+": mantissa = 1
            case "-": mantissa = -1
            default:
                guard let m = plain(mantissaText) else { return nil }
                mantissa = m
            }
            var rest = String(s[s.index(after: times)...].dropFirst(2))
            if rest.hasPrefix("^") { rest.removeFirst() }
            guard let exponent = Int(rest) else { return nil }
            return ParsedNumber(value: mantissa * pow(10, Double(exponent)), isPercent: isPercent)
        }
        // "10^-3" alone.
        if s.hasPrefix("10^"), let exponent = Int(s.dropFirst(3)) {
            return ParsedNumber(value: pow(10, Double(exponent)), isPercent: isPercent)
        }
        guard let v = plain(s) else { return nil }
        return ParsedNumber(value: v, isPercent: isPercent)
    }

    /// A decimal number with optional sign, thousands separators and `e` exponent.
    private static func plain(_ s: String) -> Double? {
        // No thousands group starts with a lone zero: "0,002" has a decimal comma (or a
        // point OCR read as one).
        if isZeroComma(s, whole: true) {
            return plain(s.replacingOccurrences(of: ",", with: "."))
        }
        guard isDecimal(s), s.contains(where: \.isNumber) else { return nil }
        // The mantissa must have digits ("e5" alone is junk).
        let mantissa = s.prefix { !"eE".contains($0) }
        guard mantissa.contains(where: \.isNumber) else { return nil }
        return Double(s.replacingOccurrences(of: ",", with: ""))
    }

    /// Parses a label naming a range of values: "0–10", "(0, 10]", "[−5,0)", "10 to 20",
    /// "−10 – −5".
    /// - Returns: the range, low end first, or nil when the text is not two numbers.
    public static func parseRange(_ text: String) -> ClosedRange<Double>? {
        var s = text.trimmingCharacters(in: .whitespaces)
        if let first = s.first, "[(".contains(first) { s.removeFirst() }
        if let last = s.last, "])".contains(last) { s.removeLast() }
        let separators: Set<Character> = [",", "–", "—", "-", "−", "~"]
        for i in s.indices where i != s.startIndex && separators.contains(s[i]) {
            if let a = parse(String(s[..<i])), let b = parse(String(s[s.index(after: i)...])), !a.isPercent || b.isPercent {
                return min(a.value, b.value)...max(a.value, b.value)
            }
        }
        if let r = s.range(of: " to "), let a = parse(String(s[..<r.lowerBound])), let b = parse(String(s[r.upperBound...])) {
            return min(a.value, b.value)...max(a.value, b.value)
        }
        return nil
    }
}
