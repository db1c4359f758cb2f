import Testing
@testable import FigScribe

@Suite("GlyphRepairer")
struct GlyphRepairerTests {
    /// A glyph of word `word` whose ink spans `minX..<maxX` on a 36-px capital line.
    static func glyph(_ text: String, word: Int, _ minX: Int, _ maxX: Int) -> GlyphGroup {
        let box = PixelRect(minX: minX, minY: 22, maxX: maxX, maxY: 72)
        let shape = GlyphShape(box: box, ink: [Bool](repeating: true, count: box.width * box.height), componentCount: 1)
        return GlyphGroup(text: text, confidence: 99, wordIndex: word, box: box, shape: shape, components: [])
    }

    /// Capitals 50 px tall, x-height 36 px, baseline at y = 72.
    static let metrics = LineMetrics(glyphs: [
        ("H", PixelRect(minX: 0, minY: 22, maxX: 30, maxY: 72), 99), ("x", PixelRect(minX: 40, minY: 36, maxX: 70, maxY: 72), 99),
    ])

    /// "λ × η" read "λX": the X stands a word space (33 px, about an x-height) from the
    /// letter Tesseract joined it to; letters of a word stand a few pixels apart.
    @Test func aGlyphAWordSpaceFromItsWordStandsApart() {
        let joined = [Self.glyph("A", word: 0, 21, 55), Self.glyph("X", word: 0, 88, 125)]
        let word = [Self.glyph("A", word: 0, 21, 55), Self.glyph("X", word: 0, 58, 95)]
        #expect(GlyphRepairer.standsApart(1, in: joined, metrics: Self.metrics))
        #expect(!GlyphRepairer.standsApart(1, in: word, metrics: Self.metrics))
        #expect(!GlyphRepairer.standsApart(0, in: [Self.glyph("X", word: 0, 88, 125)], metrics: Self.metrics))
    }
}

extension GlyphRepairerTests {
    /// "Δ acc" read "Aacc": the A repaired to Δ stands a word space from the letters
    /// Tesseract joined it to. A Latin letter, or a Δ set close ("ΔT"), keeps its word.
    @Test func aRepairedGreekLetterAWordSpaceFromItsWordIsLoose() {
        var loose = [Self.glyph("Δ", word: 0, 21, 55), Self.glyph("a", word: 0, 88, 110)]
        #expect(GlyphRepairer.isLooseGreekLetter(0, in: loose, read: "A", metrics: Self.metrics))
        loose[0].text = "A"
        #expect(!GlyphRepairer.isLooseGreekLetter(0, in: loose, read: "A", metrics: Self.metrics))
        let close = [Self.glyph("Δ", word: 0, 21, 55), Self.glyph("T", word: 0, 58, 90)]
        #expect(!GlyphRepairer.isLooseGreekLetter(0, in: close, read: "A", metrics: Self.metrics))
    }
}

extension GlyphRepairerTests {
    /// "(μ, θ)" read "(u, θ)": the u's loose box left it no ink and the comma took the μ
    /// beside its own; the u takes the μ back. A dot above a stem (an i) is not beside it.
    @Test func aSymbolWithoutInkTakesTheGlyphUnderItsBoxFromItsNeighbour() {
        func symbol(_ text: String, _ minX: Int, _ maxX: Int) -> RecognizedSymbol {
            RecognizedSymbol(text: text, box: PixelRect(minX: minX, minY: 20, maxX: maxX, maxY: 49), confidence: 95, wordIndex: 3)
        }
        let symbols = [symbol("(", 256, 263), symbol("u", 261, 275), symbol(",", 267, 289)]
        let boxes = [PixelRect(minX: 256, minY: 21, maxX: 262, maxY: 45), PixelRect(minX: 267, minY: 27, maxX: 282, maxY: 49),
                     PixelRect(minX: 285, minY: 38, maxX: 289, maxY: 45)]
        #expect(GlyphRepairer.inkForInklessSymbols([[0], [], [1, 2]], symbols: symbols, boxes: boxes) == [[0], [1], [2]])
        let stacked = [boxes[0], PixelRect(minX: 267, minY: 20, maxX: 282, maxY: 25), PixelRect(minX: 268, minY: 27, maxX: 281, maxY: 49)]
        #expect(GlyphRepairer.inkForInklessSymbols([[0], [], [1, 2]], symbols: symbols, boxes: stacked) == [[0], [], [1, 2]])
    }
}

extension GlyphRepairerTests {
    /// "(µm)" read "(um)": the "u" counts as a letter on the baseline, so with it the line's
    /// baseline falls at its foot; judged by the other glyphs its stem descends, as µ's does.
    @Test func aGlyphIsJudgedByTheOtherGlyphsMetrics() {
        let micro = PixelRect(minX: 44, minY: 34, maxX: 66, maxY: 69)
        let line: [(text: String, box: PixelRect, confidence: Double)] = [
            ("(", PixelRect(minX: 25, minY: 26, maxX: 34, maxY: 62), 99), ("u", micro, 94),
            ("m", PixelRect(minX: 68, minY: 35, maxX: 91, maxY: 59), 99), (")", PixelRect(minX: 99, minY: 26, maxX: 108, maxY: 62), 99),
        ]
        let metrics = GlyphRepairer.metrics(of: micro, among: line)
        #expect(metrics.heightAboveBaseline(micro.maxY) < -0.2)
    }
}

extension GlyphRepairerTests {
    /// "▁quick" read "▁ quick": the next glyph stands closer than a word space.
    @Test func aGlyphCloserThanAWordSpaceTouchesTheNext() {
        let close = [Self.glyph("▁", word: 0, 21, 55), Self.glyph("q", word: 1, 60, 90)]
        let apart = [Self.glyph("▁", word: 0, 21, 55), Self.glyph("q", word: 1, 80, 110)]
        #expect(GlyphRepairer.touchesNext(0, in: close, metrics: Self.metrics))
        #expect(!GlyphRepairer.touchesNext(0, in: apart, metrics: Self.metrics))
        #expect(!GlyphRepairer.touchesNext(1, in: close, metrics: Self.metrics))
    }
}

extension GlyphRepairerTests {
    /// Octave's monospace "Lag": its L's stem stands near the middle, as a 1's does, but an
    /// L opening a word of small letters is the word's capital and is not made a digit. An
    /// L inside a word, or before a digit ("L0" for 10), is no such capital.
    @Test func anLOpeningAWordOfSmallLettersIsACapital() {
        let lag = [Self.glyph("L", word: 0, 0, 18), Self.glyph("a", word: 0, 20, 38), Self.glyph("g", word: 0, 40, 58)]
        #expect(GlyphRepairer.opensWordOfSmallLetters(0, in: lag))
        let inside = [Self.glyph("x", word: 0, 0, 18)] + lag.map { var g = $0; g.box.minX += 20; return g }
        #expect(!GlyphRepairer.opensWordOfSmallLetters(1, in: inside))
        #expect(!GlyphRepairer.opensWordOfSmallLetters(0, in: [Self.glyph("L", word: 0, 0, 18), Self.glyph("0", word: 0, 20, 38)]))
        let apart = [Self.glyph("L", word: 0, 0, 18), Self.glyph("a", word: 1, 30, 48), Self.glyph("g", word: 1, 50, 68)]
        #expect(!GlyphRepairer.opensWordOfSmallLetters(0, in: apart))
    }
}

extension GlyphRepairerTests {
    /// A touching "mm" read "mim": across the three glyphs the ink crosses the middle of the
    /// x-height six times, the two m's own strokes, so the i adds none and goes. Seven
    /// crossings ("min" written out, its i a stroke of its own) keep it.
    @Test func anIAddingNoStrokeBetweenTwoMsGoes() {
        func groups(strokes: [Int]) -> (groups: [GlyphGroup], mask: InkMask) {
            var values = [Float](repeating: 255, count: 200 * 80)
            for x0 in strokes {
                for y in 26..<67 { for x in x0..<(x0 + 6) { values[y * 200 + x] = 0 } }
            }
            let mask = InkMask(gray: GrayImage(width: 200, height: 80, values: values))
            func group(_ text: String, _ minX: Int, _ maxX: Int) -> GlyphGroup {
                let box = PixelRect(minX: minX, minY: 26, maxX: maxX, maxY: 67)
                let shape = GlyphShape(box: box, ink: [Bool](repeating: true, count: box.width * box.height), componentCount: 1)
                return GlyphGroup(text: text, confidence: 90, wordIndex: 0, box: box, shape: shape, components: [])
            }
            return ([group("m", 28, 92), group("i", 84, 112), group("m", 96, 159)], mask)
        }
        let mm = groups(strokes: [30, 52, 76, 98, 120, 144])
        #expect(GlyphRepairer.isStrokelessI(1, in: mm.groups, mask: mm.mask))
        let mim = groups(strokes: [30, 52, 76, 90, 98, 120, 144])
        #expect(!GlyphRepairer.isStrokelessI(1, in: mim.groups, mask: mim.mask))
    }
}
