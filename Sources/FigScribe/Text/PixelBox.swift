/// An axis-aligned pixel rectangle: `minX..<maxX` × `minY..<maxY` (y grows downwards).
public struct PixelBox: Hashable, Sendable {
    public var minX: Int
    public var minY: Int
    public var maxX: Int
    public var maxY: Int

    public init(minX: Int, minY: Int, maxX: Int, maxY: Int) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    public var width: Int { maxX - minX }
    public var height: Int { maxY - minY }
    public var midX: Double { Double(minX + maxX) / 2 }
    public var midY: Double { Double(minY + maxY) / 2 }

    /// The smallest box holding both boxes.
    public func union(_ other: PixelBox) -> PixelBox {
        PixelBox(minX: min(minX, other.minX), minY: min(minY, other.minY),
                 maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The area shared with `other` (0 when they do not overlap).
    public func overlapArea(_ other: PixelBox) -> Int {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }
}
