/// Makes the tick labels of one axis agree with each other, undoing the confusions OCR
/// makes on small labels: `l`/`1`, `o`/`0`, `S`/`5`, `,`/`.`, and a dash for a minus sign.
///
/// Labels of an axis usually share one shape ("ch0" … "ch15", "1e-04" … "9e-04",
/// "0.05" … "0.30"), or a few ("ctrl_1", "KO_1", "ctrl_2" …). When most labels have such
/// shapes, a label that does not is re-spelled with the fewest look-alike substitutions
/// that give it one of them; a label no substitution fits is left as read.
enum TickLabelRepair {
    /// Characters OCR reads in place of others: read → what it may stand for.
    static let lookalikes: [Character: [Character]] = [
        "l": ["1"], "I": ["1"], "|": ["1"], "i": ["1", "l"], "!": ["1"], "1": ["l", "I"],
        "o": ["0"], "O": ["0"], "0": ["O", "o"],
        "s": ["5", "S"], "S": ["5", "s"], "$": ["S", "5"], "5": ["S", "s"],
        "z": ["2"], "Z": ["2"], "B": ["8"], "T": ["7"], "t": ["1"], "n": ["h"], "h": ["n"],
        "c": ["C"], "C": ["c"], "¢": ["c", "C"], "e": ["c"],
        ",": ["."], ".": [","],
    ]
    /// At most this many characters of one label are re-spelled.
    static let maximumSubstitutions = 2

    /// The labels of one axis, repaired.
    static func repair(_ labels: [String]) -> [String] {
        var labels = withoutStrayMark(withoutMarkEnds(labels)).map(minusSigned)
        // An axis of numbers: every label that is not one but can be respelled as one is.
        let numeric = labels.map { isNumber($0) ? $0 : respelled($0, digitsOnly: true, where: isNumber) }
        if 4 * numeric.compactMap({ $0 }).count >= 3 * labels.count, labels.count >= 3, !sharePrefix(labels) {
            labels = zip(labels, numeric).map { $1 ?? $0 }
        }
        return shapeConsistent(capitalised(labels)).map(capitalsAndDigitsRead)
    }

    /// Whether the labels are counted under one letter ("S01" … "S09"), not numbers with a
    /// misread digit: they all open with one letter, or half of them or more are that letter
    /// and digits (OCR lost it from the others: "s01", "s02", "0", "s04").
    static func sharePrefix(_ labels: [String]) -> Bool {
        let opening = labels.first?.first
        if opening?.isLetter == true, labels.allSatisfy({ $0.first == opening }) { return true }
        var counts: [Character: Int] = [:]
        for label in labels {
            guard let first = label.first, first.isASCII, first.isLetter, label.count >= 2,
                label.dropFirst().allSatisfy(\.isASCIIDigit) else { continue }
            counts[first, default: 0] += 1
        }
        return counts.values.contains { 2 * $0 >= labels.count }
    }

    /// `label` read again as a word of capitals and digits ("N0TCH1", "STKi1", "AT™" for
    /// gene names NOTCH1, STK11, ATM): each 0 between two capitals is an O (no number stands
    /// inside a word of capitals), and in a label whose other letters are two or more
    /// capitals, a small i or l inside it between a digit and a capital or digit is a 1 (at
    /// its end it may be a speck) and a trademark sign is an M.
    static func capitalsAndDigitsRead(_ label: String) -> String {
        var chars = Array(label)
        for i in chars.indices.dropFirst().dropLast() where chars[i] == "0" {
            if chars[i - 1].isUppercase && chars[i + 1].isUppercase { chars[i] = "O" }
        }
        let odd: Set<Character> = ["i", "l", "™"]
        let letters = chars.filter(\.isLetter)
        guard letters.filter(\.isUppercase).count >= 2, letters.allSatisfy({ $0.isUppercase || odd.contains($0) }) else {
            return String(chars)
        }
        for i in chars.indices {
            if chars[i] == "™" {
                chars[i] = "M"
            } else if chars[i] == "i" || chars[i] == "l", i > 0, i + 1 < chars.count,
                [chars[i - 1], chars[i + 1]].allSatisfy({ $0.isUppercase || $0.isASCIIDigit }),
                chars[i - 1].isASCIIDigit || chars[i + 1].isASCIIDigit {
                chars[i] = "1"
            }
        }
        return String(chars)
    }

    /// The labels, each re-spelled to a shape many of them share where look-alike
    /// substitutions reach it.
    static func shapeConsistent(_ labels: [String]) -> [String] {
        let shapes = commonShapes(of: labels)
        guard !shapes.isEmpty else { return labels }
        return labels.map { label in
            if shapes.contains(shape(of: label)) { return label }
            return shapes.lazy.compactMap { s in respelled(label, where: { Self.shape(of: $0) == s }) }.first ?? label
        }
    }

    private static func isNumber(_ label: String) -> Bool { NumberParser.parse(label) != nil }

    /// Lowercase letters whose capital differs only in size ("jan" for "Jan").
    static let sizeOnlyCapitals = Set("cjkopsuvwxz")

    /// When three quarters of the labels (and three or more) start with a capital, a label
    /// starting with a letter whose capital looks the same but bigger gets the capital.
    static func capitalised(_ labels: [String]) -> [String] {
        let capitals = labels.filter { $0.first?.isUppercase ?? false }.count
        guard capitals >= 3, 4 * capitals >= 3 * labels.count else { return labels }
        return labels.map { label in
            guard let first = label.first, sizeOnlyCapitals.contains(first) else { return label }
            return first.uppercased() + label.dropFirst()
        }
    }

    /// The dashes OCR reads for a minus sign or a tick mark.
    static let dashes: Set<Character> = ["-", "–", "—", "‐", "−"]

    /// The labels of an axis (three or more), a dash set apart after the text of one of
    /// them dropped when no other ends in a dash: a tick mark beside the label read with it
    /// ("Sat -").
    static func withoutStrayMark(_ labels: [String]) -> [String] {
        let dashed = labels.indices.filter { labels[$0].last.map(dashes.contains) ?? false }
        guard labels.count >= 3, dashed.count == 1 else { return labels }
        var body = Substring(labels[dashed[0]])
        while let c = body.last, dashes.contains(c) { body.removeLast() }
        guard body.last?.isWhitespace == true else { return labels }
        while let c = body.last, c.isWhitespace { body.removeLast() }
        guard !body.isEmpty else { return labels }
        var result = labels
        result[dashed[0]] = String(body)
        return result
    }

    /// The labels of an axis (three or more) without the underscores that end some of them
    /// when no label has one elsewhere: a tick mark hard by a turned label, read with it
    /// ("3_", "13_" beside "1", "7").
    static func withoutMarkEnds(_ labels: [String]) -> [String] {
        let trimmed = labels.map { label in
            var body = Substring(label)
            while body.count >= 2, body.last == "_" { body.removeLast() }
            return String(body)
        }
        guard labels.count >= 3, trimmed != labels, !trimmed.contains(where: { $0.contains("_") }) else { return labels }
        return trimmed.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A leading dash (or several) before a number is a minus sign, written U+2212.
    static func minusSigned(_ label: String) -> String {
        let body = label.drop { dashes.contains($0) }
        guard body.count < label.count, let first = body.first, first.isNumber || first == "." || first == "π"
        else { return label }
        return "−" + body
    }

    /// A label that is no number as read but is one with its leading dashes read as one
    /// minus sign ("-—40": a minus read as two dashes), so spelled; any other as read.
    static func numberSigned(_ label: String) -> String {
        NumberParser.parse(label) == nil ? minusSigned(label) : label
    }

    /// A label's shape: runs of digits collapsed to `#`, a leading minus sign dropped.
    static func shape(of label: String) -> String {
        var out = ""
        for c in label.drop(while: { $0 == "−" }) {
            if c.isASCIIDigit {
                if out.last != "#" { out.append("#") }
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The shapes with digits that three or more labels (two of an axis of three, for a
    /// numbered name: "B#"), and a quarter of them, share, most shared first, when together
    /// at least half the labels have them (one axis may interleave two series: "ctrl_1",
    /// "KO_1", "ctrl_2" …); a shape look-alikes respell into a more common one is left out.
    static func commonShapes(of labels: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for l in labels where !l.isEmpty { counts[shape(of: l), default: 0] += 1 }
        let least = { (shape: String) in labels.count == 3 && shape.first?.isLetter == true ? 2 : 3 }
        let frequent = counts.filter { $0.key.contains("#") && $0.value >= least($0.key) && 4 * $0.value >= labels.count }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        // A shape that is a more common one misread ("#,#" beside "#.#") is no shape of its own.
        var common: [(key: String, value: Int)] = []
        for shape in frequent where !common.contains(where: { c in respelled(shape.key, where: { $0 == c.key }) != nil }) {
            common.append(shape)
        }
        guard 2 * common.reduce(0, { $0 + $1.value }) >= labels.count else { return [] }
        return common.map(\.key)
    }

    /// The label with the fewest look-alike substitutions that satisfies `accept`, if any.
    /// - Parameter digitsOnly: only substitutions that give a digit or a decimal point.
    static func respelled(_ label: String, digitsOnly: Bool = false, where accept: (String) -> Bool) -> String? {
        let chars = Array(label)
        guard chars.count <= 16 else { return nil }
        let options = chars.map { c in
            (lookalikes[c] ?? []).filter { !digitsOnly || $0.isNumber || $0 == "." }
        }
        let positions = chars.indices.filter { !options[$0].isEmpty }
        for k in 1...maximumSubstitutions {
            if let found = substitute(chars, options: options, positions: positions[...], remaining: k, accept: accept) {
                return found
            }
        }
        return nil
    }

    private static func substitute(
        _ chars: [Character], options: [[Character]], positions: ArraySlice<Int>, remaining: Int,
        accept: (String) -> Bool
    ) -> String? {
        if remaining == 0 {
            let s = String(chars)
            return accept(s) ? s : nil
        }
        for (n, p) in positions.enumerated() {
            for replacement in options[p] {
                var next = chars
                next[p] = replacement
                let rest = positions.dropFirst(n + 1)
                if let found = substitute(next, options: options, positions: rest, remaining: remaining - 1, accept: accept) {
                    return found
                }
            }
        }
        return nil
    }
}
