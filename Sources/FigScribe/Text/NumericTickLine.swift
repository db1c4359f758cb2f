/// The line the number tick labels of one axis lie on, value against position: on a
/// linear axis every label's value is `intercept + slope · position`.
struct NumericTickLine {
    let intercept: Double
    let slope: Double
    /// Half the smallest value step between neighbouring labels: how far a value may lie
    /// off the line and still be the label there.
    let tolerance: Double

    /// The line through the labels read as numbers, when three or more and half of them
    /// are, and every one lies on it.
    /// - Parameters:
    ///   - values: each label's number, nil where it read as none.
    ///   - positions: each label's centre along its axis.
    init?(values: [Double?], positions: [Double]) {
        let points = zip(values, positions).compactMap { v, p in v.map { (p, $0) } }.sorted { $0.0 < $1.0 }
        guard points.count >= 3, 2 * points.count >= values.count else { return nil }
        let n = Double(points.count)
        let mx = points.reduce(0) { $0 + $1.0 } / n, my = points.reduce(0) { $0 + $1.1 } / n
        let sxx = points.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
        guard sxx > 0 else { return nil }
        let slope = points.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / sxx
        let steps = zip(points, points.dropFirst()).map { abs($1.1 - $0.1) }
        guard let step = steps.min(), step > 0 else { return nil }
        (self.slope, intercept, tolerance) = (slope, my - slope * mx, step / 2)
        guard points.allSatisfy({ abs(value(at: $0.0) - $0.1) <= 0.1 * step }) else { return nil }
    }

    /// The value the line gives at `position`.
    func value(at position: Double) -> Double { intercept + slope * position }

    /// Whether `value` is the label the line expects at `position`.
    func holds(_ value: Double, at position: Double) -> Bool {
        abs(self.value(at: position) - value) <= 0.2 * tolerance
    }
}
