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

    /// The image as opaque gray RGBA, values rounded and clamped to 0...255.
    func rgba() -> RGBAImage {
        RGBAImage(width: width, height: height, grayLevels: levels())
    }

    /// One byte per pixel, row by row: the values rounded and clamped to 0...255.
    func levels() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: values.count) { out, count in
            values.withUnsafeBufferPointer { source in
                for i in 0..<source.count {
                    // Halves round up, as `rounded()` does for these non-negative values,
                    // without a call into libm for every pixel.
                    let v = max(0, min(255, source[i])), whole = Int32(v)
                    out[i] = UInt8(truncatingIfNeeded: v - Float(whole) >= 0.5 ? whole &+ 1 : whole)
                }
            }
            count = values.count
        }
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
        // Horizontal pass, then vertical pass; taps beyond an edge repeat the edge.
        var tmp = [Float](repeating: 255, count: nw * height)
        values.withUnsafeBufferPointer { src in
            tmp.withUnsafeMutableBufferPointer { dst in
                for x in 0..<nw {
                    let (w, c) = Self.taps(at: x, step: sx, size: width)
                    for y in 0..<height {
                        let row = y * width
                        dst[y * nw + x] = w.0 * src[row + c.0] + w.1 * src[row + c.1] + w.2 * src[row + c.2] + w.3 * src[row + c.3]
                    }
                }
            }
        }
        var out = [Float](repeating: 255, count: nw * nh)
        tmp.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for y in 0..<nh {
                    let (w, r) = Self.taps(at: y, step: sy, size: height)
                    let (r0, r1, r2, r3) = (r.0 * nw, r.1 * nw, r.2 * nw, r.3 * nw)
                    for x in 0..<nw {
                        let v = w.0 * src[r0 + x] + w.1 * src[r1 + x] + w.2 * src[r2 + x] + w.3 * src[r3 + x]
                        dst[y * nw + x] = max(0, min(255, v))
                    }
                }
            }
        }
        return GrayImage(width: nw, height: nh, values: out)
    }

    /// The four weights and source indices (clamped to `0..<size`) of output pixel `i`.
    private static func taps(at i: Int, step: Double, size: Int) -> ((Float, Float, Float, Float), (Int, Int, Int, Int)) {
        let f = (Double(i) + 0.5) * step - 0.5
        let base = Int(f.rounded(.down))
        let w = cubicWeights(Float(f - Double(base)))
        func clamp(_ k: Int) -> Int { min(max(k, 0), size - 1) }
        return (w, (clamp(base - 1), clamp(base), clamp(base + 1), clamp(base + 2)))
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
