/// The values a description template renders: numbers already formatted, figure text
/// already escaped for the output format, and no words beyond names and data.
///
/// Built by `DescriptionContextBuilder`; swift-mustache reads it through reflection, so
/// every property name here is a name a template may use (the template lint test checks).
struct DescriptionContext {
    var heading: String
    var title: String?
    var quantity: String
    var titleSaysConfusion: Bool
    var titleSaysCorrelation: Bool
    var titleSaysAttention: Bool
    var overview: OverviewContext
    var analysis: AnalysisContext
    var observations: ObservationsContext
    var interpretation: InterpretationContext
    var data: DataContext
    var alt: AltContext
    /// The `<img src>` of the HTML page (a `data:` URI or a URL), already escaped.
    var imageSource: String?
}

struct OverviewContext {
    var rows: Int
    var columns: Int
    var cells: Int
    var x: AxisContext
    var y: AxisContext
    var scale: ScaleContext?
    /// Which axes dendrograms cluster; nil when none is drawn.
    var clustered: ClusteredContext?
    var q1: String
    var median: String
    var q3: String
    var nullCount: Int?
    /// Where the values come from; nil for a figure read from JSON.
    var source: ValueSourceContext?
}

/// Where the values come from: the numbers the cells print, the cells' colours, or both.
struct ValueSourceContext {
    /// Every valued cell prints its number.
    var allPrinted: Bool
    /// How many cells print their number, when some but not all do.
    var printed: Int?
    /// Cells with a value.
    var total: Int
    /// The step between colours the bar tells apart, in data units (linear scale).
    var step: String?
    /// The same as a percentage of the value (logarithmic scale).
    var percent: String?
    /// Each cell takes its band's centre (discrete scale).
    var banded: Bool
}

struct AxisContext {
    var label: String?
    var count: Int
    var categorical: Bool
    var numeric: Bool
    var interpolated: Bool
    var sparseText: Bool
    var unlabelled: Bool
    var first: String
    var last: String
    /// All names, shortened for long lists ("0, 1, 2 … 11").
    var list: String
    /// The tick texts as shown, shortened.
    var ticks: String
    var tickCount: Int
    var position: String
}

struct ScaleContext {
    var label: String?
    var position: String
    var linear: Bool
    var log: Bool
    var discrete: Bool
    var colormap: String?
    var low: ScaleEnd
    var middle: String?
    var high: ScaleEnd
    var tickStep: String?
}

struct ScaleEnd {
    var value: String
    var colour: String?
}

struct AnalysisContext {
    var seriesWord: String
    var seriesNoun: String?
    var alongDirection: String
    var alongFrom: String
    var alongTo: String
    var items: [ItemContext]
}

struct ItemContext {
    var label: String
    var memberCount: Int
    var several: Bool
    var low: String
    var lowAt: String
    var high: String
    var highAt: String
    var mean: String
    var meanLow: String
    var meanHigh: String
    var alongPlural: String
    var alongCount: Int
    var bands: BandsContext?
    var rising: Bool
    var falling: Bool
    var spearman: String?
    var peakAt: String?
    var troughAt: String?
    var flat: Bool
    var noTrend: Bool
    var lowestMean: Bool
    var highestMean: Bool
    var negativeThroughout: Bool
    var positiveThroughout: Bool
    var nulls: NullsContext?
}

struct BandsContext {
    var segments: [SegmentContext]
    var steps: [StepContext]
}

struct SegmentContext {
    var low: String
    var high: String
    var single: Bool
    var place: String
    var hasMinimum: Bool
    var hasMaximum: Bool
    var negative: Bool
    var nearZero: Bool
    var positive: Bool
    var lowLevel: Bool
    var middleLevel: Bool
    var highLevel: Bool
}

struct StepContext {
    var up: Bool
    var at: String
    var sameDirection: Bool
}

struct NullsContext {
    var count: Int
    var places: String?
}

struct ObservationsContext {
    var minimum: String
    var minimumAt: String
    var maximum: String
    var maximumAt: String
    var onlyPatterned: OnlyPatternedContext?
    var restRange: RestRangeContext?
    var saturation: SaturationContext?
    /// A discrete scale's bands with their cell counts, from the low end.
    var scaleBands: ScaleBandsContext?
    var signs: SignsContext?
    var duplicates: [DuplicateContext]
    var symmetric: SymmetricContext?
    var constantDiagonal: String?
    var diagonal: DiagonalContext?
    var masked: MaskedContext?
}

struct OnlyPatternedContext {
    var name: String
    var seriesWord: String
    var alongPlural: String
    var bandCount: Int?
    var rising: Bool
    var falling: Bool
    var peak: Bool
    var trough: Bool
    var segments: [SegmentContext]
    var other: RestRangeContext?
}

struct RestRangeContext {
    var names: String
    var low: String
    var high: String
    /// The largest magnitude, stated when the scale spans zero.
    var bound: String?
}

struct SaturationContext {
    var none: Bool
    var lowCount: Int?
    var lowSingle: Bool
    var lowPlaces: String
    var highCount: Int?
    var highSingle: Bool
    var highPlaces: String
}

struct ScaleBandsContext {
    var items: [ScaleBandContext]
}

struct ScaleBandContext {
    var from: String
    var to: String
    var cells: Int
}

struct SignsContext {
    var negative: Int
    var positive: Int
    var total: Int
    var meansNegative: Bool
    var meansPositive: Bool
    var seriesPlural: String
}

struct DuplicateContext {
    var name: String
    var count: Int
    var places: String
    var plural: String
}

struct SymmetricContext {
    var maxDifference: String
}

struct DiagonalContext {
    var diagonalMean: String
    var offDiagonalMean: String
    var rowsLed: Int
    var rows: Int
}

struct MaskedContext {
    var count: Int
    var upper: Bool
    var lower: Bool
    var scattered: Bool
    /// The cells named, when eight or fewer.
    var places: String?
}

struct InterpretationContext {
    var onlyPatterned: OnlyPatternedContext?
    var sharedTrend: SharedTrendContext?
    var symmetric: Bool
    var diagonal: DiagonalContext?
    var masked: MaskedContext?
    var general: Bool
    var minimum: String
    var maximum: String
    var q1: String
    var q3: String
    var mostlyNegative: Bool
    var mostlyPositive: Bool
}

struct SharedTrendContext {
    var count: Int
    var total: Int
    /// Whether every series shares the trend.
    var every: Bool
    var rising: Bool
    var falling: Bool
    var seriesPlural: String
    var alongPlural: String
}

struct DataContext {
    var table: TableContext?
    var tooLarge: Int?
    var hasNulls: Bool
}

struct TableContext {
    var corner: String
    var header: [String]
    var rows: [TableRowContext]
}

struct TableRowContext {
    var name: String
    var cells: [String]
}

/// The alt text's facts. `AltText` switches the `show…` flags off, and drops the finding,
/// until the text fits its limit.
/// Which axes of a clustered heatmap carry dendrograms: exactly one of the three is true.
struct ClusteredContext {
    var both: Bool
    var rowsOnly: Bool
    var columnsOnly: Bool

    init?(_ dendrograms: HeatmapFigure.Dendrograms?) {
        guard let d = dendrograms, d.rows || d.columns else { return nil }
        both = d.rows && d.columns
        rowsOnly = d.rows && !d.columns
        columnsOnly = d.columns && !d.rows
    }
}

struct AltContext {
    var title: String?
    /// Whether dendrograms cluster the rows or the columns.
    var clustered: Bool
    var quantity: String
    var rows: Int
    var columns: Int
    var rowPlural: String
    var columnPlural: String
    var minimum: String
    var maximum: String
    /// Whether to state the range of values.
    var showRange: Bool
    /// Whether to say where each band of the patterned series lies.
    var showPlaces: Bool
    /// The main finding, at most one of the four.
    var detail: OnlyPatternedContext?
    var diagonal: Bool
    /// Where the values lie when a triangle is masked: "below" (on or below the diagonal)
    /// or "above".
    var triangle: String?
    var sharedTrend: SharedTrendContext?
    var symmetric: Bool

    /// Whether the alt text states a finding.
    var hasFinding: Bool { detail != nil || diagonal || triangle != nil || sharedTrend != nil || symmetric }

    /// Removes the finding.
    mutating func dropFinding() {
        detail = nil
        diagonal = false
        triangle = nil
        sharedTrend = nil
        symmetric = false
    }
}
