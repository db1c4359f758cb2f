/// The text read from one line image.
public struct RecognizedLine: Hashable, Sendable {
    /// The text, with repaired glyphs.
    public var text: String
    /// Mean confidence, 0–100.
    public var confidence: Double

    public init(text: String, confidence: Double) {
        self.text = text; self.confidence = confidence
    }
}
