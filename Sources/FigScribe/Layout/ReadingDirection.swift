import Foundation

/// Coordinates in the frame of a text line drawn at `degrees` counter-clockwise from
/// horizontal (image y points down): `along` grows in reading order, `across` towards the
/// line's baseline.
struct ReadingDirection {
    private let cosine: Double
    private let sine: Double

    init(degrees: Double) {
        let t = degrees * .pi / 180
        cosine = cos(t)
        sine = sin(t)
    }

    func along(x: Double, y: Double) -> Double { x * cosine - y * sine }
    func across(x: Double, y: Double) -> Double { x * sine + y * cosine }

    /// Where a box's centre lies along the line.
    func along(_ b: PixelRect) -> Double { along(x: b.midX, y: b.midY) }
    /// Where a box's centre lies across the line.
    func across(_ b: PixelRect) -> Double { across(x: b.midX, y: b.midY) }

    /// The span a box's corners cover along the line.
    func extent(_ b: PixelRect) -> (lo: Double, hi: Double) {
        let p = corners(b).map { along(x: $0.x, y: $0.y) }
        return (p.min()!, p.max()!)
    }

    /// The span a box's corners cover across the line.
    func acrossExtent(_ b: PixelRect) -> (lo: Double, hi: Double) {
        let p = corners(b).map { across(x: $0.x, y: $0.y) }
        return (p.min()!, p.max()!)
    }

    private func corners(_ b: PixelRect) -> [(x: Double, y: Double)] {
        [(b.minX, b.minY), (b.maxX, b.minY), (b.minX, b.maxY), (b.maxX, b.maxY)].map { (Double($0.0), Double($0.1)) }
    }
}
