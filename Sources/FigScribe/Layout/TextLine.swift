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

extension TextLine {
    /// The line made of some glyph components, its box the union of theirs.
    /// - Parameter glyphBox: a component's box, by id; `glyphIDs` must not be empty.
    init(glyphIDs: [Int], angle: Double?, glyphSize: Double, glyphBox: (Int) -> PixelRect) {
        let box = glyphIDs.dropFirst().reduce(glyphBox(glyphIDs[0])) { $0.union(glyphBox($1)) }
        self.init(box: box, angle: angle, glyphIDs: glyphIDs, glyphSize: glyphSize)
    }
}
