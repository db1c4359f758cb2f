/// Cuts one text line out of the figure, keeping only its own ink, and turns it upright.
struct LineImageExtractor {
    let image: RGBAImage
    let ink: ConnectedComponents
    let background: RGBA

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
        return angle == 0 ? crop : crop.rotated(by: -angle, background: background)
    }
}
