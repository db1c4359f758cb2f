import Testing
@testable import FigScribe

@Suite("SymbolCheck")
struct SymbolCheckTests {
    /// Capitals 20 px tall, x-height 14 px, baseline at y = 40.
    static let metrics = LineMetrics(glyphs: [
        ("H", PixelRect(minX: 0, minY: 20, maxX: 14, maxY: 40), 95), ("x", PixelRect(minX: 20, minY: 26, maxX: 32, maxY: 40), 95),
    ])

    /// A glyph drawn by `isInk` in a box from `top` to `bottom`.
    static func shape(width: Int, top: Int, bottom: Int, components: Int = 1, _ isInk: (Int, Int) -> Bool) -> GlyphShape {
        let height = bottom - top
        let ink = (0..<(width * height)).map { isInk($0 % width, $0 / width) }
        return GlyphShape(box: PixelRect(minX: 0, minY: top, maxX: width, maxY: bottom), ink: ink, componentCount: components)
    }

    /// SentencePiece's ▁: a solid bar an eighth of an em thick (3 px on 20-px capitals) and
    /// as wide as a capital is tall; an underscore is thinner or narrower.
    @Test func aThickWideBarReadAsAnUnderscoreIsALowerBlock() {
        let block = Self.shape(width: 20, top: 44, bottom: 48) { _, _ in true }
        let underscore = Self.shape(width: 14, top: 44, bottom: 46) { _, _ in true }
        let wideThin = Self.shape(width: 20, top: 44, bottom: 46) { _, _ in true }
        #expect(SymbolCheck.symbol(read: "_", shape: block, metrics: Self.metrics, isolated: false) == "▁")
        #expect(SymbolCheck.symbol(read: "_", shape: underscore, metrics: Self.metrics, isolated: false) == nil)
        #expect(SymbolCheck.symbol(read: "_", shape: wideThin, metrics: Self.metrics, isolated: false) == nil)
    }

    @Test func aUWithADescendingStemIsMicro() {
        let micro = Self.shape(width: 10, top: 26, bottom: 45) { x, y in x < 2 || (x >= 8 && y < 14) || (y >= 12 && y < 14) }
        let u = Self.shape(width: 10, top: 26, bottom: 40) { x, y in x < 2 || x >= 8 || y >= 12 }
        #expect(SymbolCheck.symbol(read: "u", shape: micro, metrics: Self.metrics, isolated: false) == "µ")
        #expect(SymbolCheck.symbol(read: "u", shape: u, metrics: Self.metrics, isolated: false) == nil)
        #expect(SymbolCheck.symbol(read: "u", shape: micro, metrics: Self.metrics, isolated: true) == nil)
    }

    /// A micro sign opening a unit may be read "p" or "y": open at the top (no bowl), its
    /// left stem straight from the x-height to below the baseline. A real p has a bowl, a
    /// real y a slanting tail; after a letter ("sample") a p is never checked.
    @Test func aMicroSignReadAsPOrYIsMicro() {
        let micro = Self.shape(width: 10, top: 26, bottom: 45) { x, y in x < 2 || (x >= 8 && y < 14) || (y >= 12 && y < 14) }
        let p = Self.shape(width: 10, top: 26, bottom: 45) { x, y in x < 2 || (y < 14 && (x >= 8 || y < 2 || y >= 12)) }
        let y = Self.shape(width: 10, top: 26, bottom: 45) { x, y in
            y < 14 ? (x < 2 || x >= 8 || y >= 12) : (x >= 8 - (y - 14) / 2 && x < 10 - (y - 14) / 2)
        }
        for read in ["p", "y"] {
            #expect(SymbolCheck.symbol(read: read, shape: micro, metrics: Self.metrics, isolated: false) == "µ")
            #expect(SymbolCheck.symbol(read: read, shape: micro, metrics: Self.metrics, isolated: false, letterBefore: "m") == nil)
        }
        #expect(SymbolCheck.symbol(read: "p", shape: p, metrics: Self.metrics, isolated: false) == nil)
        #expect(SymbolCheck.symbol(read: "y", shape: y, metrics: Self.metrics, isolated: false) == nil)
    }

    @Test func aCapitalOpenAtTheBottomIsOmega() {
        // Ω: an arch with two feet, no enclosed hole; O: a closed ring.
        let omega = Self.shape(width: 18, top: 20, bottom: 40) { x, y in
            y < 2 || ((x < 2 || x >= 16) && y < 16) || (y >= 18 && (x < 6 || x >= 12))
        }
        let ring = Self.shape(width: 18, top: 20, bottom: 40) { x, y in x < 2 || x >= 16 || y < 2 || y >= 18 }
        #expect(SymbolCheck.symbol(read: "Q", shape: omega, metrics: Self.metrics, isolated: true) == "Ω")
        #expect(SymbolCheck.symbol(read: "O", shape: ring, metrics: Self.metrics, isolated: true) == nil)
    }

    /// A small serif O whose bottom broke open looks like Ω, but Ω ends its unit: a glyph
    /// with a letter or digit after it in its word is none ("FOXA1", "2004").
    @Test func anOpenOWithinItsWordIsNoOmega() {
        let open = Self.shape(width: 18, top: 20, bottom: 40) { x, y in
            x < 2 || x >= 16 || y < 2 || (y >= 18 && (x < 7 || x >= 11))
        }
        #expect(SymbolCheck.symbol(read: "O", shape: open, metrics: Self.metrics, isolated: false) == "Ω")
        #expect(SymbolCheck.symbol(read: "O", shape: open, metrics: Self.metrics, isolated: false, continuesWord: true) == nil)
        // Ω follows a number or a unit prefix, not another letter ("kΩ", but "runl0").
        #expect(SymbolCheck.symbol(read: "0", shape: open, metrics: Self.metrics, isolated: false, letterBefore: "k") == "Ω")
        #expect(SymbolCheck.symbol(read: "0", shape: open, metrics: Self.metrics, isolated: false, letterBefore: "l") == nil)
    }

    @Test func aPlusWithABarUnderItIsPlusMinus() {
        let plusMinus = Self.shape(width: 12, top: 22, bottom: 40, components: 2) { x, y in
            (y < 14 && (x == 5 || x == 6)) || y == 6 || y >= 16
        }
        #expect(SymbolCheck.symbol(read: "+", shape: plusMinus, metrics: Self.metrics, isolated: true) == "±")
    }

    @Test func aRaisedSmallGlyphIsASuperscript() {
        let raised = Self.shape(width: 6, top: 19, bottom: 29) { _, _ in true }
        let onBaseline = Self.shape(width: 6, top: 30, bottom: 40) { _, _ in true }
        #expect(SymbolCheck.isSuperscript(raised, metrics: Self.metrics))
        #expect(!SymbolCheck.isSuperscript(onBaseline, metrics: Self.metrics))
    }

    /// A degree sign filled in at a few pixels: a blob hanging from the top of the C after
    /// it; one level with the C's middle (a bullet) or as tall as the C (a letter) is not.
    @Test func aSmallBlobHangingFromTheTopOfACIsADegreeSign() {
        func box(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int) -> GlyphShape {
            GlyphShape(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY),
                       ink: [Bool](repeating: true, count: (maxX - minX) * (maxY - minY)), componentCount: 1)
        }
        let c = box(14, 20, 30, 40)
        #expect(SymbolCheck.isDegreeBlob(box(2, 20, 10, 28), before: c))
        #expect(!SymbolCheck.isDegreeBlob(box(2, 26, 10, 34), before: c))
        #expect(!SymbolCheck.isDegreeBlob(box(0, 20, 12, 40), before: c))
    }

    /// ‰ read "%o": the small circle after the per-cent sign, level with its lower circle,
    /// is the sign's third circle; a letter o as tall as the sign, or one standing higher, is not.
    @Test func aSmallCircleAfterAPerCentSignIsPerMille() {
        func box(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int) -> GlyphShape {
            GlyphShape(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY),
                       ink: [Bool](repeating: true, count: (maxX - minX) * (maxY - minY)), componentCount: 1)
        }
        let percent = box(0, 20, 22, 44)
        #expect(SymbolCheck.isPerMilleCircle(box(18, 33, 30, 44), after: percent, read: "o"))
        #expect(!SymbolCheck.isPerMilleCircle(box(24, 20, 40, 44), after: percent, read: "o"))
        #expect(!SymbolCheck.isPerMilleCircle(box(18, 22, 30, 33), after: percent, read: "o"))
        #expect(!SymbolCheck.isPerMilleCircle(box(18, 33, 30, 44), after: percent, read: "x"))
    }

    /// A bold Ω whose feet touch (so it encloses a hole) still stands on feet as wide as
    /// itself, read alone as a legend label; an O narrows to its bottom.
    @Test func feetMakeOmegaEvenWhenClosed() {
        let closedOmega = Self.shape(width: 12, top: 0, bottom: 12) { x, y in
            y >= 10 || ((x < 2 || x >= 10) && y >= 2 && y < 10) || (y < 2 && x >= 2 && x < 10)
        }
        let ring = Self.shape(width: 12, top: 0, bottom: 12) { x, y in
            let dx = Double(x) - 5.5, dy = Double(y) - 5.5
            let r = (dx * dx + dy * dy).squareRoot()
            return r >= 4 && r <= 6
        }
        let unmeasured = LineMetrics(glyphs: [])
        #expect(SymbolCheck.symbol(read: "Q", shape: closedOmega, metrics: unmeasured, isolated: true) == "Ω")
        #expect(SymbolCheck.symbol(read: "O", shape: ring, metrics: unmeasured, isolated: true) == nil)
    }
}

extension SymbolCheckTests {
    /// "log₂ FC" read "logz FC": the z is the line's only confidently read x-height letter, so
    /// measured with it the line's x-height is its own; measured against the others it is a
    /// small glyph on the baseline, a subscript. A real z, as tall as the x-height, is not.
    @Test func aSubscriptReadAsZIsMeasuredAgainstTheOtherGlyphs() {
        let sub = Self.shape(width: 14, top: 40, bottom: 61) { _, y in y < 3 || y >= 18 }
        let z = Self.shape(width: 16, top: 34, bottom: 61) { _, y in y < 3 || y >= 24 }
        func line(_ glyph: GlyphShape) -> [(text: String, box: PixelRect, confidence: Double)] {
            [("g", PixelRect(minX: 0, minY: 34, maxX: 24, maxY: 70), 99), ("z", glyph.box, 97),
             ("F", PixelRect(minX: 40, minY: 25, maxX: 61, maxY: 61), 99), ("C", PixelRect(minX: 65, minY: 25, maxX: 94, maxY: 61), 99)]
        }
        #expect(SymbolCheck.isSubscript(sub, read: "z", metrics: GlyphRepairer.metrics(of: sub.box, among: line(sub))))
        #expect(!SymbolCheck.isSubscript(z, read: "z", metrics: GlyphRepairer.metrics(of: z.box, among: line(z))))
    }
}

extension SymbolCheckTests {
    /// A bold ± whose stem runs into its bar is one piece of ink; a plain plus has no bar.
    @Test func aPlusJoinedToItsBarIsPlusMinus() {
        let joined = Self.shape(width: 12, top: 22, bottom: 40) { x, y in (x == 5 || x == 6) || y == 6 || y >= 16 }
        let plus = Self.shape(width: 12, top: 22, bottom: 36) { x, y in (x == 5 || x == 6) || y == 6 }
        #expect(SymbolCheck.symbol(read: "+", shape: joined, metrics: Self.metrics, isolated: true) == "±")
        #expect(SymbolCheck.symbol(read: "+", shape: plus, metrics: Self.metrics, isolated: true) == nil)
    }
}

extension SymbolCheckTests {
    /// `eng` reads the ₂ of "CO₂" as a comma: a glyph half a capital high, its top well above
    /// the baseline, is a subscript digit; a real comma is smaller and hangs from the baseline.
    @Test func aSubscriptReadAsACommaIsASubscript() {
        let two = Self.shape(width: 7, top: 30, bottom: 41) { x, y in y < 2 || y > 8 || x + y >= 8 }
        let comma = Self.shape(width: 3, top: 36, bottom: 44) { x, y in y < 3 || x == 1 }
        #expect(SymbolCheck.isSubscript(two, read: ",", metrics: Self.metrics))
        #expect(!SymbolCheck.isSubscript(comma, read: ",", metrics: Self.metrics))
    }
}
