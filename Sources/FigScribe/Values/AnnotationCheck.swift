/// Compares the numbers printed in cells with the values read from their colours.
///
/// A printed number is rounded to its own decimals; the colour reading is good to a small
/// share of the scale. A cell whose two readings differ by more than both allow together,
/// however the printed number is taken (OCR drops points and minus signs), gets a warning;
/// the colour reading stays the value.
enum AnnotationCheck {
    /// The share of the colour scale's range a colour reading may be off by.
    static let colourTolerance = 0.03

    /// Warnings for cells whose printed number disagrees with their colour reading.
    /// - Parameters:
    ///   - annotations: the numbers read in the grid, with their lines.
    ///   - values: the colour readings, `[row][column]`.
    ///   - box: the grid box; `range`: the colour scale's span (max − min).
    static func warnings(
        _ annotations: [FigureText.Annotation], values: [[Double?]], box: HeatmapFigure.Box, range: Double
    ) -> [String] {
        let rows = values.count, columns = values.first?.count ?? 0
        guard rows > 0, columns > 0, range > 0 else { return [] }
        var out: [String] = []
        var unread = 0
        for a in annotations {
            let r = Int((a.line.box.midY - box.y) / (box.height / Double(rows)))
            let c = Int((a.line.box.midX - box.x) / (box.width / Double(columns)))
            guard (0..<rows).contains(r), (0..<columns).contains(c) else { continue }
            let readings = plausibleReadings(of: a.text)
            guard !readings.isEmpty else { unread += 1; continue }
            guard let colour = values[r][c] else { continue }
            let allowed = colourTolerance * range
            if !readings.contains(where: { abs($0.value - colour) <= allowed + $0.halfUnit }) {
                out.append("cell [\(r)][\(c)] shows \"\(a.text)\" but its colour reads \(colour)")
            }
        }
        if unread > 0 { out.append("\(unread) number(s) printed in cells could not be read") }
        return out
    }

    /// What a printed number may say, given the slips OCR makes on small digits: a comma
    /// for the point, a dropped point, a dropped minus sign. Each with half a unit of its
    /// last decimal place.
    static func plausibleReadings(of text: String) -> [(value: Double, halfUnit: Double)] {
        var spellings = [text, text.replacingOccurrences(of: ",", with: ".")]
        let digits = Array(text.drop { "−-–—".contains($0) })
        if digits.count >= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let sign = String(text.prefix(text.count - digits.count))
            for i in 1..<digits.count { spellings.append(sign + String(digits[..<i]) + "." + String(digits[i...])) }
        }
        var readings: [(value: Double, halfUnit: Double)] = []
        for spelling in spellings {
            guard let n = NumberParser.parse(spelling) else { continue }
            readings.append((n.value, halfUnit(of: spelling)))
            readings.append((-n.value, halfUnit(of: spelling)))
        }
        return readings
    }

    /// Half a unit of the last decimal place written ("0.42" → 0.005, "17" → 0.5).
    static func halfUnit(of text: String) -> Double {
        let digits = text.split(separator: ".", maxSplits: 1).dropFirst().first?.prefix { $0.isNumber }.count ?? 0
        var unit = 1.0
        for _ in 0..<digits { unit /= 10 }
        return unit / 2
    }
}
