import Foundation

/// Number labels of a colour bar that do not lie on one line, linear or logarithmic, as OCR
/// read them. Small, tight labels lose a glyph at one crop and not at another ("000" for
/// "2000" beside "1000" and "4000"): such labels are read again larger, and a reread kept
/// when the labels then lie on one line and it is the value the others put there (a reread
/// may be a misreading too: "1009" for "1000").
enum OffLineNumbers {
    /// The labels with rereads put in, or nil when they need none or the rereads do not help.
    /// - Parameters:
    ///   - labels: the labels as read.
    ///   - positions: each label's centre along the bar.
    ///   - reread: label `k` read again (larger).
    static func reread(
        _ labels: [String], positions: [Double], reread: (Int) throws -> String
    ) rethrows -> [String]? {
        let values = labels.map(FigureTextReader.tickValue)
        guard values.compactMap({ $0 }).count >= 3, line(through: values, positions: positions) == nil else { return nil }
        let again = try labels.indices.map { try reread($0) }
        let merged = zip(values, again).map { value, text in FigureTextReader.tickValue(text) ?? value }
        guard line(through: merged, positions: positions) != nil else { return nil }
        var repaired = labels
        for k in labels.indices {
            guard let value = FigureTextReader.tickValue(again[k]), value != values[k] else { continue }
            var others = merged
            others[k] = nil
            guard let (line, logarithmic) = line(through: others, positions: positions) else { continue }
            let expected = line.value(at: positions[k])
            if abs((logarithmic ? log10(value) : value) - expected) <= closeness * line.step { repaired[k] = again[k] }
        }
        return repaired == labels ? nil : repaired
    }

    /// How close to the value the other labels put at its place a reread must be, in steps
    /// between neighbouring labels: a label is centred on its tick within a pixel or so.
    static let closeness = 0.02

    /// The line the values read lie on against their positions, or their logarithms do.
    static func line(through values: [Double?], positions: [Double]) -> (NumericTickLine, logarithmic: Bool)? {
        if let line = NumericTickLine(values: values, positions: positions) { return (line, false) }
        guard values.compactMap({ $0 }).allSatisfy({ $0 > 0 }),
            let line = NumericTickLine(values: values.map { $0.map(log10) }, positions: positions)
        else { return nil }
        return (line, true)
    }
}
