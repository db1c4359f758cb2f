/// Cuts one text line out of the figure, keeping only its own ink, and turns it upright.
struct LineImageExtractor {
    let image: RGBAImage
    let ink: ConnectedComponents
    let background: RGBA

    /// How much a line drawn at 45° is enlarged before it is turned upright.
    static let enlargementBeforeTurning = 3.0

    /// The line's pixels (other text blanked out) rotated so that it reads left to right.
    func upright(_ line: TextLine, angle: Double) -> RGBAImage {
        let pad = 2
        let box = PixelRect(
            minX: max(0, line.box.minX - pad), minY: max(0, line.box.minY - pad),
            maxX: min(image.width, line.box.maxX + pad), maxY: min(image.height, line.box.maxY + pad))
        let own = Set(line.glyphIDs)
        var crop = RGBAImage(width: box.width, height: box.height, fill: background)
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX {
                if let id = ink.label(x: x, y: y), !own.contains(id) { continue }
                crop[x - box.minX, y - box.minY] = image[x, y]
            }
        }
        guard angle != 0 else { return crop }
        guard angle.truncatingRemainder(dividingBy: 90) != 0 else { return crop.rotated(by: -angle, background: background) }
        // Interpolating a turn blurs small glyphs; enlarging first keeps their strokes apart.
        let enlarged = GrayImage(luminanceOf: crop).scaledBicubic(by: Self.enlargementBeforeTurning).rgba()
        let level = UInt8(background.luma.rounded())
        let gray = RGBA(r: level, g: level, b: level)
        return Self.trimmed(enlarged.rotated(by: -angle, background: gray), background: gray, pad: pad)
    }

    /// The part of `image` holding ink, plus `pad` pixels: a line turned by 45° sits in the
    /// middle of a much larger square, and the enlargement that follows is sized to the crop.
    static func trimmed(_ image: RGBAImage, background: RGBA, pad: Int) -> RGBAImage {
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<image.height {
                for x in 0..<image.width {
                    guard background.channelDistance(toPixelAt: (y * image.width + x) * 4, in: p) > 24 else { continue }
                    minX = min(minX, x); maxX = max(maxX, x + 1)
                    minY = min(minY, y); maxY = max(maxY, y + 1)
                }
            }
        }
        guard minX <= maxX else { return image }
        return image.cropped(to: PixelRect(minX: minX - pad, minY: minY - pad, maxX: maxX + pad, maxY: maxY + pad))
    }
}
