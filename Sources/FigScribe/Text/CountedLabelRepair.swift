/// Repairs a misread character in an axis of counted labels ("C1" … "C9", "w10" … "w90",
/// "s01" … "s26"): labels at evenly spaced ticks whose numbers step evenly with their
/// place. When most labels (three quarters, and at least four) agree on one prefix, one
/// suffix and one linear count, a label that differs from its expected text in a single
/// character that breaks its shape, where OCR confuses the two ("G2" for "C2", "R&" for
/// "R8"), is given the expected text. A digit read for another digit ("C5" where the count
/// says "C8") is left as read: the labels may truly break the count.
enum CountedLabelRepair {
    /// Characters OCR confuses on small labels, both ways.
    static let confusions: [Set<Character>] = [
        ["5", "8", "6", "3", "9", "0", "&", "B", "S", "$"], ["1", "7", "l", "I", "i", "|", "T"],
        ["0", "O", "o", "D", "Q"], ["2", "Z", "z"], ["C", "G", "c", "("], ["4", "A"],
    ]

    /// The labels, repaired. - Parameter positions: each label's centre along its axis.
    static func repair(_ labels: [String], positions: [Double]) -> [String] {
        guard labels.count >= 4, labels.count == positions.count else { return labels }
        let parts = labels.map(CountedLabel.init)
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        let gaps = zip(order, order.dropFirst()).map { positions[$1] - positions[$0] }.sorted()
        let spacing = gaps[gaps.count / 2]
        guard spacing > 0 else { return labels }
        let places = positions.map { Int((($0 - positions[order[0]]) / spacing).rounded()) }
        guard let pattern = commonPattern(parts, places: places) else { return labels }
        return labels.indices.map { i in
            let expected = pattern.text(at: places[i])
            return differsByOneConfusion(labels[i], expected) ? expected : labels[i]
        }
    }

    /// A label taken apart as prefix, number, suffix (nil number when it has none).
    private struct CountedLabel {
        var prefix = "", digits = "", suffix = ""
        init(_ label: String) {
            guard let start = label.firstIndex(where: \.isASCIIDigit) else { return }
            let end = label[start...].firstIndex { !$0.isASCIIDigit } ?? label.endIndex
            (prefix, digits, suffix) = (String(label[..<start]), String(label[start..<end]), String(label[end...]))
        }
        var number: Int? { digits.isEmpty || digits.count > 9 ? nil : Int(digits) }
    }

    /// The count most labels follow: text at place p is prefix + (first + step·p) + suffix,
    /// zero-padded to `width` when the labels are.
    private struct Pattern {
        let prefix: String, suffix: String, first: Int, step: Int, width: Int
        func text(at place: Int) -> String {
            let n = first + step * place
            let digits = String(abs(n))
            return prefix + (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits + suffix
        }
    }

    private static func commonPattern(_ parts: [CountedLabel], places: [Int]) -> Pattern? {
        var votes: [String: (pattern: Pattern, count: Int)] = [:]
        let counted = parts.indices.filter { parts[$0].number != nil }
        for a in counted {
            for b in counted where places[b] > places[a] && parts[b].prefix == parts[a].prefix && parts[b].suffix == parts[a].suffix {
                let dn = parts[b].number! - parts[a].number!, dp = places[b] - places[a]
                guard dn != 0, dn % dp == 0 else { continue }
                let step = dn / dp
                let pattern = Pattern(prefix: parts[a].prefix, suffix: parts[a].suffix,
                                      first: parts[a].number! - step * places[a], step: step, width: 0)
                let key = "\(pattern.prefix)|\(pattern.suffix)|\(pattern.first)|\(step)"
                votes[key, default: (pattern, 0)].count += 1
            }
        }
        guard let best = votes.values.max(by: { $0.count < $1.count })?.pattern else { return nil }
        let agreeing = parts.indices.filter { i in
            parts[i].prefix == best.prefix && parts[i].suffix == best.suffix && parts[i].number == best.first + best.step * places[i]
        }
        guard agreeing.count >= 4, 4 * agreeing.count >= 3 * parts.count else { return nil }
        // Zero-padded counts ("s01") keep their width.
        let padded: [Int] = agreeing.compactMap { i in
            let digits = parts[i].digits
            return digits.count > 1 && digits.first == "0" ? digits.count : nil
        }
        let width = padded.max() ?? 0
        return Pattern(prefix: best.prefix, suffix: best.suffix, first: best.first, step: best.step, width: width)
    }

    /// Whether `read` and `expected` have the same length and differ in exactly one place,
    /// by two characters OCR confuses.
    static func differsByOneConfusion(_ read: String, _ expected: String) -> Bool {
        let a = Array(read), b = Array(expected)
        guard a.count == b.count else { return false }
        let diffs = zip(a, b).filter { $0 != $1 }
        guard diffs.count == 1, let (x, y) = diffs.first, !(x.isASCIIDigit && y.isASCIIDigit) else { return false }
        return confusions.contains { $0.contains(x) && $0.contains(y) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
