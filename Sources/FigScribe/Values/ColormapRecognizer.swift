/// Names a colour scale when it matches a well-known colormap.
///
/// Only for naming: values are always read through the figure's own strip, never through
/// these tables. Each map is given by ten evenly spaced colours (published matplotlib,
/// ColorBrewer and Google turbo values); a strip matches when its colours at the same
/// positions are within a few ΔE on average.
enum ColormapRecognizer {
    private static let anchors: [(name: String, hex: [UInt32])] = [
        ("viridis", [0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6ECE58, 0xB5DE2B, 0xFDE725]),
        ("plasma", [0x0D0887, 0x46039F, 0x7201A8, 0x9C179E, 0xBD3786, 0xD8576B, 0xED7953, 0xFB9F3A, 0xFDCA26, 0xF0F921]),
        ("inferno", [0x000004, 0x1B0C41, 0x4A0C6B, 0x781C6D, 0xA52C60, 0xCF4446, 0xED6925, 0xFB9B06, 0xF7D13D, 0xFCFFA4]),
        ("magma", [0x000004, 0x180F3D, 0x440F76, 0x721F81, 0x9E2F7F, 0xCD4071, 0xF1605D, 0xFD9668, 0xFECA8D, 0xFCFDBF]),
        ("cividis", [0x00224E, 0x123570, 0x3B496C, 0x575D6D, 0x707173, 0x8A8678, 0xA59C74, 0xC3B369, 0xE1CC55, 0xFEE838]),
        ("gray", [0x000000, 0x1C1C1C, 0x393939, 0x555555, 0x717171, 0x8E8E8E, 0xAAAAAA, 0xC6C6C6, 0xE3E3E3, 0xFFFFFF]),
    ]

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
        for map in anchors {
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
