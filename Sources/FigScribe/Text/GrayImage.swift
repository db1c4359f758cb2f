/// A single-channel float raster (0 = black, 255 = white) used while preparing text lines.
struct GrayImage: Sendable {
    let width: Int
    let height: Int
    var values: [Float]

    init(width: Int, height: Int, values: [Float]) {
        self.width = width; self.height = height; self.values = values
    }

    init(width: Int, height: Int, fill: Float) {
        self.init(width: width, height: height, values: [Float](repeating: fill, count: width * height))
    }

    /// Luminance of `image`, composited over white where it is transparent.
    init(luminanceOf image: RGBAImage) {
        var v = [Float](repeating: 255, count: image.width * image.height)
        image.pixels.withUnsafeBufferPointer { p in
            for i in 0..<v.count {
                let r = Float(p[i * 4]), g = Float(p[i * 4 + 1]), b = Float(p[i * 4 + 2])
                let a = Float(p[i * 4 + 3]) / 255
                let y = 0.299 * r + 0.587 * g + 0.114 * b
                v[i] = y * a + 255 * (1 - a)
            }
        }
        self.init(width: image.width, height: image.height, values: v)
    }

    @inline(__always) subscript(x: Int, y: Int) -> Float {
        get { values[y * width + x] }
        set { values[y * width + x] = newValue }
    }

    /// The value at `(x, y)` with coordinates clamped to the edge.
    @inline(__always) func clamped(_ x: Int, _ y: Int) -> Float {
        values[min(max(y, 0), height - 1) * width + min(max(x, 0), width - 1)]
    }

    /// The image as opaque gray RGBA, values rounded and clamped to 0...255.
    func rgba() -> RGBAImage {
        var p = [UInt8](repeating: 255, count: width * height * 4)
        for i in 0..<values.count {
            let g = UInt8(max(0, min(255, values[i].rounded())))
            p[i * 4] = g; p[i * 4 + 1] = g; p[i * 4 + 2] = g
        }
        return RGBAImage(width: width, height: height, pixels: p)
    }

    /// The median of the outermost pixels: the background level of a tight text crop.
    func borderLevel() -> Float {
        var border: [Float] = []
        for x in 0..<width { border.append(self[x, 0]); border.append(self[x, height - 1]) }
        for y in 0..<height { border.append(self[0, y]); border.append(self[width - 1, y]) }
        border.sort()
        return border.isEmpty ? 255 : border[border.count / 2]
    }

    /// A copy enlarged by `factor` with Catmull-Rom bicubic interpolation.
    func scaledBicubic(by factor: Double) -> GrayImage {
        let nw = max(1, Int((Double(width) * factor).rounded()))
        let nh = max(1, Int((Double(height) * factor).rounded()))
        let sx = Double(width) / Double(nw), sy = Double(height) / Double(nh)
        // Horizontal pass, then vertical pass.
        var tmp = GrayImage(width: nw, height: height, fill: 255)
        for x in 0..<nw {
            let fx = (Double(x) + 0.5) * sx - 0.5
            let ix = Int(fx.rounded(.down)); let t = Float(fx - Double(ix))
            let w = Self.cubicWeights(t)
            for y in 0..<height {
                tmp[x, y] = w.0 * clamped(ix - 1, y) + w.1 * clamped(ix, y) + w.2 * clamped(ix + 1, y) + w.3 * clamped(ix + 2, y)
            }
        }
        var out = GrayImage(width: nw, height: nh, fill: 255)
        for y in 0..<nh {
            let fy = (Double(y) + 0.5) * sy - 0.5
            let iy = Int(fy.rounded(.down)); let t = Float(fy - Double(iy))
            let w = Self.cubicWeights(t)
            for x in 0..<nw {
                let v = w.0 * tmp.clamped(x, iy - 1) + w.1 * tmp.clamped(x, iy) + w.2 * tmp.clamped(x, iy + 1) + w.3 * tmp.clamped(x, iy + 2)
                out[x, y] = max(0, min(255, v))
            }
        }
        return out
    }

    /// A copy with `amount` pixels of `fill` on every side.
    func padded(by amount: Int, fill: Float) -> GrayImage {
        var out = GrayImage(width: width + 2 * amount, height: height + 2 * amount, fill: fill)
        for y in 0..<height {
            for x in 0..<width { out[x + amount, y + amount] = self[x, y] }
        }
        return out
    }

    private static func cubicWeights(_ t: Float) -> (Float, Float, Float, Float) {
        let t2 = t * t, t3 = t2 * t
        return (
            -0.5 * t3 + t2 - 0.5 * t,
            1.5 * t3 - 2.5 * t2 + 1,
            -1.5 * t3 + 2 * t2 + 0.5 * t,
            0.5 * t3 - 0.5 * t2
        )
    }
}
