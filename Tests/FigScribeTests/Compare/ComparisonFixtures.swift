@testable import FigScribe

/// Small synthetic figures for the comparison tests: 3 rows (alpha, beta, gamma) by 4
/// columns (Mon–Thu), values 0–100 on a linear scale.
enum ComparisonFixtures {
    static let rows = ["alpha", "beta", "gamma"]
    static let columns = ["Mon", "Tue", "Wed", "Thu"]

    static func figure(
        values: [[Double?]]? = nil, title: String? = "Load", min: Double = 0, max: Double = 100,
        scale: HeatmapFigure.Colorbar.Scale = .linear, columns: [String] = columns, rows: [String] = rows,
        warnings: [String] = []
    ) -> HeatmapFigure {
        let v = values ?? defaultValues(rows: rows.count, columns: columns.count)
        return HeatmapFigure(
            image: .init(file: "f.png", width: 200, height: 200),
            title: title,
            xAxis: .init(label: "Day", ticks: columns.enumerated().map { .init(text: $0.element, position: Double($0.offset)) }),
            yAxis: .init(label: "Series", ticks: rows.enumerated().map { .init(text: $0.element, position: Double($0.offset)) }),
            colorbar: .init(label: "load", orientation: .vertical, min: min, max: max, scale: scale, colormap: "viridis"),
            grid: .init(rows: v.count, columns: v.first?.count ?? 0, box: .init(x: 20, y: 20, width: 160, height: 120)),
            values: v, warnings: warnings)
    }

    /// 10 + 20·row + 5·column.
    static func defaultValues(rows: Int, columns: Int) -> [[Double?]] {
        var values: [[Double?]] = []
        for r in 0..<rows {
            var row: [Double?] = []
            for c in 0..<columns { row.append(Double(10 + 20 * r + 5 * c)) }
            values.append(row)
        }
        return values
    }

    /// A copy of `figure` with one value replaced.
    static func with(_ figure: HeatmapFigure, row: Int, column: Int, value: Double?) -> HeatmapFigure {
        var f = figure
        f.values[row][column] = value
        return f
    }
}
