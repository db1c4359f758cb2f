import Foundation

/// The figure's values as CSV: a header row of column labels, then one row per grid row
/// led by its label. Empty fields are cells without a value.
public enum FigureCSV {
    public static func encode(_ figure: HeatmapFigure) -> String {
        let columnNames = labels(figure.xAxis.ticks, count: figure.grid.columns)
        let rowNames = labels(figure.yAxis.ticks, count: figure.grid.rows)
        var out = ([field(figure.yAxis.label ?? "")] + columnNames.map(field)).joined(separator: ",") + "\n"
        for (r, row) in figure.values.enumerated() {
            let cells = row.map { $0.map(number) ?? "" }
            out += ([field(rowNames[r])] + cells).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A value as the JSON writes it: whole numbers without a decimal point ("7700", not
    /// "7700.0", which claims a digit the colour never resolved), others in Swift's
    /// shortest form that reads back exactly.
    static func number(_ v: Double) -> String {
        v.isFinite && v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)"
    }

    /// One name per cell: the tick label centred on it, else its index.
    static func labels(_ ticks: [HeatmapFigure.Tick], count: Int) -> [String] {
        (0..<count).map { i in
            ticks.first { abs($0.position - Double(i)) < 0.25 }?.text ?? String(i)
        }
    }

    /// Quotes a field when it holds a comma, quote or line break (RFC 4180).
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
