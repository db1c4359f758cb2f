/// A figure composited over white, its background, its foreground ink (every pixel
/// that differs from the background).
struct FigureInk {
    /// How far (largest channel difference) a pixel may be from the background and still
    /// be background; anything farther is ink.
    static let inkThreshold = 2

    let image: RGBAImage
    let background: RGBA
    private(set) var components: ConnectedComponents
    /// The measurements made in `image` so far.
    let measurements: LayoutMemo

    /// Finds the ink of an image.
    /// - Throws: `LayoutError.blankImage` when every pixel is the background.
    init(_ input: RGBAImage) throws(LayoutError) {
        try self.init(flattened: input.flattenedOverWhite())
    }

    /// Finds the ink of an image already composited over white.
    init(flattened image: RGBAImage) throws(LayoutError) {
        let background = image.borderMode()
        var mask = [Bool](repeating: false, count: image.width * image.height)
        var any = false
        image.pixels.withUnsafeBufferPointer { p in
            mask.withUnsafeMutableBufferPointer { mask in
                for i in 0..<mask.count
                where RGBA(r: p[4 * i], g: p[4 * i + 1], b: p[4 * i + 2], a: p[4 * i + 3]).channelDistance(to: background) > Self.inkThreshold {
                    mask[i] = true
                    any = true
                }
            }
        }
        guard any else { throw .blankImage }
        self.image = image
        self.background = background
        components = ConnectedComponents(mask: mask, width: image.width, height: image.height)
        measurements = LayoutMemo(image: image, background: background, components: components)
    }

    /// The ink with glyphs joined corner to corner to the grid's frame or axes (components
    /// whose box spans the grid's `box`: over half of it) made components of their own,
    /// where they lie outside the box (`splittingCornerJoinedPieces`).
    func withPiecesSplitOff(around box: PixelRect) -> FigureInk {
        var ink = self
        for c in components.components where 2 * c.box.overlapArea(box) >= box.area && !box.contains(c.box) {
            _ = ink.components.splittingCornerJoinedPieces(of: c.id, outside: box)
        }
        return ink
    }

    /// A region's box shrunk to the area its colours fill (`RegionTrimmer`).
    func trimmedBox(of region: SolidRegion) -> PixelRect {
        measurements.trimmed(region.box, members: region.componentIDs)
    }
}
