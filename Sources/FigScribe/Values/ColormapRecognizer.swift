/// Names a colour scale when it matches a well-known colormap.
///
/// Only for naming: values are always read through the figure's own strip, never through
/// these tables. Each map is given by ten evenly spaced colours (`ColormapAnchors`, from the
/// published matplotlib, ColorBrewer, turbo, cubehelix and gnuplot tables); a strip matches
/// when its colours at the same positions are within a few ΔE on average.
enum ColormapRecognizer {
    /// Cut-off for the mean ΔE*76 between the strip and a map.
    static let tolerance = 6.0

    /// The name of the map the ramp (low end first) matches, with `_r` when reversed.
    static func name(of ramp: ColourRamp, lowAtStart: Bool) -> String? {
        let probes = (0..<10).map { Double($0) / 9 }
        func colourAt(_ t: Double) -> LabColour {
            let p = lowAtStart ? t : 1 - t
            let i = ramp.positions.enumerated().min { abs($0.element - p) < abs($1.element - p) }?.offset ?? 0
            return ramp.colours[i]
        }
        let observed = probes.map(colourAt)
        var best: (name: String, error: Double)?
        for map in ColormapAnchors.maps {
            let lab = map.hex.map { LabColour(RGBA(r: UInt8($0 >> 16 & 0xFF), g: UInt8($0 >> 8 & 0xFF), b: UInt8($0 & 0xFF))) }
            for reversed in [false, true] {
                let reference = reversed ? Array(lab.reversed()) : lab
                let error = zip(observed, reference).map { $0.distance(to: $1) }.reduce(0, +) / 10
                if error < (best?.error ?? tolerance) { best = (map.name + (reversed ? "_r" : ""), error) }
            }
        }
        return best?.name
    }
}
