import Foundation

/// The cells a reader is unsure of: those without a value (off the colour scale) and those
/// a warning names (a printed number that disagrees with the cell's colour).
enum UnsureCells {
    /// The unsure cells of a figure, as `row * columns + column`.
    static func of(_ figure: HeatmapFigure) -> Set<Int> {
        let columns = figure.grid.columns
        var cells = Set<Int>()
        for (r, row) in figure.values.enumerated() {
            for (c, value) in row.enumerated() where value == nil { cells.insert(r * columns + c) }
        }
        for warning in figure.warnings {
            if let (r, c) = cellNamed(in: warning), r < figure.grid.rows, c < columns {
                cells.insert(r * columns + c)
            }
        }
        return cells
    }

    /// The cell a warning names as `cell [r][c]`, if it names one.
    static func cellNamed(in warning: String) -> (Int, Int)? {
        guard let start = warning.range(of: "cell [") else { return nil }
        let rest = warning[start.upperBound...]
        let numbers = rest.split(whereSeparator: { $0 == "]" || $0 == "[" }).prefix(2)
        guard numbers.count == 2, let r = Int(numbers[numbers.startIndex]),
              let c = Int(numbers[numbers.index(after: numbers.startIndex)])
        else { return nil }
        return (r, c)
    }
}
