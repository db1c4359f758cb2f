/// A text line made ready for Tesseract: gray, enlarged, padded, dark text on white.
public struct PreparedLine: Sendable {
    /// The image handed to the engine, one gray level per pixel, row by row.
    public let levels: [UInt8]
    /// How much the source was enlarged.
    public let scale: Double
    /// Background pixels added on every side after enlarging.
    public let padding: Int
    /// The unrounded gray values of the image (kept for glyph shape tests).
    let gray: GrayImage

    init(gray: GrayImage, scale: Double, padding: Int) {
        self.levels = gray.levels()
        self.gray = gray
        self.scale = scale
        self.padding = padding
    }

    /// The image's width in pixels.
    public var width: Int { gray.width }
    /// The image's height in pixels.
    public var height: Int { gray.height }
    /// The image handed to the engine, as RGBA (made on each call).
    public var image: RGBAImage { RGBAImage(width: width, height: height, grayLevels: levels) }

    /// Maps a box in ``image`` back to the source crop's coordinates.
    public func sourceBox(_ box: PixelRect) -> PixelRect {
        func map(_ v: Int) -> Double { Double(v - padding) / scale }
        return PixelRect(minX: Int(map(box.minX).rounded(.down)), minY: Int(map(box.minY).rounded(.down)),
                        maxX: Int(map(box.maxX).rounded(.up)), maxY: Int(map(box.maxY).rounded(.up)))
    }
}

extension PreparedLine {
    /// The ink of `components` of `mask` (which was made from this line).
    func mask(_ mask: InkMask, components: [Int]) -> GlyphShape? {
        mask.shape(of: components)
    }

    /// The gray pixels inside `box`, or nil when it misses the image.
    func grayCrop(_ box: PixelRect) -> GrayImage? {
        let x0 = max(0, box.minX), y0 = max(0, box.minY), x1 = min(gray.width, box.maxX), y1 = min(gray.height, box.maxY)
        guard x1 > x0, y1 > y0 else { return nil }
        var v: [Float] = []
        v.reserveCapacity((x1 - x0) * (y1 - y0))
        for y in y0..<y1 { for x in x0..<x1 { v.append(gray[x, y]) } }
        return GrayImage(width: x1 - x0, height: y1 - y0, values: v)
    }
}
