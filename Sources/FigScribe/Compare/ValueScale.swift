import Foundation

/// Distances between values as the colour scale sees them: shares of its range, measured
/// along a log scale's logarithm.
struct ValueScale: Equatable {
    let low: Double
    let high: Double
    let logarithmic: Bool

    /// The scale of a colour bar; without one, the span of the values.
    init(colorbar: HeatmapFigure.Colorbar?, values: [[Double?]]) {
        if let bar = colorbar, bar.max != bar.min {
            low = Swift.min(bar.min, bar.max)
            high = Swift.max(bar.min, bar.max)
            logarithmic = bar.scale == .log && low > 0
        } else {
            let all = values.joined().compactMap { $0 }
            let lo = all.min() ?? 0, hi = all.max() ?? 1
            low = lo
            high = hi > lo ? hi : lo + 1
            logarithmic = false
        }
    }

    /// The range in data units.
    var range: Double { high - low }

    /// How far apart `a` and `b` are, as a share of the range.
    func share(_ a: Double, _ b: Double) -> Double {
        if logarithmic, a > 0, b > 0 { return abs(log10(a) - log10(b)) / (log10(high) - log10(low)) }
        return abs(a - b) / range
    }

    /// Whether `a` and `b` differ by more than the tolerance allows.
    func differ(_ a: Double, _ b: Double, tolerance: ComparisonTolerance) -> Bool {
        switch tolerance {
        case .shareOfRange(let allowed): return share(a, b) > allowed + 1e-9
        case .absolute(let allowed): return abs(a - b) > allowed * (1 + 1e-9)
        }
    }

    /// "12 % of the range".
    func shareNote(_ a: Double, _ b: Double) -> String {
        let percent = share(a, b) * 100
        let text = percent >= 10 ? String(Int(percent.rounded())) : NumberText.short((percent * 10).rounded() / 10)
        return "\(text) % of the range"
    }
}
