import Foundation

/// A colour in CIELAB (D65), where Euclidean distance approximates perceived difference.
struct LabColour: Equatable, Sendable {
    var l: Double
    var a: Double
    var b: Double

    /// Converts an sRGB pixel.
    init(_ p: RGBA) {
        func linear(_ v: UInt8) -> Double {
            let c = Double(v) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let r = linear(p.r), g = linear(p.g), bl = linear(p.b)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * bl
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        let fx = f(x), fy = f(y), fz = f(z)
        l = 116 * fy - 16
        a = 500 * (fx - fy)
        b = 200 * (fy - fz)
    }

    init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// ΔE*76, the Euclidean distance.
    func distance(to o: LabColour) -> Double {
        squaredDistance(to: o).squareRoot()
    }

    /// The square of ``distance(to:)``: orders colours by distance without a square root.
    @inline(__always) func squaredDistance(to o: LabColour) -> Double {
        (l - o.l) * (l - o.l) + (a - o.a) * (a - o.a) + (b - o.b) * (b - o.b)
    }
}
