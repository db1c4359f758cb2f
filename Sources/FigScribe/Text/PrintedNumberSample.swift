/// Whether ink inside the cells is printed numbers, judged by how its first lines read.
///
/// Dashed grid lines, hatching or marks drawn over the cells pass for text in the layout
/// (short strokes inside cells) but read as dashes, nothing or a stray digit: on the four
/// corpora no more than a tenth of such lines read as a number, and at least 96 % of every
/// annotated figure's did. Reading all of them had cost up to 5,600 recognitions a figure;
/// the sample is small because each such line costs four (a grid line's dashes across a
/// wide cell make a wide image): six decide every figure of the corpora as twelve do.
enum PrintedNumberSample {
    /// How many lines (in reading order) are read before judging.
    static let size = 6

    /// Reads `count` lines in order, judging after the first `size` (or all, if fewer).
    /// - Parameters:
    ///   - text: a reading's text.
    ///   - reading: reads line `k`.
    /// - Returns: every line's reading, or none when the first lines do not read as numbers
    ///   (the lines after them are then not read).
    static func read<Reading>(
        _ count: Int, text: (Reading) -> String, reading: (Int) throws -> Reading
    ) rethrows -> [Reading] {
        var readings: [Reading] = []
        for k in 0..<count {
            if k == size, !readAsNumbers(readings.map(text)) { return [] }
            readings.append(try reading(k))
        }
        // Past `size` lines the first ones were judged in the loop.
        return count > size || readAsNumbers(readings.map(text)) ? readings : []
    }

    /// Whether `texts` are readings of printed numbers: at least half read as a number.
    static func readAsNumbers(_ texts: [String]) -> Bool {
        let numbers = texts.filter { NumberParser.parse(PrintedNumbers.numericPart(of: $0)) != nil }.count
        return 2 * numbers >= texts.count
    }
}
