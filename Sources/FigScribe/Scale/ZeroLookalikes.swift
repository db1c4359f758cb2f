/// Colour-bar tick labels re-read through a look-alike of zero when, as read, they do not
/// lie on one scale. A monospace zero carries a dot or a slash inside; at small sizes OCR
/// reads it as 8, 6 or 9, so "50", "60", "70" come out "58", "68", "78".
enum ZeroLookalikes {
    /// The digits a dotted or slashed zero is read as.
    static let readings: [Character] = ["8", "6", "9"]

    /// Most label combinations tried for one look-alike.
    static let maximumCombinations = 4096

    /// The labels with some of one look-alike digit's places read as zeros (the same digit
    /// for every label: one font), so that all of them, three or more, lie on one scale
    /// where as read they do not; of several ways, the one that puts the most of them closely
    /// on it, then the one with the fewest zeros put back.
    /// Of five labels or more one may stay off the scale (its minus sign lost: "6.25" for
    /// "−0.25"), when fewer do than as read. Nil when the labels fit as read, or no such
    /// reading fits.
    /// - Parameter positions: each label's place along the strip (0…1).
    static func respelled(_ labels: [String], positions: [Double]) -> [String]? {
        guard labels.count >= 3, labels.count == positions.count else { return nil }
        let values = labels.map { NumberParser.parse($0)?.value }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let offAsRead = ScaleFit.fit(positions: positions, values: values.map { $0! })?.outliers.count ?? labels.count
        guard offAsRead > 0 else { return nil }
        let offAllowed = min(labels.count >= 5 ? 1 : 0, offAsRead - 1)
        var best: (labels: [String], off: Int, loose: Int, zeros: Int)?
        // One look-alike digit for every label first (one font); failing that, either
        // look-alike at each place: OCR reads the same dotted zero as 8 in one label and 6 in
        // the next ("8.002", "6.001" for gnuplot's monospace "0.002", "0.001").
        for digits in readings.map({ [$0] }) + [readings] {
            if digits.count > 1, best?.off == 0, best?.loose == 0 { break }
            let options = labels.map { spellings($0, zeroFor: digits) }
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
                guard zeros > 0 else { continue }
                if let best, best.off == 0, best.loose == 0, zeros >= best.zeros { continue }
                let read = chosen.compactMap { NumberParser.parse($0)?.value }
                guard read.count == chosen.count,
                    let fit = ScaleFit.fit(positions: positions, values: read), fit.outliers.count <= offAllowed
                else { continue }
                let loose = looseLabels(read, positions: positions, fit: fit)
                guard (fit.outliers.count, loose, zeros) < (best?.off ?? Int.max, best?.loose ?? Int.max, best?.zeros ?? Int.max)
                else { continue }
                best = (chosen, fit.outliers.count, loose, zeros)
            }
        }
        return best?.labels
    }

    /// How many labels a linear scale takes as on it though they lie off it by more than a
    /// hundredth of its span ("0.06" among 0.25-steps, for a zero read "6.06"): a reading
    /// that puts them on it is the better one.
    private static func looseLabels(_ values: [Double], positions: [Double], fit: ScaleFit) -> Int {
        guard fit.kind == .linear else { return 0 }
        let span = abs(fit.value(at: 1) - fit.value(at: 0))
        return values.indices.filter { i in
            !fit.outliers.contains(i) && abs(fit.value(at: positions[i]) - values[i]) > 0.01 * span
        }.count
    }

    /// Every spelling of `label` with any of the places of `digits` read as 0, with how
    /// many. A zero OCR split into two look-alikes ("68.05" for "0.05") leaves a leading
    /// zero before another digit, which no scale prints: it is dropped ("00.05" → "0.05").
    private static func spellings(_ label: String, zeroFor digits: [Character]) -> [(text: String, zeros: Int)] {
        let characters = Array(label)
        let places = characters.indices.filter { digits.contains(characters[$0]) }
        guard places.count <= 4 else { return [(label, 0)] }
        return (0..<(1 << places.count)).map { mask in
            var spelled = characters
            var zeros = 0
            for (bit, place) in places.enumerated() where mask & (1 << bit) != 0 {
                spelled[place] = "0"
                zeros += 1
            }
            return (zeros > 0 ? droppingRedundantZeros(String(spelled)) : String(spelled), zeros)
        }
    }

    /// "00.05" → "0.05", "-005" → "-5": zeros that open a number's whole part before another digit.
    static func droppingRedundantZeros(_ text: String) -> String {
        var chars = Array(text)
        let start = chars.first.map { "-−+".contains($0) } == true ? 1 : 0
        while chars.count > start + 1, chars[start] == "0", chars[start + 1].isASCIIDigit {
            chars.remove(at: start)
        }
        return String(chars)
    }
}
