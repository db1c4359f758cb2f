/// The numbers an annotated heatmap prints in its cells share one format: as many decimal
/// places in every cell. A reading with another count is doubtful ("1.41" for "1.4 t",
/// whose unit was read as a digit; "53.5" for "5.5").
enum PrintedFormat {
    /// Decimal places of the number `text` prints, nil when it prints none.
    static func places(_ text: String) -> Int? {
        let number = PrintedNumbers.numericPart(of: text)
        guard NumberParser.parse(number) != nil else { return nil }
        guard let point = number.firstIndex(of: ".") else { return 0 }
        return number[number.index(after: point)...].prefix(while: \.isNumber).count
    }

    /// The decimal places at least three quarters of the readings share, when three or
    /// more read as numbers; nil otherwise.
    static func common(_ texts: [String]) -> Int? {
        let counts = Dictionary(grouping: texts.compactMap(places), by: { $0 }).mapValues(\.count)
        let numbers = counts.values.reduce(0, +)
        guard numbers >= 3, let top = counts.max(by: { $0.value < $1.value }), 4 * top.value >= 3 * numbers else { return nil }
        return top.key
    }
}
