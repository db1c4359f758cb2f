import Foundation

/// Everything a description says, as data: statistics, series shapes, groups and findings.
///
/// Built once from a figure; the templates only word it, and tests check it against the
/// values independently of the wording.
struct Analysis: Sendable {
    let figure: HeatmapFigure
    let rowNames: AxisNaming
    let columnNames: AxisNaming
    /// Whether each series is a column (read down the rows) or a row (read across).
    let seriesDirection: AxisNaming.Direction
    let style: NumberStyle
    /// The colour scale's ends (the data's when there is no colour bar).
    let scaleLow: Double
    let scaleHigh: Double
    /// Whether values are told apart as negative and positive (``NumberStyle/spansZero(scale:data:)``).
    let spansZero: Bool
    let rows: Int
    let columns: Int
    /// Cells with a value, in row-major order.
    let valued: [(cell: Cell, value: Double)]
    let nullCells: [Cell]
    let q1: Double?
    let median: Double?
    let q3: Double?
    let mean: Double?
    let series: [SeriesSummary]
    let groups: [SeriesGroup]
    private(set) var findings: [Finding]

    var scaleSpan: Double { scaleHigh - scaleLow }
    var cellCount: Int { rows * columns }
    /// The names along the series axis.
    var seriesNames: AxisNaming { seriesDirection == .columns ? columnNames : rowNames }
    /// The names along the axis each series is read along.
    var alongNames: AxisNaming { seriesDirection == .columns ? rowNames : columnNames }

    /// The value of a cell, `nil` without data or outside the grid.
    func value(_ cell: Cell) -> Double? {
        guard figure.values.indices.contains(cell.row),
            figure.values[cell.row].indices.contains(cell.column),
            let v = figure.values[cell.row][cell.column], v.isFinite
        else { return nil }
        return v
    }

    /// The cell of series `s` at index `a` along the other axis.
    func cell(series s: Int, along a: Int) -> Cell {
        seriesDirection == .columns ? Cell(row: a, column: s) : Cell(row: s, column: a)
    }

    /// Analyses `figure`.
    /// - Throws: `DescribeError.noData` when the grid is empty or has no finite value.
    init(_ figure: HeatmapFigure) throws {
        self.figure = figure
        rows = figure.grid.rows
        columns = figure.grid.columns
        guard rows > 0, columns > 0 else { throw DescribeError.noData(reason: "the grid has no cells") }
        var valued: [(cell: Cell, value: Double)] = []
        var nulls: [Cell] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let cell = Cell(row: r, column: c)
                if r < figure.values.count, c < figure.values[r].count, let v = figure.values[r][c], v.isFinite {
                    valued.append((cell, v))
                } else {
                    nulls.append(cell)
                }
            }
        }
        guard !valued.isEmpty else { throw DescribeError.noData(reason: "no cell holds a value") }
        self.valued = valued
        self.nullCells = nulls
        let sorted = valued.map(\.value).sorted()
        let dataLow = sorted.first ?? 0, dataHigh = sorted.last ?? 0
        q1 = Statistics.quantile(sorted, 0.25)
        median = Statistics.quantile(sorted, 0.5)
        q3 = Statistics.quantile(sorted, 0.75)
        mean = Statistics.mean(sorted)
        if let bar = figure.colorbar, bar.max > bar.min {
            (scaleLow, scaleHigh) = (bar.min, bar.max)
        } else {
            (scaleLow, scaleHigh) = (dataLow, dataHigh > dataLow ? dataHigh : dataLow + 1)
        }
        style = NumberStyle(for: figure, dataRange: dataLow...dataHigh)
        spansZero = NumberStyle.spansZero(scale: scaleLow...scaleHigh, data: dataLow...dataHigh)
        rowNames = AxisNaming(axis: figure.yAxis, count: rows, direction: .rows)
        columnNames = AxisNaming(axis: figure.xAxis, count: columns, direction: .columns)
        seriesDirection = Analysis.chooseSeriesDirection(rows: rowNames, columns: columnNames)

        let partial = SeriesBuilder(
            figure: figure, rows: rows, columns: columns, direction: seriesDirection,
            seriesNames: seriesDirection == .columns ? columnNames : rowNames,
            alongNames: seriesDirection == .columns ? rowNames : columnNames,
            scaleSpan: scaleHigh - scaleLow, spansZero: spansZero)
        series = partial.summaries()
        groups = SeriesGrouping(series: series, scaleSpan: scaleHigh - scaleLow).groups()
        findings = []
        findings = FindingDetector(analysis: self).findings()
    }

    /// Series run along the categorical axis when the other is ordered (numbers); else
    /// along the axis with fewer categories (rows on a tie).
    static func chooseSeriesDirection(rows: AxisNaming, columns: AxisNaming) -> AxisNaming.Direction {
        let rowsOrdered = rows.namesAreNumbers, columnsOrdered = columns.namesAreNumbers
        if rowsOrdered && !columnsOrdered { return .columns }
        if columnsOrdered && !rowsOrdered { return .rows }
        return columns.names.count < rows.names.count ? .columns : .rows
    }
}

/// Builds one `SeriesSummary` per series.
private struct SeriesBuilder {
    let figure: HeatmapFigure
    let rows: Int
    let columns: Int
    let direction: AxisNaming.Direction
    let seriesNames: AxisNaming
    let alongNames: AxisNaming
    let scaleSpan: Double
    let spansZero: Bool

    func summaries() -> [SeriesSummary] {
        let count = direction == .columns ? columns : rows
        // Trends, peaks and bands need an ordered axis to run along; across unordered
        // categories only flat / no trend is said.
        let classifier = SeriesShapeClassifier(scaleSpan: scaleSpan, ordered: alongNames.isOrdered)
        return (0..<count).compactMap { s in
            var points: [(index: Int, value: Double)] = []
            var nulls: [Int] = []
            for a in alongNames.trendOrder {
                let (r, c) = direction == .columns ? (a, s) : (s, a)
                if r < figure.values.count, c < figure.values[r].count, let v = figure.values[r][c], v.isFinite {
                    points.append((a, v))
                } else {
                    nulls.append(a)
                }
            }
            let values = points.map(\.value)
            guard let low = values.min(), let high = values.max(), let mean = Statistics.mean(values) else {
                return SeriesSummary(
                    index: s, name: seriesNames.names[s], count: 0, nullIndices: nulls.sorted(), low: .nan,
                    lowAt: [], high: .nan, highAt: [], mean: .nan, shape: .noTrend, sign: nil)
            }
            var sign: SharedSign? = nil
            if spansZero, values.count >= 2 {
                if values.allSatisfy({ $0 < 0 }) { sign = .negative }
                if values.allSatisfy({ $0 > 0 }) { sign = .positive }
            }
            return SeriesSummary(
                index: s, name: seriesNames.names[s], count: values.count, nullIndices: nulls.sorted(),
                low: low, lowAt: points.filter { $0.value == low }.map(\.index).sorted(),
                high: high, highAt: points.filter { $0.value == high }.map(\.index).sorted(),
                mean: mean, shape: classifier.classify(points), sign: sign)
        }
    }
}
