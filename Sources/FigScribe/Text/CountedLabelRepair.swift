/// Repairs misread characters in an axis of counted labels ("C1" … "C9", "w10" … "w90",
/// "s01" … "s26"): labels at evenly spaced ticks whose numbers step evenly with their
/// place. When most labels agree on one prefix, one suffix and one linear count (at least
/// three, and a quarter of the labels, read exactly so; three quarters read so or explained
/// by OCR's confusions; or two read exactly and all the others explained; or, on an axis of
/// three, two once letters OCR reads for digits are digits again and the third with letters
/// confused with its digits), a label that
/// differs from its expected text only where OCR confuses characters ("G2" for "C2", "Cs"
/// for "C8", "wid" for "w10", "R0G" for "R06"), or that lacks the prefix ("6" for "C6") or the
/// suffix ("00" for "00h"), is given the expected text. A digit read for another digit ("C5"
/// where the count says "C8") is left as read, the labels may truly break the count, unless
/// it is a 0 where the count repeats one: "62h" where "01h" … "07h" all read a 0 first and
/// no label reads a 6 there is 02h misread (a small 0 read as a 6): every label draws that
/// 0 alike. A label that reads another's text exactly where no label reads the count's
/// ("w1" where w4 belongs), a number out of order between two labels read as the count has
/// them ("16" between 9 and 11), or the count's text with one character read twice ("T003")
/// is the count's.
enum CountedLabelRepair {
    /// Characters OCR confuses on small labels, both ways (a slash for the slanting stroke
    /// of a 7 or a 1, drawn turned; an e, ð or ĝ for a monospace font's dotted 0).
    static let confusions: [Set<Character>] = [
        ["5", "8", "6", "3", "9", "0", "&", "B", "S", "s", "$", "g"], ["1", "7", "l", "I", "i", "|", "T", "t", "?", "/"],
        ["0", "O", "o", "D", "Q", "d", "Ω", "@", "e", "ð", "ø", "Ø", "θ", "ĝ"], ["2", "Z", "z", "?"], ["C", "G", "c", "("], ["4", "A", "a", "ł", "d"], ["9", "g", "q", "Q", "a", "d"],
        ["6", "é", "b", "G"],
    ]

    /// The labels, repaired; empty ones (ink OCR read nothing in) take no part.
    /// - Parameter positions: each label's centre along its axis.
    static func repair(_ labels: [String], positions: [Double]) -> [String] {
        guard labels.count == positions.count else { return labels }
        let read = labels.indices.filter { !labels[$0].isEmpty }
        var repaired = labels
        for (i, text) in zip(read, repairRead(read.map { labels[$0] }, positions: read.map { positions[$0] })) {
            repaired[i] = text
        }
        return repaired
    }

    private static func repairRead(_ labels: [String], positions: [Double]) -> [String] {
        guard labels.count >= 3, let places = places(of: positions) else { return labels }
        if labels.count == 3 { return threeLabelCount(labels, places: places) ?? labels }
        guard let pattern = commonPattern(labels, places: places) else { return labels }
        let exact = labels.indices.filter { labels[$0] == pattern.text(at: places[$0]) }
        let read = Set(labels)
        return labels.indices.map { i in
            let expected = pattern.text(at: places[i])
            // Another label's text where the count's is read nowhere: one misread digit
            // ("w1" between w3 and w5, where w1 opens the axis and no label reads w4).
            let repeated = !read.contains(expected) && labels[i].count == expected.count
                && exact.contains { places[$0] != places[i] && labels[$0] == labels[i] }
            return repeated || isOutOfOrder(i, labels: labels, places: places, exact: exact, pattern: pattern)
                || isDoubledGlyph(labels[i], of: expected)
                || isExplained(labels[i], by: expected, in: pattern, exact: exact.map { labels[$0] }) ? expected : labels[i]
        }
    }

    /// Each label's place along the axis in steps of the labels' typical spacing (the median
    /// gap), from the first; nil when labels share one position.
    static func places(of positions: [Double]) -> [Int]? {
        guard positions.count >= 2 else { return nil }
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        let gaps = zip(order, order.dropFirst()).map { positions[$1] - positions[$0] }.sorted()
        let spacing = gaps[gaps.count / 2]
        guard spacing > 0 else { return nil }
        return positions.map { Int((($0 - positions[order[0]]) / spacing).rounded()) }
    }

    /// Whether label `i` reads a number of the count's form that does not lie between the
    /// labels on either side of it, both read as the count has them ("16" between 9 and 11):
    /// in an axis that counts, a label out of order is misread.
    private static func isOutOfOrder(_ i: Int, labels: [String], places: [Int], exact: [Int], pattern: Pattern) -> Bool {
        let label = CountedLabel(labels[i])
        guard let n = label.number, label.prefix == pattern.prefix, label.suffix == pattern.suffix,
            labels[i].count == pattern.text(at: places[i]).count,
            let before = exact.first(where: { places[$0] == places[i] - 1 }),
            let after = exact.first(where: { places[$0] == places[i] + 1 }),
            let low = CountedLabel(labels[before]).number, let high = CountedLabel(labels[after]).number
        else { return false }
        return n <= min(low, high) || n >= max(low, high)
    }

    /// Whether `read` is `expected` with one of its characters read twice ("T003" for T03).
    static func isDoubledGlyph(_ read: String, of expected: String) -> Bool {
        let a = Array(read)
        guard a.count == expected.count + 1 else { return false }
        return (1..<a.count).contains { k in a[k] == a[k - 1] && String(a[..<k] + a[(k + 1)...]) == expected }
    }

    /// An axis of three labels: the count at least two of them follow exactly once the
    /// letters OCR reads for digits are digits again ("00h", "Olh", "02h"), the other read
    /// with letters OCR confuses with the count's digits there ("Oth" for 01h); too few
    /// labels to repair anything but digits by.
    private static func threeLabelCount(_ labels: [String], places: [Int]) -> [String]? {
        let restored = labels.map(digitsRestored)
        guard let pattern = votedPattern(restored.map(CountedLabel.init), labels: restored, places: places) else { return nil }
        let expected = places.map { pattern.text(at: $0) }
        let misread = labels.indices.filter { restored[$0] != expected[$0] }
        guard misread.count <= 1, expected != labels,
            misread.allSatisfy({ isDigitsMisread(Array(labels[$0]), as: Array(expected[$0])) })
        else { return nil }
        return expected
    }

    /// Whether `read` differs from `expected` only at digits of it, each read as a character
    /// OCR confuses with that digit.
    private static func isDigitsMisread(_ read: [Character], as expected: [Character]) -> Bool {
        read.count == expected.count && zip(read, expected).allSatisfy { x, y in
            x == y || (y.isASCIIDigit && confusions.contains { $0.contains(x) && $0.contains(y) })
        }
    }

    /// A label taken apart as prefix, number, suffix (nil number when it has none).
    struct CountedLabel {
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
    struct Pattern {
        let prefix: String, suffix: String, first: Int, step: Int, width: Int
        func text(at place: Int) -> String {
            let n = first + step * place
            let digits = String(abs(n))
            return prefix + (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits + suffix
        }
    }

    /// The count that explains the most labels, found in the labels as read or with the
    /// letters beside their numbers that OCR reads for digits made digits again ("TO1" for
    /// "T01", where "TO1" … "TO9" would otherwise count on their own and leave "T10" out);
    /// on a tie, the digits' ("O0h" … "O8h" are 00h … 08h: no count opens with an O).
    private static func commonPattern(_ labels: [String], places: [Int]) -> Pattern? {
        var best: (pattern: Pattern, explained: Int)?
        let restored = labels.map(digitsRestored)
        // Labels after one stem read wholly in digit look-alikes ("runl", "runs", "run?",
        // "rung", "runil" for run1 … run11) come first: they are taken only when they
        // explain more labels than the readings after them.
        let stemmed = stemDigitsRestored(labels).map { [$0] } ?? []
        for texts in stemmed + (restored == labels ? [labels] : [labels, restored]) {
            guard let pattern = votedPattern(texts.map(CountedLabel.init), labels: labels, places: places) else { continue }
            let explained = labels.indices.filter { i in
                let expected = pattern.text(at: places[i])
                return labels[i] == expected || isExplained(labels[i], by: expected, in: pattern)
            }.count
            if explained >= best?.explained ?? 0 { best = (pattern, explained) }
        }
        return best?.pattern
    }

    /// Letters (and the at sign, for a small 0 drawn turned; ð, ø, θ, ĝ for a slashed or dotted
    /// 0) OCR reads for the digits 0 and 1 that open no counted label (unlike Q1 … Q4 or D1 … D7).
    private static let digitLookalikes: [Character: Character] = [
        "O": "0", "o": "0", "Ω": "0", "@": "0", "ð": "0", "ø": "0", "Ø": "0", "θ": "0", "ĝ": "0", "l": "1", "I": "1", "|": "1",
    ]

    /// What OCR reads for digits in small monospace type, where a label's number may hold no
    /// digit read as one.
    private static let tailDigitLookalikes: [Character: Character] = [
        "l": "1", "I": "1", "|": "1", "i": "1", "!": "1", "o": "0", "O": "0", "s": "5", "S": "5", "$": "5",
        "?": "7", "g": "9", "q": "9", "z": "2", "Z": "2", "B": "8", "b": "6",
    ]

    /// The labels with what follows the letters all of them open with ("run") made digits,
    /// when every label goes on with digits and their look-alikes only, and some with a
    /// look-alike; nil otherwise.
    static func stemDigitsRestored(_ labels: [String]) -> [String]? {
        guard var stem = labels.first.map({ Substring($0.prefix { $0.isASCII && $0.isLetter }) }) else { return nil }
        for label in labels.dropFirst() {
            stem = stem.prefix(zip(stem, label).prefix { $0 == $1 }.count)
        }
        guard !stem.isEmpty else { return nil }
        let restored = labels.compactMap { label -> String? in
            let tail = label.dropFirst(stem.count)
            guard !tail.isEmpty, tail.allSatisfy({ $0.isASCIIDigit || tailDigitLookalikes[$0] != nil }) else { return nil }
            return String(stem) + String(tail.map { tailDigitLookalikes[$0] ?? $0 })
        }
        return restored.count == labels.count && restored != labels ? restored : nil
    }

    /// `label` with each digit look-alike that touches a digit or another look-alike made
    /// that digit ("TO1" → "T01", "Olh" → "01h", "Sll" → "S11").
    static func digitsRestored(_ label: String) -> String {
        let chars = Array(label)
        let isDigitLike = { (i: Int) in chars.indices.contains(i) && (chars[i].isASCIIDigit || digitLookalikes[chars[i]] != nil) }
        return String(chars.indices.map { i in
            guard let digit = digitLookalikes[chars[i]], isDigitLike(i - 1) || isDigitLike(i + 1) else { return chars[i] }
            return digit
        })
    }

    /// The most voted count among `parts` that the labels bear out.
    private static func votedPattern(_ parts: [CountedLabel], labels: [String], places: [Int]) -> Pattern? {
        candidates(parts, places: places).lazy.compactMap { borneOut($0, labels: labels, parts: parts, places: places) }.first
    }

    /// The counts pairs of labels of one prefix and suffix set, most voted first (ties by
    /// their key).
    static func candidates(_ parts: [CountedLabel], places: [Int]) -> [Pattern] {
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
        return votes.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map(\.value.pattern)
    }

    /// The count, zero-padded as the labels are, when enough labels follow it exactly and
    /// three quarters exactly or as misread (all of them when only two follow it exactly).
    private static func borneOut(_ count: Pattern, labels: [String], parts: [CountedLabel], places: [Int]) -> Pattern? {
        let agreeing = following(count, parts: parts, places: places)
        guard agreeing.count >= 2, 4 * agreeing.count >= parts.count else { return nil }
        let pattern = padded(count, as: agreeing.map { parts[$0] })
        let exact = agreeing.map { pattern.text(at: places[$0]) }
        let explained = labels.indices.filter { isExplained(labels[$0], by: pattern.text(at: places[$0]), in: pattern, exact: exact) }
        guard 4 * (agreeing.count + explained.count) >= 3 * labels.count else { return nil }
        // Two labels read exactly set a count only when every other label is it misread.
        guard agreeing.count >= 3 || agreeing.count + explained.count == labels.count else { return nil }
        return pattern
    }

    /// The labels whose prefix, suffix and number are `count`'s at their place.
    static func following(_ count: Pattern, parts: [CountedLabel], places: [Int]) -> [Int] {
        parts.indices.filter { i in
            parts[i].prefix == count.prefix && parts[i].suffix == count.suffix && parts[i].number == count.first + count.step * places[i]
        }
    }

    /// `count` zero-padded to the width most of `agreeing` (labels that follow it) show (a
    /// 0 read twice, "T003", is no wider padding).
    static func padded(_ count: Pattern, as agreeing: [CountedLabel]) -> Pattern {
        let padded: [Int] = agreeing.compactMap { part in
            part.digits.count > 1 && part.digits.first == "0" ? part.digits.count : nil
        }
        let width = Dictionary(grouping: padded) { $0 }.max { ($0.value.count, $0.key) < ($1.value.count, $1.key) }?.key ?? 0
        return Pattern(prefix: count.prefix, suffix: count.suffix, first: count.first, step: count.step, width: width)
    }

    /// Whether `read` is `expected` misread: it differs only where OCR confuses two
    /// characters (not two digits, unless where the count repeats one digit), it is
    /// `expected` without the pattern's prefix or suffix, or it is that with a speck read
    /// as a symbol after it ("runo6&").
    /// - Parameter exact: the labels read as the count has them.
    private static func isExplained(_ read: String, by expected: String, in pattern: Pattern, exact: [String] = []) -> Bool {
        guard read != expected else { return false }
        if let last = read.last, !last.isLetter, !last.isNumber, read.count == expected.count + 1,
            expected.last.map({ $0.isLetter || $0.isNumber }) ?? false {
            let kept = String(read.dropLast())
            return kept == expected || isExplained(kept, by: expected, in: pattern, exact: exact)
        }
        if !pattern.prefix.isEmpty, pattern.prefix + read == expected { return true }
        if !pattern.suffix.isEmpty, read + pattern.suffix == expected { return true }
        let a = Array(read), b = Array(expected)
        guard a.count == b.count else { return false }
        let shown = exact.map(Array.init).filter { $0.count == b.count }
        return b.indices.allSatisfy { k in
            let (x, y) = (a[k], b[k])
            if x == y { return true }
            if x.isASCIIDigit && y.isASCIIDigit { return isSlowDigit(y, readAs: x, at: k, among: shown) }
            return confusions.contains { $0.contains(x) && $0.contains(y) }
        }
    }

    /// Whether `digit` at index `k` is a slow 0 of the count misread as `other`: at least
    /// three labels read as the count has them show the 0 there and none shows `other` (the
    /// 0 of 01h … 07h, drawn alike in every label; no label of the count puts a 6 there).
    /// Only a 0: a small 0 reads as a 6, 8 or 9 where the labels beside it do not, but where
    /// most labels read a 6 and one a 0, the count may be the misreading ("61h" … "67h" for
    /// 01h … 07h), and other digits too few labels share are no evidence.
    private static func isSlowDigit(_ digit: Character, readAs other: Character, at k: Int, among exact: [[Character]]) -> Bool {
        digit == "0" && exact.filter { $0[k] == digit }.count >= 3 && !exact.contains { $0[k] == other }
    }
}
