import Foundation

/// How finely a value read from colour is known: the step between neighbouring
/// distinguishable colours of the ramp, in data units. Values are rounded to it, so they
/// carry no more digits than the colour can resolve.
struct ValuePrecision: Equatable, Sendable {
    /// The scale that turns strip positions into values.
    let scale: ScaleFit
    /// How many distinguishable colours the strip shows.
    let levels: Int

    /// The step between neighbouring distinguishable colours: in data units on a linear
    /// scale, as a share of the value on a logarithmic one.
    var step: Double {
        guard levels > 1 else { return .nan }
        switch scale.kind {
        case .log: return log(10) * abs(scale.slope) / Double(levels)
        case .linear, .discrete: return abs(scale.slope) / Double(levels)
        }
    }

    /// Rounds `value`, read at a strip position, to the largest power of ten no coarser than
    /// the scale's step there (for a 256-colour ramp, about 3 significant digits of the range;
    /// on a log scale the step is relative to the value).
    func rounded(_ value: Double) -> Double {
        guard levels > 1, value.isFinite, value != 0 else { return value }
        let step = scale.kind == .log ? abs(value) * self.step : self.step
        guard step > 0, step.isFinite else { return value }
        let quantum = pow(10, floor(log10(step)))
        return Self.decimal((value / quantum).rounded() * quantum, places: -Int(floor(log10(quantum))))
    }

    /// `value` written with `places` decimals (at least none) and read back, free of binary noise.
    static func decimal(_ value: Double, places: Int) -> Double {
        Double(String(format: "%.\(max(0, places))f", value)) ?? value
    }
}
