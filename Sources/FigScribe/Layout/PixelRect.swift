/// An integer pixel rectangle; `maxX`/`maxY` are exclusive.
public struct PixelRect: Equatable, Hashable, Sendable {
    public var minX: Int
    public var minY: Int
    public var maxX: Int
    public var maxY: Int

    public init(minX: Int, minY: Int, maxX: Int, maxY: Int) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The whole pixels a box covers, its edges rounded to the nearest pixel boundary.
    init(rounding box: HeatmapFigure.Box) {
        self.init(minX: Int(box.x.rounded()), minY: Int(box.y.rounded()),
                  maxX: Int((box.x + box.width).rounded()), maxY: Int((box.y + box.height).rounded()))
    }

    public var width: Int { maxX - minX }
    public var height: Int { maxY - minY }
    public var area: Int { width * height }
    public var midX: Double { Double(minX + maxX) / 2 }
    public var midY: Double { Double(minY + maxY) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: PixelRect) -> PixelRect {
        PixelRect(minX: min(minX, other.minX), minY: min(minY, other.minY),
                  maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// The empty space between two rectangles along x and y (0 where they overlap).
    public func gap(to other: PixelRect) -> (x: Int, y: Int) {
        (max(0, max(minX, other.minX) - min(maxX, other.maxX)),
         max(0, max(minY, other.minY) - min(maxY, other.maxY)))
    }

    /// The area shared with `other` (0 when they do not overlap).
    public func overlapArea(_ other: PixelRect) -> Int {
        let w = min(maxX, other.maxX) - max(minX, other.minX)
        let h = min(maxY, other.maxY) - max(minY, other.minY)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// Whether the rectangles stand in one column: they overlap across x by half the
    /// narrower's width or more.
    func sharesColumn(with other: PixelRect) -> Bool {
        2 * (min(maxX, other.maxX) - max(minX, other.minX)) >= min(width, other.width)
    }

    /// Whether the rectangles share at least one pixel.
    public func intersects(_ other: PixelRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies inside this rectangle grown by `slack` pixels on every side.
    public func contains(_ other: PixelRect, slack: Int = 0) -> Bool {
        other.minX >= minX - slack && other.maxX <= maxX + slack
            && other.minY >= minY - slack && other.maxY <= maxY + slack
    }

    /// Whether the rectangle holds the point.
    public func contains(x: Double, y: Double) -> Bool {
        x >= Double(minX) && x < Double(maxX) && y >= Double(minY) && y < Double(maxY)
    }
}
