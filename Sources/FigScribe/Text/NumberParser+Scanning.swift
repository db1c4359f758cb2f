/// The shapes number labels are written in, told by scanning their characters.
extension NumberParser {
    /// `s` without its first character when that is one of `signs`.
    private static func droppingSign(_ s: Substring, signs: String = "+-") -> Substring {
        if let c = s.first, signs.contains(c) { return s.dropFirst() }
        return s
    }

    /// Whether `s`, after at most one of `signs`, starts with "0," and a digit ("0,25"); with
    /// `whole`, whether it is only that and more digits.
    static func isZeroComma(_ s: String, signs: String = "+-", whole: Bool) -> Bool {
        let rest = droppingSign(Substring(s), signs: signs)
        guard rest.hasPrefix("0,") else { return false }
        let digits = rest.dropFirst(2).prefix(while: \.isASCIIDigit)
        return !digits.isEmpty && (!whole || digits.count == rest.count - 2)
    }

    /// "^d^d" (superscript digits read one by one) as "^dd": a caret that closes a run of
    /// signs and digits opened by a caret is dropped.
    static func joiningSuperscriptRuns(_ s: String) -> String {
        var chars = Array(s)
        var i = 0
        while i < chars.count {
            if chars[i] == "^" {
                let run = chars[(i + 1)...].prefix { $0.isASCIIDigit || $0 == "-" || $0 == "+" }.count
                let end = i + 1 + run
                if run > 0, end < chars.count, chars[end] == "^" {
                    chars.remove(at: end)
                    i = 0
                    continue
                }
            }
            i += 1
        }
        return String(chars)
    }

    /// Whether `s` is a power of ten written out: an optional signed mantissa of digits,
    /// points and commas, a times sign (×, x, X, *), "10", an optional caret and a signed
    /// exponent ("2×10^-3", "x10^4", "1.5*10-2").
    static func isPowerOfTen(_ s: String) -> Bool {
        var rest = droppingSign(Substring(s)).drop { $0.isASCIIDigit || $0 == "." || $0 == "," }
        guard let times = rest.first, "×xX*".contains(times) else { return false }
        rest.removeFirst()
        guard rest.hasPrefix("10") else { return false }
        rest.removeFirst(2)
        if rest.first == "^" { rest.removeFirst() }
        rest = droppingSign(rest)
        return !rest.isEmpty && rest.allSatisfy(\.isASCIIDigit)
    }

    /// Whether `s` is a decimal number: an optional sign, an integer part with or without
    /// thousands groups ("1,234,567"; the first group without a leading zero), an optional
    /// fraction after a point and an optional exponent ("1.5e-3"), every part optional.
    static func isDecimal(_ s: String) -> Bool {
        var rest = droppingSign(Substring(s))
        let integer = rest.prefix { $0.isASCIIDigit || $0 == "," }
        if integer.contains(",") {
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return false }
        }
        rest = rest.dropFirst(integer.count)
        if rest.first == "." {
            let fraction = rest.dropFirst().prefix(while: \.isASCIIDigit)
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(1 + fraction.count)
        }
        if let e = rest.first, e == "e" || e == "E" {
            rest = droppingSign(rest.dropFirst())
            let exponent = rest.prefix(while: \.isASCIIDigit)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }
}
