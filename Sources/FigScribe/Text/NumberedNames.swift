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

    /// The letters before a reading's number, when the reading is letters then digits.
    static func stem(of reading: String) -> Substring? {
        let isLetter = { (c: Character) in c.isASCII && c.isLetter }
        guard let split = reading.firstIndex(where: { !isLetter($0) }), split > reading.startIndex,
            reading[split...].allSatisfy(\.isASCIIDigit)
        else { return nil }
        return reading[..<split]
    }

    /// Which of two directions' readings of the same lines holds more of one numbered name,
    /// when one holds two or more: `true` for the first, `false` for the second, nil when
    /// neither or both alike.
    static func favoursFirst(_ first: [String], over second: [String]) -> Bool? {
        let a = sharedStemCount(first), b = sharedStemCount(second)
        guard max(a, b) >= 2, a != b else { return nil }
        return a > b
    }

    /// Which of two directions' readings of the same lines are all numbers of as many
    /// digits ("2001", "2005", "2009"), when only one's are: read upside down, years lose
    /// digits and take letters ("L00¢", "00", "600"). Nil when both or neither.
    static func favoursFirstAsNumbers(_ first: [String], over second: [String]) -> Bool? {
        let isEvenNumbers = { (readings: [String]) in
            readings.count >= 2 && readings.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
                && Set(readings.map(\.count)).count == 1
        }
        let a = isEvenNumbers(first), b = isEvenNumbers(second)
        return a == b ? nil : a
    }
}
