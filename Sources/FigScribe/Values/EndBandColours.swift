import Foundation

/// The outer bound of a stepped scale's end band that no label gives, read from the bands'
/// colours where they sample one gradient by value: a binned scale coloured from a gradient
/// interpolated in CIELAB (ggplot2's `scale_fill_steps` and `scale_fill_steps2`) gives each
/// band the colour at its middle value, so along one arm of the gradient the bands' colours
/// lie on a line in Lab, spaced as their middles are. The end band's colour, placed on the
/// line through its two inner neighbours, gives its middle, and so its outer bound.
enum EndBandColours {
    /// How far (ΔE*76) the end band's colour may lie off that line: the colours' rounding
    /// to 8 bits moves them by about 1. A palette spaced by band index (viridis, ColorBrewer)
    /// bends far more between three bands.
    static let maximumOffLine = 2.5

    /// `scale` with each end band's outer bound that no label gives (no value of `labelled`)
    /// read from the colours, where the end band's colour lies on the line through its two
    /// inner neighbours' and beyond the nearer one, and the bound it gives differs from the
    /// extrapolated one by more than twice what a unit of colour difference resolves;
    /// unchanged otherwise.
    /// - Parameter colours: the bands' colours, in the scale's band order.
    static func refined(_ scale: DiscreteScale, colours: [LabColour], labelled: Set<Double>) -> DiscreteScale {
        let n = scale.bins.count
        guard n >= 3, colours.count == n, !scale.logarithmic else { return scale }
        var refined = scale
        for (end, first, second) in [(0, 1, 2), (n - 1, n - 2, n - 3)] {
            let bin = scale.bins[end], next = scale.bins[first]
            // The end band's inner bound is the one it shares with its neighbour.
            let outerIsLower = abs(bin.upperBound - next.lowerBound) <= abs(bin.lowerBound - next.upperBound)
            let (outer, inner) = outerIsLower ? (bin.lowerBound, bin.upperBound) : (bin.upperBound, bin.lowerBound)
            let p = (colours[first], scale.value(ofBand: first)), q = (colours[second], scale.value(ofBand: second))
            guard !labelled.contains(outer), let middle = middle(of: colours[end], along: p, q) else { continue }
            // Rounded to what a unit of colour difference resolves: twice the value one ΔE
            // moves the middle by along the line.
            let resolution = 2 * abs(q.1 - p.1) / p.0.distance(to: q.0)
            let bound = rounded(2 * middle - inner, toDecimalsOf: resolution)
            // Beyond the inner bound on the outer side, as the band is, and clearly apart
            // from the bound the neighbours' step gives (exact for even bins, which the
            // colours then bear out).
            guard (bound - inner) * (outer - inner) > 0, abs(bound - outer) > 2 * resolution else { continue }
            refined.bins[end] = min(bound, inner)...max(bound, inner)
        }
        return refined
    }

    /// `value` rounded to the decimal place of `step`'s first significant digit.
    static func rounded(_ value: Double, toDecimalsOf step: Double) -> Double {
        guard step > 0, step.isFinite else { return value }
        let scale = pow(10, (-log10(step)).rounded(.up))
        return (value * scale).rounded() / scale
    }

    /// The value at `colour` on the line through two (colour, value) points, when the colour
    /// lies within `maximumOffLine` of it and beyond the first point (away from the second).
    static func middle(of colour: LabColour, along p: (LabColour, Double), _ q: (LabColour, Double)) -> Double? {
        let d = (q.0.l - p.0.l, q.0.a - p.0.a, q.0.b - p.0.b)
        let length2 = d.0 * d.0 + d.1 * d.1 + d.2 * d.2
        guard length2 > 0, q.1 != p.1 else { return nil }
        let v = (colour.l - p.0.l, colour.a - p.0.a, colour.b - p.0.b)
        let t = (v.0 * d.0 + v.1 * d.1 + v.2 * d.2) / length2
        let onLine = LabColour(l: p.0.l + t * d.0, a: p.0.a + t * d.1, b: p.0.b + t * d.2)
        guard t < 0, colour.distance(to: onLine) <= maximumOffLine else { return nil }
        return p.1 + t * (q.1 - p.1)
    }
}
