/// Labels that are one name numbered ("S1", "S2", "gene7"): the usual names of a data set's
/// unnamed rows and columns.
///
/// Read upside down, such a label loses the shape: its digits come first and read as letters
/// or symbols ("S6" as "9S", "S5" as "ss"), so how many of a role's readings share a numbered
/// name tells a direction the confidences leave open.
enum NumberedNames {
    /// The most readings that are one stem of ASCII letters followed by ASCII digits, for the
    /// same stem.
    static func sharedStemCount(_ readings: [String]) -> Int {
        commonStem(readings)?.count ?? 0
    }

    /// The stem most readings are numbered names of, and how many are; nil when none is.
    /// (Of stems as common, any one.)
    static func commonStem(_ readings: [String]) -> (stem: Substring, count: Int)? {
        var counts: [Substring: Int] = [:]
        for case let stem? in readings.map(stem(of:)) { counts[stem, default: 0] += 1 }
        return counts.max { $0.value < $1.value }.map { ($0.key, $0.value) }
    }

    /// The letters before a reading's number, when the reading is letters then digits. The
    /// number may hold letters OCR reads for digits in small type (l, I, | for 1; O, o for
    /// 0) when it holds a digit too or is one character ("Sl" for "S1"), and a "$" opening
    /// the stem is an S ("$16").
    static func stem(of reading: String) -> Substring? {
        let reading = reading.first == "$" ? "S" + reading.dropFirst() : reading
        guard reading.count >= 2 else { return nil }
        let isLetter = { (c: Character) in c.isASCII && c.isLetter }
        var split = reading.endIndex
        while split > reading.index(after: reading.startIndex), case let c = reading[reading.index(before: split)],
            c.isASCIIDigit || digitLookalikes.contains(c) {
            split = reading.index(before: split)
        }
        let number = reading[split...]
        guard !number.isEmpty, number.count == 1 || number.contains(where: \.isASCIIDigit),
            reading[..<split].allSatisfy(isLetter)
        else { return nil }
        return Substring(reading[..<split])
    }

    /// Letters OCR reads for digits in small type.
    static let digitLookalikes: Set<Character> = ["l", "I", "|", "O", "o"]

    /// Which of two directions' readings of the same lines holds more of one numbered name,
    /// when one holds two or more: `true` for the first, `false` for the second, nil when
    /// neither or both alike.
    static func favoursFirst(_ first: [String], over second: [String]) -> Bool? {
        let a = sharedStemCount(first), b = sharedStemCount(second)
        guard max(a, b) >= 2, a != b else { return nil }
        return a > b
    }

    /// Which of two directions' readings of the same lines are all numbers of as many
    /// digits on one linear scale along the lines' `positions` ("2001", "2005", "2009"), when
    /// only one's are: read upside down, years lose digits and take letters ("L00¢", "00",
    /// "600"), and labels such as "00h" … "07h" read as numbers that do not step evenly
    /// ("400", "470", "420"). Nil when both or neither.
    static func favoursFirstAsNumbers(_ first: [String], over second: [String], positions: [Double]) -> Bool? {
        let isEvenNumbers = { (readings: [String]) in
            guard readings.count >= 2, readings.count == positions.count,
                readings.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), Set(readings.map(\.count)).count == 1
            else { return false }
            return isLinear(readings.compactMap { Double($0) }, positions: positions)
        }
        let a = isEvenNumbers(first), b = isEvenNumbers(second)
        return a == b ? nil : a
    }

    /// Whether `values` change with `positions` along one line through the first and the
    /// last (within 2% of their difference), and do change.
    private static func isLinear(_ values: [Double], positions: [Double]) -> Bool {
        guard values.count == positions.count, let v0 = values.first, let v1 = values.last,
            let p0 = positions.first, let p1 = positions.last, v1 != v0, p1 != p0
        else { return false }
        let slope = (v1 - v0) / (p1 - p0)
        return zip(values, positions).allSatisfy { abs(v0 + slope * ($1 - p0) - $0) <= 0.02 * abs(v1 - v0) }
    }
}
