import Foundation

/// The mapping from position along the colour strip to data value, fitted to the ticks.
public struct ScaleFit: Equatable, Sendable {
    public var kind: HeatmapFigure.Colorbar.Scale
    /// value = intercept + slope · position (of log10(value) for a log scale).
    public var intercept: Double
    public var slope: Double
    /// Indices of the ticks that the fit rejected as misread.
    public var outliers: [Int]

    /// The data value at a strip position (0…1).
    public func value(at position: Double) -> Double {
        let v = intercept + slope * position
        return kind == .log ? pow(10, v) : v
    }

    /// The strip position (0…1) of a data value: the inverse of `value(at:)`.
    public func position(of value: Double) -> Double {
        let v = kind == .log ? log10(value) : value
        return slope == 0 ? .nan : (v - intercept) / slope
    }

    /// Fits tick values to their strip positions: the line through the most ticks (misreads
    /// are outliers; between equally many, the ticks read with the most confidence),
    /// linear unless the values are geometric (then log).
    /// - Parameters:
    ///   - confidences: how sure the reading of each tick is (any scale); equal when not given.
    ///   - slack: how far (a share of the strip) a tick may lie off the line and still agree,
    ///     besides 1% of the values' range: a label's ink may sit a pixel off its tick, a
    ///     large share of a short strip.
    /// - Returns: nil when fewer than two ticks agree.
    public static func fit(positions: [Double], values: [Double], confidences: [Double]? = nil, slack: Double = 0) -> ScaleFit? {
        guard positions.count == values.count, positions.count >= 2 else { return nil }
        let weights = confidences ?? [Double](repeating: 1, count: values.count)
        let linear = robustLine(positions, values, weights: weights, slack: slack)
        var best = linear.map { ScaleFit(kind: .linear, intercept: $0.intercept, slope: $0.slope, outliers: $0.outliers) }
        if values.allSatisfy({ $0 > 0 }), values.count >= 3 {
            let logs = values.map { log10($0) }
            let spread = (values.max() ?? 1) / (values.min() ?? 1)
            if spread >= 20, let l = robustLine(positions, logs, weights: weights, slack: slack),
                l.outliers.count < (linear?.outliers.count ?? Int.max)
            {
                best = ScaleFit(kind: .log, intercept: l.intercept, slope: l.slope, outliers: l.outliers)
            }
        }
        return best
    }

    /// The linear scale through the most (position, value) pairs, each allowed `tolerance`
    /// off the line; the others are outliers.
    /// - Returns: nil when fewer than two pairs agree.
    static func line(positions: [Double], values: [Double], tolerance: Double) -> ScaleFit? {
        guard positions.count == values.count, positions.count >= 2,
            let l = robustLine(positions, values, tolerance: tolerance)
        else { return nil }
        return ScaleFit(kind: .linear, intercept: l.intercept, slope: l.slope, outliers: l.outliers)
    }

    /// The least-squares line through the largest set of points within `tolerance` (default
    /// 1% of the values' range) of a line through two of them, or within `slack` of it
    /// along x, of equally large sets the one of most weight. Candidate lines come from at
    /// most `maxCandidates` evenly chosen points, so many points stay cheap.
    private static func robustLine(
        _ x: [Double], _ y: [Double], weights: [Double]? = nil, tolerance: Double? = nil, slack: Double = 0,
        maxCandidates: Int = 40
    ) -> (intercept: Double, slope: Double, outliers: [Int])? {
        let weights = weights ?? [Double](repeating: 1, count: x.count)
        func weight(_ set: [Int]) -> Double { set.map { weights[$0] }.reduce(0, +) }
        let n = x.count
        let range = (y.max() ?? 0) - (y.min() ?? 0)
        guard range > 0 else { return nil }
        let tolerance = tolerance ?? 0.01 * range
        let candidates = n <= maxCandidates ? Array(0..<n) : (0..<maxCandidates).map { $0 * n / maxCandidates }
        var bestInliers: [Int] = []
        for (k, i) in candidates.enumerated() {
            for j in candidates[(k + 1)...] where abs(x[j] - x[i]) > 1e-9 {
                let slope = (y[j] - y[i]) / (x[j] - x[i])
                let intercept = y[i] - slope * x[i]
                let allowed = max(tolerance, abs(slope) * slack)
                let inliers = (0..<n).filter { abs(intercept + slope * x[$0] - y[$0]) <= allowed }
                if inliers.count > bestInliers.count || (inliers.count == bestInliers.count && weight(inliers) > weight(bestInliers)) {
                    bestInliers = inliers
                }
            }
        }
        guard bestInliers.count >= 2,
            let line = Statistics.leastSquaresLine(bestInliers.map { x[$0] }, bestInliers.map { y[$0] })
        else { return nil }
        let inlierSet = Set(bestInliers)
        let outliers = (0..<n).filter { !inlierSet.contains($0) }
        return (line.intercept, line.slope, outliers)
    }
}
