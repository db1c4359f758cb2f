/// Reads one upright line of text (a title, axis label or tick label).
///
/// Uses the small `eng` model for everything, then repairs glyphs it cannot know; the
/// `Greek` model is loaded only when a glyph looks Greek, the `Latin` one only for a
/// line `eng` reads poorly, and without its 88.8 MB word list (measured on the dev corpus:
/// the same labels and passes without it, one tick label more; loading drops from about a
/// second to milliseconds). Not thread-safe: one per thread.
public final class LineReader {
    private let locator: TessdataLocator
    private let english: OCREngine
    private var greekEngine: OCREngine?
    private var latinEngine: OCREngine?
    private let preprocessor: LinePreprocessor

    /// The Greek model's least confidence in a lone letter for it to replace `eng`'s reading.
    static let loneGreekConfidence = 80.0

    /// Below this mean confidence a text line is read a second time, larger.
    static let secondLookConfidence = 85.0
    /// Below this confidence (after the larger reading) the `Latin` model reads it too; it
    /// is large and slow to load, so only lines `eng` cannot read well pay for it.
    static let latinLookConfidence = 60.0

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
        try read(firstLook(line, kind: kind))
    }

    /// Reads `line` once with `eng` (numbers with the number characters only).
    /// - Throws: ``TextError`` for an empty image.
    public func firstLook(_ line: RGBAImage, kind: LineKind) throws -> FirstLook {
        guard line.width > 0, line.height > 0 else { throw TextError.emptyImage(width: line.width, height: line.height) }
        let prepared = preprocessor.prepare(line)
        let whitelist = kind == .number ? Self.numberCharacters : ""
        let result = try english.recognize(prepared, mode: .singleLine, whitelist: whitelist)
        return FirstLook(line: line, kind: kind, prepared: prepared, result: result)
    }

    /// Reads a line from its first look on: the same as ``read(_:kind:)`` of the look's line.
    /// - Parameters:
    ///   - look: the line's first look.
    ///   - corroborated: whether other lines confirm the first reading (an axis's numbered
    ///     names): an unsure one then gets no second looks.
    /// - Throws: ``TextError`` when the Greek model is needed but missing.
    public func read(_ look: FirstLook, corroborated: Bool = false) throws -> RecognizedLine {
        let line = look.line
        switch look.kind {
        case .number:
            return RecognizedLine(text: look.result.text, confidence: look.result.confidence)
        case .text:
            // The ink of the first look's image, found once for the repairs and the lone-letter test.
            let firstMask = InkMask(gray: look.prepared.gray)
            var (prepared, r) = (look.prepared, look.result)
            var enlargedWon = false
            // An unsure reading gets second looks: enlarged half as much again, and by the
            // `Latin` model, whose language model does not pull "ctrl" towards "ctri".
            if r.confidence < Self.secondLookConfidence, !corroborated {
                let second = enlarged.prepare(line)
                let r2 = try english.recognize(second, mode: .singleLine)
                if r2.confidence > r.confidence { (prepared, r, enlargedWon) = (second, r2, true) }
                if r.confidence < Self.latinLookConfidence {
                    let r3 = try latin().recognize(look.prepared, mode: .singleLine)
                    if r3.confidence > r.confidence { (prepared, r, enlargedWon) = (look.prepared, r3, false) }
                }
            }
            let mask = enlargedWon ? InkMask(gray: prepared.gray) : firstMask
            let repairer = GlyphRepairer(line: prepared, mask: mask, english: english, greek: { try self.greek() })
            var text = BracketPairing.repaired(try repairer.repair(r))
            var confidence = r.confidence
            if let letter = try loneGreekLetter(look.prepared, mask: firstMask, english: look.result) {
                (text, confidence) = letter
            }
            return RecognizedLine(text: text, confidence: confidence)
        }
    }

    /// Reads `line` as a number, enlarged half as much again: a lone glyph such as a "0"
    /// may read as nothing at the usual size.
    /// - Throws: ``TextError`` for an empty image.
    public func readEnlargedNumber(_ line: RGBAImage) throws -> RecognizedLine {
        guard line.width > 0, line.height > 0 else { throw TextError.emptyImage(width: line.width, height: line.height) }
        let r = try english.recognize(enlarged.prepare(line), mode: .singleLine, whitelist: Self.numberCharacters)
        return RecognizedLine(text: r.text, confidence: r.confidence)
    }

    /// Reads again, enlarged, a number label read with fewer characters than its line has
    /// glyphs: Tesseract may drop a digit of a clear label ("000" for "2000").
    /// - Parameters:
    ///   - line: the label's upright line image.
    ///   - reading: its reading so far.
    /// - Returns: the enlarged reading when it is a number of one character a glyph, read
    ///   surely; nil otherwise.
    /// - Throws: ``TextError`` for an empty image.
    public func rereadShortNumber(_ line: RGBAImage, reading: String) throws -> RecognizedLine? {
        guard line.width > 0, line.height > 0 else { throw TextError.emptyImage(width: line.width, height: line.height) }
        let glyphs = Self.glyphBoxes(in: InkMask(gray: preprocessor.prepare(line).gray)).count
        guard Self.characterCount(reading) < glyphs else { return nil }
        let again = try readEnlargedNumber(line)
        guard Self.characterCount(again.text) == glyphs, NumberParser.parse(again.text) != nil,
            again.confidence >= Self.secondLookConfidence
        else { return nil }
        return again
    }

    /// Reads `line` as text enlarged to half the usual height: Tesseract reads some lone
    /// symbols only at a smaller size ("%" enlarged fourfold reads "“fo").
    /// - Throws: ``TextError`` for an empty image.
    public func readReduced(_ line: RGBAImage) throws -> RecognizedLine {
        guard line.width > 0, line.height > 0 else { throw TextError.emptyImage(width: line.width, height: line.height) }
        var reduced = preprocessor
        reduced.targetHeight /= 2
        let r = try english.recognize(reduced.prepare(line), mode: .singleLine)
        return RecognizedLine(text: r.text, confidence: r.confidence)
    }

    /// The preparation of second looks: lines enlarged half as much again.
    private var enlarged: LinePreprocessor {
        var larger = preprocessor
        larger.targetHeight *= 1.5
        larger.maximumScale *= 1.5
        return larger
    }

    /// The letters a line's first glyph may be read as, when read alone.
    static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /// The first glyph of a line (left to right), read alone as a letter and as a digit, and its height
    /// relative to the tallest of the line's other glyphs: in "S1" read as "51", the glyph
    /// alone reads as the S the line's digits pulled towards a 5, and its height tells a
    /// capital from a small letter shaped alike ("C1" from "c1").
    /// - Parameters:
    ///   - line: an upright line image.
    ///   - reading: whether to read the glyph by OCR; when false only its shape is measured
    ///     (no letter, confidences 0).
    /// - Returns: nil when the line holds fewer than two glyphs.
    public func leadingGlyph(of line: RGBAImage, reading: Bool = true) throws -> LeadingGlyph? {
        guard line.width > 0, line.height > 0 else { return nil }
        let prepared = preprocessor.prepare(line)
        let mask = InkMask(gray: prepared.gray)
        let ids = mask.componentBoxes.indices.filter { mask.componentAreas[$0] >= 3 }
            .sorted { mask.componentBoxes[$0].minX < mask.componentBoxes[$1].minX }
        guard let firstID = ids.first else { return nil }
        // The first glyph: the first component and those overlapping it across (an i's dot).
        var glyph = mask.componentBoxes[firstID]
        var members = [firstID]
        for id in ids.dropFirst() where mask.componentBoxes[id].minX < glyph.maxX - 1 {
            glyph = glyph.union(mask.componentBoxes[id])
            members.append(id)
        }
        var others = ids.map { mask.componentBoxes[$0] }.filter { $0.minX >= glyph.maxX - 1 }
        var shape = mask.shape(of: members)
        // Small text set tight runs its glyphs together ("s01" one piece): the run is cut
        // where it is thinnest near one glyph's width in, and measured as two parts.
        if members.count == 1, let (first, rest) = mask.openingGlyph(ofRun: glyph) {
            glyph = first
            others.append(rest)
            shape = nil
        }
        guard let tallest = others.map(\.height).max(), tallest > 0 else { return nil }
        // A plain upright bar (I, l) fills a narrow box; a one carries a flag.
        let isBar = shape.map { $0.aspect <= 0.3 && $0.fillRatio >= 0.85 } ?? false
        var letter = OCRResult(text: "", confidence: 0, symbols: []), digit = letter
        if reading {
            // The glyph alone: the glyphs after it are blanked out of the padding.
            let pad = prepared.padding
            var crop = prepared.image.cropped(to: PixelRect(
                minX: glyph.minX - pad, minY: 0, maxX: glyph.maxX + pad, maxY: prepared.height))
            let white = RGBA(r: 255, g: 255, b: 255)
            for y in 0..<crop.height {
                for x in min(crop.width, pad + glyph.width)..<crop.width { crop[x, y] = white }
            }
            letter = try english.recognize(crop, mode: .singleLine, whitelist: Self.letters)
            digit = try english.recognize(crop, mode: .singleLine, whitelist: "0123456789")
        }
        return LeadingGlyph(
            letter: letter.text.count == 1 ? letter.text.first : nil, confidence: letter.confidence,
            digitConfidence: digit.confidence, relativeHeight: Double(glyph.height) / Double(tallest), isBar: isBar,
            hasLeftStem: !isBar && (shape?.hasStraightLeftEdge ?? false))
    }

    /// The heights of a line's glyphs, left to right, in the line's own pixels: components
    /// one mostly above the other (an i's dot and stem) count as one glyph.
    func glyphHeights(of line: RGBAImage) -> [Double] {
        guard line.width > 0, line.height > 0 else { return [] }
        let prepared = preprocessor.prepare(line)
        return Self.glyphBoxes(in: InkMask(gray: prepared.gray)).map { Double($0.height) / prepared.scale }
    }

    /// The ink of a line's glyphs, left to right, in the enlarged image OCR reads (all ink
    /// inside each glyph's box): components one mostly above the other count as one glyph.
    func glyphShapes(of line: RGBAImage) -> [GlyphShape] {
        guard line.width > 0, line.height > 0 else { return [] }
        let mask = InkMask(gray: preprocessor.prepare(line).gray)
        return Self.glyphBoxes(in: mask).map { box in
            var ink = [Bool](repeating: false, count: box.area)
            for y in box.minY..<box.maxY {
                for x in box.minX..<box.maxX where mask.isInk(x, y) { ink[(y - box.minY) * box.width + (x - box.minX)] = true }
            }
            return GlyphShape(box: box, ink: ink, componentCount: 1)
        }
    }

    /// The glyphs of a line's ink, left to right: components one mostly above the other (an
    /// i's dot and stem) make one glyph.
    static func glyphBoxes(in mask: InkMask) -> [PixelRect] {
        let boxes = mask.componentBoxes.indices.filter { mask.componentAreas[$0] >= 3 }
            .map { mask.componentBoxes[$0] }.sorted { $0.minX < $1.minX }
        var glyphs: [PixelRect] = []
        for box in boxes {
            if let last = glyphs.last, 2 * (min(last.maxX, box.maxX) - box.minX) >= min(last.width, box.width) {
                glyphs[glyphs.count - 1] = last.union(box)
            } else {
                glyphs.append(box)
            }
        }
        return glyphs
    }

    /// The characters of a reading, spaces left out.
    private static func characterCount(_ text: String) -> Int {
        text.filter { !$0.isWhitespace }.count
    }

    /// A line of one glyph (a variable name: ρ, θ, μ) the Greek model reads, one character
    /// at a time, as a Greek letter no Latin letter looks like, surely and more surely than
    /// `eng` read it, and whose ink passes that letter's shape test where there is one.
    private func loneGreekLetter(_ line: PreparedLine, mask: InkMask, english r: OCRResult) throws -> (String, Double)? {
        let glyphs = mask.componentAreas.indices.filter { mask.componentAreas[$0] >= 3 }
        guard glyphs.count == 1, let shape = line.mask(mask, components: glyphs) else { return nil }
        // A lone digit (a tick label) stays a digit unless its ink looks like a Greek letter
        // `eng` is known to read as that digit: no Greek model call for it.
        if r.text.count == 1, r.text.first?.isNumber == true,
            !(GreekLetterCheck.confusions[r.text] ?? []).contains(where: {
                GreekLetterCheck.shape(shape, looksLike: $0, metrics: LineMetrics(glyphs: []))
            })
        {
            return nil
        }
        // Read surely as several characters, the glyph is those (touching letters: "C3").
        if GreekLetterCheck.isSurelySeveralCharacters(read: r.text, confidence: r.confidence) { return nil }
        let g = try greek().recognize(line, mode: .singleCharacter)
        guard g.text.count == 1, let c = g.text.first, GreekLetterCheck.isDistinctGreek(c),
            g.confidence >= Self.loneGreekConfidence, g.confidence > r.confidence
        else { return nil }
        let letter = GreekLetterCheck.variants.first { $0.value.contains(c) }?.key
        if let letter, !GreekLetterCheck.shape(shape, looksLike: letter, metrics: LineMetrics(glyphs: [])) {
            return nil
        }
        return (String(letter ?? c), g.confidence)
    }

    private func latin() throws -> OCREngine {
        if let l = latinEngine { return l }
        let l = try OCREngine(language: "Latin", locator: locator, wordDictionary: false)
        latinEngine = l
        return l
    }

    private func greek() throws -> OCREngine {
        if let g = greekEngine { return g }
        let g = try OCREngine(language: "Greek", locator: locator)
        greekEngine = g
        return g
    }
}
