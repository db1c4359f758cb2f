/// A line of text found in the figure: the glyph components that make it up and the
/// direction it runs in.
public struct TextLine: Equatable, Sendable {
    /// Ink bounding box.
    public var box: PixelRect
    /// Reading direction in degrees counter-clockwise from horizontal (0, 45, 90, −45),
    /// nil while a single glyph leaves it open.
    public var angle: Double?
    /// Ids of the glyph components (for cropping exactly this line's ink).
    var glyphIDs: [Int]
    /// Typical glyph size in pixels (the larger side of a glyph box, median).
    var glyphSize: Double
}
