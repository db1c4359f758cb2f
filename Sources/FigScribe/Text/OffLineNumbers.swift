import Foundation

/// Number labels of a colour bar that do not lie on one line, linear or logarithmic, as OCR
/// read them. Small, tight labels lose a glyph at one crop and not at another ("000" for
/// "2000" beside "1000" and "4000"): such labels are read again larger, and the rereads kept
/// when the labels then lie on one line.
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
        guard values.compactMap({ $0 }).count >= 3, !onOneLine(values, positions: positions) else { return nil }
        let again = try labels.indices.map { try reread($0) }
        let merged = zip(values, again).map { value, text in FigureTextReader.tickValue(text) ?? value }
        guard onOneLine(merged, positions: positions) else { return nil }
        return labels.indices.map { k in
            FigureTextReader.tickValue(again[k]).map { $0 == values[k] } == false ? again[k] : labels[k]
        }
    }

    /// Whether the values read lie on one line against their positions, or their logarithms do.
    static func onOneLine(_ values: [Double?], positions: [Double]) -> Bool {
        if NumericTickLine(values: values, positions: positions) != nil { return true }
        let read = values.compactMap { $0 }
        guard read.allSatisfy({ $0 > 0 }) else { return false }
        return NumericTickLine(values: values.map { $0.map(log10) }, positions: positions) != nil
    }
}
