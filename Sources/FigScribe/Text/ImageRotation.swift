import Foundation

extension RGBAImage {
    /// The image rotated counter-clockwise by `degrees` (use −45 to make text drawn at
    /// +45° upright), on a canvas large enough to hold all of it.
    ///
    /// Multiples of 90° are exact pixel moves; other angles use bilinear interpolation.
    /// - Parameters:
    ///   - degrees: counter-clockwise angle; negative turns clockwise.
    ///   - background: the fill for uncovered corners; defaults to the most common border colour.
    /// - Returns: the rotated image.
    public func rotated(by degrees: Double, background: RGBA? = nil) -> RGBAImage {
        guard width > 0, height > 0 else { return self }
        let quarter = degrees / 90
        if quarter == quarter.rounded() {
            return rotatedQuarterTurns(((Int(quarter) % 4) + 4) % 4)
        }
        let fill = background ?? borderMode()
        // An opaque gray image on a gray fill turns as one channel: the same sums, a quarter
        // of the work (every line image turned by 45° is gray).
        if fill.r == fill.g, fill.g == fill.b, fill.a == 255, let levels = grayLevels {
            let turned = Self.turned(levels, width: width, height: height, channels: 1, by: degrees, fill: [fill.r])
            var pixels = [UInt8](repeating: 255, count: turned.pixels.count * 4)
            for (i, v) in turned.pixels.enumerated() {
                pixels[4 * i] = v; pixels[4 * i + 1] = v; pixels[4 * i + 2] = v
            }
            return RGBAImage(width: turned.width, height: turned.height, pixels: pixels)
        }
        let turned = Self.turned(pixels, width: width, height: height, channels: 4, by: degrees,
                                 fill: [fill.r, fill.g, fill.b, fill.a])
        return RGBAImage(width: turned.width, height: turned.height, pixels: turned.pixels)
    }

    /// `source` (`channels` bytes a pixel) turned counter-clockwise by `degrees` with bilinear
    /// interpolation, on a canvas large enough to hold all of it; `fill` elsewhere.
    private static func turned(
        _ source: [UInt8], width w: Int, height h: Int, channels: Int, by degrees: Double, fill: [UInt8]
    ) -> (pixels: [UInt8], width: Int, height: Int) {
        let a = degrees * .pi / 180
        let c = cos(a), s = sin(a)
        let nw = Int((abs(Double(w) * c) + abs(Double(h) * s)).rounded(.up))
        let nh = Int((abs(Double(w) * s) + abs(Double(h) * c)).rounded(.up))
        var out = [UInt8](repeating: 0, count: nw * nh * channels)
        for i in 0..<(nw * nh) { for k in 0..<channels { out[i * channels + k] = fill[k] } }
        let cx = Double(w) / 2, cy = Double(h) / 2
        let ncx = Double(nw) / 2, ncy = Double(nh) / 2
        let fillLevels = fill.map(Double.init)
        source.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for y in 0..<nh {
                    for x in 0..<nw {
                        // Inverse map (y down): counter-clockwise on screen.
                        let dx = Double(x) + 0.5 - ncx, dy = Double(y) + 0.5 - ncy
                        let sx = c * dx - s * dy + cx - 0.5
                        let sy = s * dx + c * dy + cy - 0.5
                        guard sx > -1, sy > -1, sx < Double(w), sy < Double(h) else { continue }
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        // The four neighbours' weights and offsets; -1 for a neighbour off the image (`fill`).
                        let w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy
                        func offset(_ px: Int, _ py: Int) -> Int {
                            px >= 0 && py >= 0 && px < w && py < h ? (py * w + px) * channels : -1
                        }
                        let o00 = offset(x0, y0), o10 = offset(x0 + 1, y0), o01 = offset(x0, y0 + 1), o11 = offset(x0 + 1, y0 + 1)
                        let o = (y * nw + x) * channels
                        for k in 0..<channels {
                            let f = fillLevels[k]
                            var sum = 0.0
                            sum += w00 * (o00 < 0 ? f : Double(source[o00 + k]))
                            sum += w10 * (o10 < 0 ? f : Double(source[o10 + k]))
                            sum += w01 * (o01 < 0 ? f : Double(source[o01 + k]))
                            sum += w11 * (o11 < 0 ? f : Double(source[o11 + k]))
                            target[o + k] = UInt8(sum.rounded())
                        }
                    }
                }
            }
        }
        return (out, nw, nh)
    }

    /// Rotation by `turns` × 90° counter-clockwise, moving pixels exactly.
    private func rotatedQuarterTurns(_ turns: Int) -> RGBAImage {
        switch turns {
        case 0: return self
        case 2:
            var out = self
            for y in 0..<height { for x in 0..<width { out[width - 1 - x, height - 1 - y] = self[x, y] } }
            return out
        default:
            var out = RGBAImage(width: height, height: width)
            for y in 0..<height {
                for x in 0..<width {
                    // Counter-clockwise: (x, y) -> (y, W-1-x); clockwise: (x, y) -> (H-1-y, x).
                    if turns == 1 { out[y, width - 1 - x] = self[x, y] } else { out[height - 1 - y, x] = self[x, y] }
                }
            }
            return out
        }
    }
}
