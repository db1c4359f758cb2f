/// Tick labels that corroborate one another: one name numbered in order along the axis
/// ("S-01", "S-03", … or "ctrl_1", "ctrl_2", …), or numbers that all lie on one linear scale.
///
/// Tesseract is seldom sure of such short labels, yet when an axis's first readings follow
/// one pattern, each of them is confirmed by the others far better than by a second, larger
/// reading of its own.
enum TickAgreement {
    /// The fewest labels that must share a pattern for it to confirm them.
    static let fewestAgreeing = 3

    /// Which readings agree with the axis's pattern.
    /// - Parameters:
    ///   - readings: the axis's tick labels in order along the axis.
    ///   - positions: each label's centre along the axis.
    /// - Returns: all true when every reading is a number and all lie on one linear scale
    ///   (``NumericTickLine``), at least ``fewestAgreeing`` of them. Otherwise, for each
    ///   reading, whether it holds an ASCII letter and a digit, spells the pattern (digits
    ///   aside) shared by more than half of the readings and by at least ``fewestAgreeing``,
    ///   and its numbers run strictly up or down the axis with the other readings of that
    ///   pattern. All false when neither holds.
    static func agreeing(_ readings: [String], positions: [Double]) -> [Bool] {
        let values = readings.map(FigureTextReader.tickValue)
        if readings.count >= fewestAgreeing, !values.contains(nil),
           NumericTickLine(values: values, positions: positions) != nil {
            return readings.map { _ in true }
        }
        let patterns = readings.map(pattern(of:))
        var counts: [String: Int] = [:]
        for case let p? in patterns { counts[p, default: 0] += 1 }
        guard let (common, count) = counts.max(by: { $0.value < $1.value }),
              count >= fewestAgreeing, 2 * count > readings.count
        else { return readings.map { _ in false } }
        let members = readings.indices.filter { patterns[$0] == common }
        guard runsInOrder(members.map { numbers(in: readings[$0]) }) else { return readings.map { _ in false } }
        return readings.indices.map { patterns[$0] == common }
    }

    /// The reading with each run of ASCII digits replaced by "#", when it holds an ASCII
    /// letter and a digit; nil otherwise.
    static func pattern(of reading: String) -> String? {
        guard reading.contains(where: { $0.isASCII && $0.isLetter }),
              reading.contains(where: \.isASCIIDigit) else { return nil }
        var result = ""
        var inDigits = false
        for c in reading {
            let isDigit = c.isASCIIDigit
            if isDigit, !inDigits { result.append("#") }
            if !isDigit { result.append(c) }
            inDigits = isDigit
        }
        return result
    }

    /// The values of a reading's runs of ASCII digits, in order.
    static func numbers(in reading: String) -> [Int] {
        reading.split(whereSeparator: { !$0.isASCIIDigit }).compactMap { Int($0) }
    }

    /// Whether the number lists, compared in order (the first number that differs decides),
    /// rise strictly from each to the next, or fall strictly.
    static func runsInOrder(_ numbers: [[Int]]) -> Bool {
        let steps = zip(numbers, numbers.dropFirst()).map { a, b -> Int in
            a.lexicographicallyPrecedes(b) ? 1 : (b.lexicographicallyPrecedes(a) ? -1 : 0)
        }
        return steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == -1 }
    }
}
