/// What one engine call read: the text, its mean confidence and the glyphs.
public struct OCRResult: Hashable, Sendable {
    /// The recognised text with surrounding whitespace removed.
    public var text: String
    /// Tesseract's mean word confidence, 0–100.
    public var confidence: Double
    /// The glyphs, left to right, with boxes in the engine's input image.
    public var symbols: [RecognizedSymbol]

    public init(text: String, confidence: Double, symbols: [RecognizedSymbol]) {
        self.text = text; self.confidence = confidence; self.symbols = symbols
    }
}
