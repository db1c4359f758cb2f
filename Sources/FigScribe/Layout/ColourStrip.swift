/// A colour scale drawn as a strip of smoothly varying colour.
public struct ColourStrip: Equatable, Sendable {
    /// The strip's pixel box, frame excluded.
    public var box: PixelRect
    public var orientation: HeatmapFigure.Colorbar.Orientation
    /// Colours sampled along the strip, one per pixel, from its top (vertical) or left
    /// (horizontal) end.
    public var samples: [RGBA]

    /// Measures a candidate region; nil when it is not a smooth colour strip.
    static func measure(_ box: PixelRect, in image: RGBAImage) -> ColourStrip? {
        let vertical = box.height > box.width
        let length = vertical ? box.height : box.width
        let thickness = vertical ? box.width : box.height
        guard length >= 24, thickness >= 3, length >= 3 * thickness else { return nil }
        let inset = thickness / 5
        var samples: [RGBA] = []
        var uniformLines = 0
        for along in 0..<length {
            var r = 0, g = 0, b = 0, n = 0
            var lineColours: [RGBA] = []
            for across in inset..<(thickness - inset) {
                let p = vertical ? image[box.minX + across, box.minY + along] : image[box.minX + along, box.minY + across]
                r += Int(p.r); g += Int(p.g); b += Int(p.b); n += 1
                lineColours.append(p)
            }
            let mean = RGBA(r: UInt8(r / max(1, n)), g: UInt8(g / max(1, n)), b: UInt8(b / max(1, n)))
            if lineColours.allSatisfy({ $0.channelDistance(to: mean) <= 16 }) { uniformLines += 1 }
            samples.append(mean)
        }
        guard Double(uniformLines) >= 0.9 * Double(length) else { return nil }
        // Smooth: colour changes along most of the strip in small steps, and spans a range.
        // The outermost pixels may blend with an outline: judge the inside.
        var changes = 0, total = 0, largest = 0
        for i in 3..<(samples.count - 2) {
            let d = samples[i].channelDistance(to: samples[i - 1])
            if d > 0 { changes += 1 }
            total += d
            largest = max(largest, d)
        }
        let span = samples.first.map { first in samples.map { $0.channelDistance(to: first) }.max() ?? 0 } ?? 0
        // A colour table has many entries (matplotlib's have 256); cells of a one-row heatmap
        // show far fewer distinct colours.
        let distinct = Set(samples).count
        guard span >= 40, Double(changes) >= 0.15 * Double(length), distinct >= min(48, length / 4),
            Double(largest) <= 0.25 * Double(total)
        else { return nil }
        return ColourStrip(box: box, orientation: vertical ? .vertical : .horizontal, samples: samples)
    }
}
