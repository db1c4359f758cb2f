import Testing
@testable import FigScribe

@Suite("GreekLetterCheck")
struct GreekLetterCheckTests {
    /// A line with 16-px x-height and 22-px capitals, baseline at y = 40.
    static let metrics = LineMetrics(glyphs: [
        ("H", PixelRect(minX: 0, minY: 18, maxX: 14, maxY: 40), 95), ("x", PixelRect(minX: 20, minY: 24, maxX: 32, maxY: 40), 95),
    ])

    /// A 19×19 bowl standing on the baseline, with a
    /// top bar running to the right edge (σ) or curling back in (o).
    static func bowl(bar: Bool) -> GlyphShape {
        let size = 19
        let ink = (0..<(size * size)).map { i -> Bool in
            let x = Double(i % size) - 9, y = Double(i / size) - 10
            let r = (x * x + y * y).squareRoot()
            let ring = r >= 6 && r <= 8.6
            let topBar = bar && i / size <= 2 && i % size >= 9
            return ring || topBar
        }
        return GlyphShape(box: PixelRect(minX: 0, minY: 21, maxX: size, maxY: 40), ink: ink, componentCount: 1)
    }

    @Test func sigmaHasABarReachingPastItsBowl() {
        #expect(GreekLetterCheck.shape(Self.bowl(bar: true), looksLike: "σ", metrics: Self.metrics))
        #expect(!GreekLetterCheck.shape(Self.bowl(bar: false), looksLike: "σ", metrics: Self.metrics))
    }
}

extension GreekLetterCheckTests {
    /// A lone label's line is measured from its one glyph, so a μ's descender seems to rest
    /// on the baseline: its left stem running on alone below the bowl still tells it from a u.
    @Test func aLoneMuIsToldByItsDescendingLeftStem() {
        let micro = SymbolCheckTests.shape(width: 10, top: 0, bottom: 19) { x, y in x < 2 || (x >= 8 && y < 14) || (y >= 12 && y < 14) }
        let u = SymbolCheckTests.shape(width: 10, top: 0, bottom: 14) { x, y in x < 2 || x >= 8 || y >= 12 }
        let selfMeasured = { (s: GlyphShape) in LineMetrics(glyphs: [("u", s.box, 95)]) }
        #expect(GreekLetterCheck.shape(micro, looksLike: "μ", metrics: selfMeasured(micro)))
        #expect(!GreekLetterCheck.shape(u, looksLike: "μ", metrics: selfMeasured(u)))
    }
}

extension GreekLetterCheckTests {
    /// The Greek model may read a small η's descender as an iota subscript (ῃ) or give it a
    /// breathing or accent: the same letter.
    @Test func anEtaWithMarksIsAnEta() {
        for read: Character in ["η", "ῃ", "ἠ", "ἡ", "ῆ"] {
            #expect(GreekLetterCheck.variants["η"]?.contains(read) == true)
        }
    }
}

extension GreekLetterCheckTests {
    /// A thin serif Δ at label size may break where its strokes meet, so its outline holds
    /// no hole; its full-width base still tells it from an A, whose legs stand apart.
    @Test func aDeltaWithABrokenOutlineIsToldByItsBase() {
        func stroke(_ x: Int, _ y: Int, right: Bool) -> Bool {
            let edge = right ? 8 + Double(y) * 7 / 21 : 8 - Double(y) * 8 / 21
            return abs(Double(x) - edge) < 1.2
        }
        let delta = SymbolCheckTests.shape(width: 16, top: 18, bottom: 40) { x, y in
            stroke(x, y, right: false) || (stroke(x, y, right: true) && y > 6) || y >= 20
        }
        let a = SymbolCheckTests.shape(width: 16, top: 18, bottom: 40) { x, y in
            stroke(x, y, right: false) || stroke(x, y, right: true) || (y >= 13 && y <= 14 && x > 3 && x < 13)
        }
        #expect(delta.holeCount == 0)
        #expect(GreekLetterCheck.shape(delta, looksLike: "Δ", metrics: Self.metrics))
        #expect(!GreekLetterCheck.shape(a, looksLike: "Δ", metrics: Self.metrics))
    }
}

extension GreekLetterCheckTests {
    /// A λ is one stroke with a single hook at the top and two legs apart at the foot; an X
    /// (two arms at the top) or an S with a hyphen that Tesseract took for one glyph ("S-01")
    /// is not, and is not worth a reading by the Greek model.
    @Test func aLambdaHasOneHookAndTwoLegs() {
        func near(_ x: Int, _ edge: Double) -> Bool { abs(Double(x) - edge) < 1.3 }
        let lambda = SymbolCheckTests.shape(width: 14, top: 18, bottom: 40) { x, y in
            near(x, 2 + Double(y) * 11 / 21) || (y >= 10 && near(x, 7 - Double(y - 10) * 6 / 11))
        }
        let cross = SymbolCheckTests.shape(width: 14, top: 18, bottom: 40) { x, y in
            near(x, 1 + Double(y) * 12 / 21) || near(x, 13 - Double(y) * 12 / 21)
        }
        let sWithHyphen = SymbolCheckTests.shape(width: 20, top: 18, bottom: 40, components: 2) { x, y in
            let s = x < 12 && (y < 3 || (y >= 9 && y < 12) || (y >= 19 && x > 2) || (x < 3 && y < 11) || (x >= 9 && y >= 10))
            let hyphen = x >= 15 && y >= 12 && y < 14
            return s || hyphen
        }
        #expect(GreekLetterCheck.shape(lambda, looksLike: "λ", metrics: Self.metrics))
        #expect(!GreekLetterCheck.shape(cross, looksLike: "λ", metrics: Self.metrics))
        #expect(!GreekLetterCheck.shape(sWithHyphen, looksLike: "λ", metrics: Self.metrics))
    }
}

extension GreekLetterCheckTests {
    /// A glyph read surely as several characters ("an", "C4": touching letters) is those
    /// characters; read unsurely ("UL" for a μ), or one character read unsurely, it may be any
    /// Greek letter `eng` does not know.
    @Test func aGlyphReadSurelyAsSeveralCharactersIsNotTriedAsGreek() {
        #expect(!GreekLetterCheck.mayBeAnyGreekLetter(read: "an", confidence: 99))
        #expect(!GreekLetterCheck.mayBeAnyGreekLetter(read: "C4", confidence: 85))
        #expect(GreekLetterCheck.mayBeAnyGreekLetter(read: "UL", confidence: 70))
        #expect(GreekLetterCheck.mayBeAnyGreekLetter(read: "A", confidence: 50))
        #expect(!GreekLetterCheck.mayBeAnyGreekLetter(read: "A", confidence: 70))
        #expect(GreekLetterCheck.isSurelySeveralCharacters(read: "C3", confidence: 99))
        #expect(!GreekLetterCheck.isSurelySeveralCharacters(read: "Cc", confidence: 39))
        #expect(!GreekLetterCheck.isSurelySeveralCharacters(read: "A", confidence: 95))
    }
}
