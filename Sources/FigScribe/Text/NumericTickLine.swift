/// The line the number tick labels of one axis lie on, value against position: on a
/// linear axis every label's value is `intercept + slope · position`.
struct NumericTickLine {
    let intercept: Double
    let slope: Double
    /// The smallest value step between neighbouring labels: a value a tenth of it off the
    /// line is still the label there.
    let step: Double

    /// The line through the labels read as numbers, when three or more and half of them
    /// are, and every one lies on it.
    /// - Parameters:
    ///   - values: each label's number, nil where it read as none.
    ///   - positions: each label's centre along its axis.
    init?(values: [Double?], positions: [Double]) {
        let points = zip(values, positions).compactMap { v, p in v.map { (p, $0) } }.sorted { $0.0 < $1.0 }
        guard points.count >= 3, 2 * points.count >= values.count,
              let line = Statistics.leastSquaresLine(points.map(\.0), points.map(\.1)),
              let step = zip(points, points.dropFirst()).map({ abs($1.1 - $0.1) }).min(), step > 0
        else { return nil }
        (intercept, slope, self.step) = (line.intercept, line.slope, step)
        guard points.allSatisfy({ holds($0.1, at: $0.0) }) else { return nil }
    }

    /// The value the line gives at `position`.
    func value(at position: Double) -> Double { intercept + slope * position }

    /// Whether `value` is the label the line expects at `position`.
    func holds(_ value: Double, at position: Double) -> Bool {
        abs(self.value(at: position) - value) <= 0.1 * step
    }
}
