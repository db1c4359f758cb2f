import Foundation

/// How numbers are written in a description: a fixed number of decimals chosen from the
/// colour scale, U+2212 for minus, and an explicit `+` where the scale spans zero.
struct NumberStyle: Equatable, Sendable {
    /// Digits after the decimal point.
    var decimals: Int
    /// Write `+` before positive numbers (for scales that run from negative to positive).
    var signed: Bool
    /// Significant digits instead of fixed decimals (a logarithmic scale, whose values span
    /// decades: 1.3, 14.5, 7700), trailing zeros after the point dropped.
    var significantDigits: Int?

    init(decimals: Int, signed: Bool = false, significantDigits: Int? = nil) {
        self.decimals = max(0, min(decimals, 10))
        self.signed = signed
        self.significantDigits = significantDigits
    }

    /// Significant digits for values on a logarithmic scale: a 256-colour ramp over a few
    /// decades resolves a few per cent of a value.
    static let logarithmicSignificantDigits = 3

    /// The style a figure's colour scale warrants: one more decimal than its tick step
    /// shows (a tick step of 0.01 gives three decimals), or on a discrete scale as many as
    /// its band centres need (bands 25–50 give 37.5: one), signed when the scale spans zero
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
        var decimals = step > 0 ? Int(-floor((log10(step) * 1e6).rounded() / 1e6)) + 1 : 3
        if figure.colorbar?.scale == .discrete, let bins = figure.colorbar?.bins, !bins.isEmpty {
            decimals = bins.map { Self.exactDecimals(($0.from + $0.to) / 2) }.max() ?? decimals
        }
        let data = dataRange ?? min(low, high)...max(low, high)
        self.init(
            decimals: decimals, signed: Self.spansZero(scale: min(low, high)...max(low, high), data: data),
            significantDigits: figure.colorbar?.scale == .log ? Self.logarithmicSignificantDigits : nil)
    }

    /// The fewest decimals (at most 6) that write `value` exactly: 2 for 37.25, 0 for 40.
    static func exactDecimals(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        for d in 0..<6 {
            let scaled = value * pow(10, Double(d))
            if abs(scaled - scaled.rounded()) <= 1e-6 * max(1, abs(scaled)) { return d }
        }
        return 6
    }

    /// Whether a scale runs from negative to positive in earnest: zero lies at least 5 %
    /// of the way in from either end, or the values themselves take both signs. A scale of
    /// counts whose low end came out at −1 of 100 (its lowest label unread) does not.
    static func spansZero(scale: ClosedRange<Double>, data: ClosedRange<Double>) -> Bool {
        guard scale.lowerBound < 0, scale.upperBound > 0 else { return false }
        let span = scale.upperBound - scale.lowerBound
        return min(-scale.lowerBound, scale.upperBound) >= 0.05 * span || (data.lowerBound < 0 && data.upperBound > 0)
    }

    /// `value` rounded to the style's decimals (or significant digits), as the description
    /// writes it.
    func rounded(_ value: Double) -> Double {
        let factor = pow(10, Double(decimals(for: value)))
        return (value * factor).rounded() / factor
    }

    /// The decimals `value` is written with: the style's, or as many as its significant
    /// digits need (none for 7700, one for 14.5).
    private func decimals(for value: Double) -> Int {
        guard let significant = significantDigits, value != 0, value.isFinite else { return decimals }
        let magnitude = Int(floor(log10(abs(value))))
        return max(0, min(10, significant - 1 - magnitude))
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
        var digits = String(format: "%.\(decimals(for: value))f", abs(r))
        if significantDigits != nil, digits.contains(".") {
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
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
