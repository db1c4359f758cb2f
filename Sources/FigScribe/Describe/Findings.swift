/// A cell of the grid, by display row (0 at the top) and column (0 on the left).
struct Cell: Hashable, Comparable, Sendable {
    var row: Int
    var column: Int

    static func < (a: Cell, b: Cell) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// Where the cells without data are.
enum MaskPattern: Equatable, Sendable {
    /// Every cell above the diagonal (column > row), and nothing else.
    case upperTriangle
    /// Every cell below the diagonal (column < row), and nothing else.
    case lowerTriangle
    /// Any other arrangement.
    case scattered
}

/// One band of a discrete colour scale and how many cells fall in it.
struct BandCount: Equatable, Sendable {
    var from: Double
    var to: Double
    var cells: Int
}

/// The sign every series mean shares, when they all share one.
enum SharedSign: Equatable, Sendable { case negative, positive }

/// One checkable claim about the whole figure, stated in Key Observations.
///
/// Each case carries exactly the numbers the description states, so a test can check it
/// against the values without reading the wording.
enum Finding: Equatable, Sendable {
    /// The largest value and every cell that holds it.
    case maximum(value: Double, cells: [Cell])
    /// The smallest value and every cell that holds it.
    case minimum(value: Double, cells: [Cell])
    /// Exactly one series has a pattern (bands, trend, peak); the others do not.
    case onlyPatternedSeries(series: Int)
    /// Every cell outside the excluded series lies in `low…high` (both attained).
    case restRange(excluding: [Int], low: Double, high: Double)
    /// Cells within 1% of the colour scale's span of its ends (on a logarithmic scale, of
    /// its span in decades; both empty: none do); not for a discrete scale, whose cells
    /// take their bands' centres.
    case saturation(atLow: [Cell], atHigh: [Cell])
    /// A discrete scale's bands from the low end, each with the number of cells in it.
    case bandCounts([BandCount])
    /// Counts of negative, positive and zero cells (for scales spanning zero), and the
    /// sign all series means share, if any.
    case signs(negative: Int, positive: Int, zero: Int, meansShare: SharedSign?)
    /// Several categories on one axis carry the same name.
    case duplicateNames(direction: AxisNaming.Direction, name: String, indices: [Int])
    /// Square grid with `values[r][c] ≈ values[c][r]` (largest difference given).
    case symmetric(maxDifference: Double)
    /// The diagonal is (nearly) one constant value, e.g. 1 on a correlation matrix.
    case constantDiagonal(low: Double, high: Double)
    /// Square grid whose diagonal cell is its row's largest in `rowsLed` rows.
    case dominantDiagonal(diagonalMean: Double, offDiagonalMean: Double, rowsLed: Int, rows: Int)
    /// Cells without data and their arrangement.
    case masked(cells: [Cell], pattern: MaskPattern)
}
