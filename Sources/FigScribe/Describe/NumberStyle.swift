import Foundation

/// How numbers are written in a description: a fixed number of decimals chosen from the
/// colour scale, U+2212 for minus, and an explicit `+` where the scale spans zero.
struct NumberStyle: Equatable, Sendable {
    /// Digits after the decimal point.
    var decimals: Int
    /// Write `+` before positive numbers (for scales that run from negative to positive).
    var signed: Bool

    init(decimals: Int, signed: Bool = false) {
        self.decimals = max(0, min(decimals, 10))
        self.signed = signed
    }

    /// The style a figure's colour scale warrants: one more decimal than its tick step
    /// shows (a tick step of 0.01 gives three decimals), signed when the scale spans zero
    /// (``spansZero(scale:data:)``).
    init(for figure: HeatmapFigure, dataRange: ClosedRange<Double>?) {
        let low = figure.colorbar?.min ?? dataRange?.lowerBound ?? 0
        let high = figure.colorbar?.max ?? dataRange?.upperBound ?? 1
        let tickValues = (figure.colorbar?.ticks ?? []).map(\.value).filter(\.isFinite).sorted()
        var steps: [Double] = []
        for (a, b) in zip(tickValues, tickValues.dropFirst()) where b - a > 0 { steps.append(b - a) }
        let span = abs(high - low)
        let step = steps.min() ?? (span > 0 ? span / 8 : 1)
        // Rounded first: a step of 0.001 computed by subtraction can be 0.000999….
        let decimals = step > 0 ? Int(-floor((log10(step) * 1e6).rounded() / 1e6)) + 1 : 3
        let data = dataRange ?? min(low, high)...max(low, high)
        self.init(decimals: decimals, signed: Self.spansZero(scale: min(low, high)...max(low, high), data: data))
    }

    /// Whether a scale runs from negative to positive in earnest: zero lies at least 5 %
    /// of the way in from either end, or the values themselves take both signs. A scale of
    /// counts whose low end came out at −1 of 100 (its lowest label unread) does not.
    static func spansZero(scale: ClosedRange<Double>, data: ClosedRange<Double>) -> Bool {
        guard scale.lowerBound < 0, scale.upperBound > 0 else { return false }
        let span = scale.upperBound - scale.lowerBound
        return min(-scale.lowerBound, scale.upperBound) >= 0.05 * span || (data.lowerBound < 0 && data.upperBound > 0)
    }

    /// `value` rounded to the style's decimals, as the description writes it.
    func rounded(_ value: Double) -> Double {
        let factor = pow(10, Double(decimals))
        return (value * factor).rounded() / factor
    }

    /// `value` in prose: fixed decimals, U+2212 minus, `+` when the style is signed.
    func prose(_ value: Double) -> String {
        format(value, plus: signed)
    }

    /// `value` without a `+` sign (tables, scale ends).
    func plain(_ value: Double) -> String {
        format(value, plus: false)
    }

    private func format(_ value: Double, plus: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : (value > 0 ? "∞" : "−∞") }
        let r = rounded(value)
        let digits = String(format: "%.\(decimals)f", abs(r))
        if r < 0 { return "\u{2212}" + digits }
        if r > 0 && plus { return "+" + digits }
        return digits
    }
}

/// Writes a tick or category value that came from the figure as text, with U+2212 minus.
enum ProseText {
    /// `text` with an ASCII hyphen-minus before a digit replaced by U+2212.
    static func minusSigns(_ text: String) -> String {
        var out = ""
        var previous: Character? = nil
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            let startsNumber = previous.map { !$0.isLetter && !$0.isNumber } ?? true
            if c == "-", startsNumber, let n = next, n.isNumber || n == "." {
                out.append("\u{2212}")
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }
}
