/// Reads one upright line of text (a title, axis label or tick label).
///
/// Uses the small `eng` model for everything, then repairs glyphs it cannot know; the
/// `Greek` model is loaded only when a glyph looks Greek. Not thread-safe: one per thread.
public final class LineReader {
    private let locator: TessdataLocator
    private let english: OCREngine
    private var greekEngine: OCREngine?
    private let preprocessor: LinePreprocessor

    /// Characters a number label may contain (the `eng` model lacks − and ×; harmless here).
    public static let numberCharacters = "0123456789.,-+eE%x×−–—^⁻⁰¹²³⁴⁵⁶⁷⁸⁹"

    /// Loads the `eng` model.
    /// - Parameters:
    ///   - locator: where to find language data.
    ///   - preprocessor: how line crops are enlarged and cleaned.
    /// - Throws: ``TextError`` when `eng.traineddata` is missing or unusable.
    public init(locator: TessdataLocator = TessdataLocator(), preprocessor: LinePreprocessor = LinePreprocessor()) throws {
        self.locator = locator
        self.english = try OCREngine(language: "eng", locator: locator)
        self.preprocessor = preprocessor
    }

    /// Reads `line`.
    /// - Parameters:
    ///   - line: a tight, upright crop of one line, dark or coloured text on a light background.
    ///   - kind: `.number` restricts the characters to those of numbers; `.text` repairs •, ×, °,
    ///     subscript digits and Greek letters.
    /// - Returns: the text and Tesseract's mean confidence.
    /// - Throws: ``TextError`` for an empty image, or when the Greek model is needed but missing.
    public func read(_ line: RGBAImage, kind: LineKind) throws -> RecognizedLine {
        guard line.width > 0, line.height > 0 else { throw TextError.emptyImage(width: line.width, height: line.height) }
        let prepared = preprocessor.prepare(line)
        switch kind {
        case .number:
            let r = try english.recognize(prepared.image, mode: .singleLine, whitelist: Self.numberCharacters)
            return RecognizedLine(text: r.text, confidence: r.confidence)
        case .text:
            let r = try english.recognize(prepared.image, mode: .singleLine)
            let repairer = GlyphRepairer(line: prepared, english: english, greek: { try self.greek() })
            var text = try repairer.repair(r)
            var confidence = r.confidence
            // A very short line the eng model could not read at all may be a lone Greek letter.
            if r.confidence < 50, r.symbols.count <= 3, let g = try? greek().recognize(prepared.image, mode: .singleWord),
               g.confidence > r.confidence, g.text.count == 1, let c = g.text.first, GreekLetterCheck.isDistinctGreek(c) {
                text = g.text
                confidence = g.confidence
            }
            return RecognizedLine(text: text, confidence: confidence)
        }
    }

    private func greek() throws -> OCREngine {
        if let g = greekEngine { return g }
        let g = try OCREngine(language: "Greek", locator: locator)
        greekEngine = g
        return g
    }
}
