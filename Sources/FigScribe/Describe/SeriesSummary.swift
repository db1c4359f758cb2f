/// The statistics and shape of one series: a column read down the rows, or a row read
/// across the columns.
struct SeriesSummary: Equatable, Sendable {
    /// The series' index on the series axis.
    var index: Int
    var name: String
    /// Cells with a value.
    var count: Int
    /// Cells without a value, by index along the other axis.
    var nullIndices: [Int]
    var low: Double
    /// Indices along the other axis where `low` occurs.
    var lowAt: [Int]
    var high: Double
    var highAt: [Int]
    var mean: Double
    var shape: SeriesShape
    /// Set when every value has one sign and the colour scale spans zero.
    var sign: SharedSign?
}

/// Series described together in Detailed Analysis, and why.
struct SeriesGroup: Equatable, Sendable {
    enum Reason: Equatable, Sendable {
        /// Has a pattern of its own (or shares one with few others).
        case pattern
        /// Several series share the same pattern kind.
        case sharedPattern
        /// The lowest (highest) mean, far from the others.
        case lowestMean, highestMean
        /// Every value has the same sign.
        case consistentSign
        /// The rest: no pattern, similar values.
        case alike
    }

    var members: [Int]
    var reason: Reason
}
