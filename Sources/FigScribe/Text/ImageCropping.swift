extension RGBAImage {
    /// The part of the image inside `box`, clipped to the image; pixels outside are dropped.
    /// - Parameter box: the region to keep.
    /// - Returns: the crop (possibly 0×0 when `box` misses the image).
    public func cropped(to box: PixelRect) -> RGBAImage {
        let x0 = max(0, box.minX), y0 = max(0, box.minY)
        let x1 = min(width, box.maxX), y1 = min(height, box.maxY)
        guard x1 > x0, y1 > y0 else { return RGBAImage(width: 0, height: 0, pixels: []) }
        var out = [UInt8]()
        out.reserveCapacity((x1 - x0) * (y1 - y0) * 4)
        for y in y0..<y1 {
            let start = (y * width + x0) * 4
            out.append(contentsOf: pixels[start..<(start + (x1 - x0) * 4)])
        }
        return RGBAImage(width: x1 - x0, height: y1 - y0, pixels: out)
    }

    /// A copy with `amount` pixels of `fill` on every side.
    public func padded(by amount: Int, fill: RGBA) -> RGBAImage {
        var out = RGBAImage(width: width + 2 * amount, height: height + 2 * amount, fill: fill)
        for y in 0..<height {
            let src = y * width * 4
            let dst = ((y + amount) * out.width + amount) * 4
            out.pixels.replaceSubrange(dst..<(dst + width * 4), with: pixels[src..<(src + width * 4)])
        }
        return out
    }
}
