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
        let a = degrees * .pi / 180
        let c = cos(a), s = sin(a)
        let nw = Int((abs(Double(width) * c) + abs(Double(height) * s)).rounded(.up))
        let nh = Int((abs(Double(width) * s) + abs(Double(height) * c)).rounded(.up))
        var out = RGBAImage(width: nw, height: nh, fill: fill)
        let cx = Double(width) / 2, cy = Double(height) / 2
        let ncx = Double(nw) / 2, ncy = Double(nh) / 2
        for y in 0..<nh {
            for x in 0..<nw {
                // Inverse map (y down): counter-clockwise on screen.
                let dx = Double(x) + 0.5 - ncx, dy = Double(y) + 0.5 - ncy
                let sx = c * dx - s * dy + cx - 0.5
                let sy = s * dx + c * dy + cy - 0.5
                guard sx > -1, sy > -1, sx < Double(width), sy < Double(height) else { continue }
                let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                let fx = sx - Double(x0), fy = sy - Double(y0)
                var r = 0.0, g = 0.0, b = 0.0, a = 0.0
                func add(_ px: Int, _ py: Int, _ w: Double) {
                    let p = (px >= 0 && py >= 0 && px < width && py < height) ? self[px, py] : fill
                    r += w * Double(p.r); g += w * Double(p.g); b += w * Double(p.b); a += w * Double(p.a)
                }
                add(x0, y0, (1 - fx) * (1 - fy))
                add(x0 + 1, y0, fx * (1 - fy))
                add(x0, y0 + 1, (1 - fx) * fy)
                add(x0 + 1, y0 + 1, fx * fy)
                out[x, y] = RGBA(r: UInt8(r.rounded()), g: UInt8(g.rounded()), b: UInt8(b.rounded()), a: UInt8(a.rounded()))
            }
        }
        return out
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
