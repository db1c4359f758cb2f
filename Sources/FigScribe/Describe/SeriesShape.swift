import Foundation

/// How one series (a row or a column) behaves along the other axis, in trend order.
///
/// Positions are cell indices along the other axis (display order), so a test can check a
/// claim against `values` directly.
enum SeriesShape: Equatable, Sendable {
    /// Piecewise flat: runs of cells at clearly different levels.
    case bands([Band])
    /// Values increase along the trend order (Spearman ρ ≥ 0.7).
    case rising(spearman: Double)
    /// Values decrease along the trend order (Spearman ρ ≤ −0.7).
    case falling(spearman: Double)
    /// Highest in the interior, lower towards both ends.
    case peak(at: Int)
    /// Lowest in the interior, higher towards both ends.
    case trough(at: Int)
    /// Range within 5% of the colour scale.
    case flat
    /// None of the above.
    case noTrend

    /// A run of cells (display indices `first…last`, nulls inside allowed) and its values.
    struct Band: Equatable, Sendable {
        var first: Int
        var last: Int
        var low: Double
        var high: Double
        var mean: Double
    }

    /// A name for grouping series that behave alike.
    var kindName: String {
        switch self {
        case .bands: return "bands"
        case .rising: return "rising"
        case .falling: return "falling"
        case .peak: return "peak"
        case .trough: return "trough"
        case .flat: return "flat"
        case .noTrend: return "noTrend"
        }
    }

    /// Whether this shape is a pattern worth an item of its own.
    var isDistinct: Bool { self != .flat && self != .noTrend }
}

/// Classifies a series; thresholds are fractions of the colour-scale span.
struct SeriesShapeClassifier: Sendable {
    /// The span of the colour scale (or of the data when there is no colour bar).
    let scaleSpan: Double
    /// Whether the series run along an ordered axis (numbers); only then are trends,
    /// peaks and bands meaningful.
    var ordered: Bool = true

    /// - Parameter points: (display index, value) in trend order, nulls left out.
    func classify(_ points: [(index: Int, value: Double)]) -> SeriesShape {
        let values = points.map(\.value)
        guard values.count >= 3, scaleSpan > 0, let low = values.min(), let high = values.max() else {
            return .noTrend
        }
        if high - low <= 0.05 * scaleSpan { return .flat }
        guard ordered else { return .noTrend }
        if values.count >= 6, let bands = bands(points) { return .bands(bands) }
        let third = max(1, values.count / 3)
        let change = (Statistics.mean(Array(values.suffix(third))) ?? 0)
            - (Statistics.mean(Array(values.prefix(third))) ?? 0)
        if values.count >= 4, let rho = Statistics.spearmanWithOrder(values), abs(rho) >= 0.7,
            abs(change) >= 0.1 * scaleSpan
        {
            return rho > 0 ? .rising(spearman: rho) : .falling(spearman: rho)
        }
        if let peak = extremum(points, highest: true) { return .peak(at: peak) }
        if let trough = extremum(points, highest: false) { return .trough(at: trough) }
        return .noTrend
    }

    /// Two or three flat runs whose levels differ by far more than the spread inside each.
    private func bands(_ points: [(index: Int, value: Double)]) -> [SeriesShape.Band]? {
        let values = points.map(\.value)
        var best: [Range<Int>]? = nil
        for k in [2, 3] {
            guard let split = bestSplit(values, segments: k), accepts(split, values) else { continue }
            best = split
            break
        }
        guard let runs = best else { return nil }
        return runs.map { run in
            let slice = Array(values[run])
            let indices = run.map { points[$0].index }
            return SeriesShape.Band(
                first: indices.min() ?? 0, last: indices.max() ?? 0,
                low: slice.min() ?? 0, high: slice.max() ?? 0, mean: Statistics.mean(slice) ?? 0)
        }
    }

    private func accepts(_ runs: [Range<Int>], _ values: [Double]) -> Bool {
        let means = runs.map { Statistics.mean(Array(values[$0])) ?? 0 }
        let widths = runs.map { run in (values[run].max() ?? 0) - (values[run].min() ?? 0) }
        let widest = widths.max() ?? 0
        for (a, b) in zip(means, means.dropFirst()) {
            let step = abs(b - a)
            if step < 0.1 * scaleSpan || step < 2 * widest { return false }
        }
        return true
    }

    /// The split into `segments` runs (each at least 2 long) with the least squared error.
    private func bestSplit(_ values: [Double], segments: Int) -> [Range<Int>]? {
        let n = values.count
        guard n >= 2 * segments else { return nil }
        func sse(_ r: Range<Int>) -> Double {
            let slice = values[r]
            let m = slice.reduce(0, +) / Double(slice.count)
            return slice.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        }
        var best: (cost: Double, cuts: [Int])? = nil
        if segments == 2 {
            for a in 2...(n - 2) {
                let cost = sse(0..<a) + sse(a..<n)
                if best == nil || cost < best?.cost ?? .infinity { best = (cost, [a]) }
            }
        } else {
            for a in 2...(n - 4) {
                for b in (a + 2)...(n - 2) {
                    let cost = sse(0..<a) + sse(a..<b) + sse(b..<n)
                    if best == nil || cost < best?.cost ?? .infinity { best = (cost, [a, b]) }
                }
            }
        }
        guard let cuts = best?.cuts else { return nil }
        let bounds = [0] + cuts + [n]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// An interior maximum (minimum) with a steady rise before it and fall after it, at
    /// least 15% of the scale above the outer thirds of the series.
    private func extremum(_ points: [(index: Int, value: Double)], highest: Bool) -> Int? {
        let values = points.map { highest ? $0.value : -$0.value }
        guard values.count >= 7, let top = values.max(), let at = values.firstIndex(of: top) else { return nil }
        guard at >= 3, at <= values.count - 4 else { return nil }
        let third = max(1, values.count / 3)
        guard let before = Statistics.spearmanWithOrder(Array(values[...at])), before >= 0.7,
            let after = Statistics.spearmanWithOrder(Array(values[at...])), after <= -0.7,
            let head = Statistics.mean(Array(values.prefix(third))),
            let tail = Statistics.mean(Array(values.suffix(third))),
            top - max(head, tail) >= 0.15 * scaleSpan
        else { return nil }
        return points[at].index
    }
}
