/// One glyph as Tesseract read it.
public struct RecognizedSymbol: Hashable, Sendable {
    /// The glyph's text (usually one character).
    public var text: String
    /// Where the glyph is, in the coordinates of the image given to the engine.
    public var box: PixelRect
    /// Tesseract's confidence, 0–100.
    public var confidence: Double
    /// Index of the word this glyph belongs to (words are separated by spaces).
    public var wordIndex: Int

    public init(text: String, box: PixelRect, confidence: Double, wordIndex: Int) {
        self.text = text; self.box = box; self.confidence = confidence; self.wordIndex = wordIndex
    }
}
