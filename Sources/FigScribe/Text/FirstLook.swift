/// A line's first reading by the `eng` model, before second looks and glyph repairs: cheap
/// enough to weigh a direction the line may be drawn in, and where its full reading
/// (``LineReader/read(_:)``) goes on from.
public struct FirstLook: Sendable {
    /// The upright crop as given (a second look enlarges it afresh).
    let line: RGBAImage
    /// What the line is expected to hold.
    let kind: LineKind
    /// The crop made ready for the engine.
    let prepared: PreparedLine
    /// What `eng` read in `prepared`.
    let result: OCRResult

    /// The first reading's mean confidence, 0–100.
    public var confidence: Double { result.confidence }
}
