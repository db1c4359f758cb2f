/// Colour-bar tick labels re-read through a look-alike of zero when, as read, they do not
/// lie on one scale. A monospace zero carries a dot or a slash inside; at small sizes OCR
/// reads it as 8 or 6, so "50", "60", "70" come out "58", "68", "78".
enum ZeroLookalikes {
    /// The digits a dotted or slashed zero is read as.
    static let readings: [Character] = ["8", "6"]

    /// Most label combinations tried for one look-alike.
    static let maximumCombinations = 4096

    /// The labels with some of one look-alike digit's places read as zeros (the same digit
    /// for every label: one font), so that all of them, three or more, lie on one scale
    /// where as read they do not; of several ways, the one with the fewest zeros put back.
    /// Nil when the labels fit as read, or no such reading fits.
    /// - Parameter positions: each label's place along the strip (0…1).
    static func respelled(_ labels: [String], positions: [Double]) -> [String]? {
        guard labels.count >= 3, labels.count == positions.count else { return nil }
        let values = labels.map { NumberParser.parse($0)?.value }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        if let fit = ScaleFit.fit(positions: positions, values: values.map { $0! }), fit.outliers.isEmpty { return nil }
        var best: (labels: [String], zeros: Int)?
        for digit in readings {
            let options = labels.map { spellings($0, zeroFor: digit) }
            let combinations = options.reduce(1) { $0 * $1.count }
            guard combinations > 1, combinations <= maximumCombinations else { continue }
            for index in 0..<combinations {
                var rest = index, chosen: [String] = [], zeros = 0
                for option in options {
                    let pick = option[rest % option.count]
                    rest /= option.count
                    chosen.append(pick.text)
                    zeros += pick.zeros
                }
                guard zeros > 0, zeros < best?.zeros ?? Int.max else { continue }
                let read = chosen.compactMap { NumberParser.parse($0)?.value }
                guard read.count == chosen.count,
                    let fit = ScaleFit.fit(positions: positions, values: read), fit.outliers.isEmpty
                else { continue }
                best = (chosen, zeros)
            }
        }
        return best?.labels
    }

    /// Every spelling of `label` with any of the places of `digit` read as 0, with how many.
    private static func spellings(_ label: String, zeroFor digit: Character) -> [(text: String, zeros: Int)] {
        let characters = Array(label)
        let places = characters.indices.filter { characters[$0] == digit }
        guard places.count <= 4 else { return [(label, 0)] }
        return (0..<(1 << places.count)).map { mask in
            var spelled = characters
            var zeros = 0
            for (bit, place) in places.enumerated() where mask & (1 << bit) != 0 {
                spelled[place] = "0"
                zeros += 1
            }
            return (String(spelled), zeros)
        }
    }
}
