import Testing
@testable import FigScribe

/// The angles a role's lines without a direction of their own are tried at.
@Suite("CandidateAngles")
struct CandidateAnglesTests {
    static let noInk = ConnectedComponents(mask: [], width: 0, height: 0)

    /// pheatmap's "C1" turned top to bottom, its letters touching: a glyph 14 × 23 px in a
    /// figure whose touching pairs make the typical glyph 21 px. Level text 14 px tall says
    /// it is turned.
    @Test func aGlyphMuchTallerThanLevelTextMayBeTurned() {
        let line = TextLine(box: PixelRect(minX: 38, minY: 528, maxX: 52, maxY: 551), angle: nil, glyphIDs: [], glyphSize: 21)
        #expect(FigureTextReader.candidateAngles(for: [line], role: .xTick, ink: Self.noInk, levelHeight: 14) == [0, 90, -90])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .title, ink: Self.noInk, levelHeight: 14) == [0, 90])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .xTick, ink: Self.noInk, levelHeight: 20) == [0])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .xTick, ink: Self.noInk, levelHeight: nil) == [0])
    }

    /// Octave's y label "y" turned: its box is about square, which says nothing of its
    /// direction; a y label of one glyph is tried turned as well, other labels are not.
    @Test func aLoneYLabelGlyphMayBeTurned() {
        let line = TextLine(box: PixelRect(minX: 71, minY: 266, maxX: 81, maxY: 275), angle: nil, glyphIDs: [7], glyphSize: 12)
        #expect(FigureTextReader.candidateAngles(for: [line], role: .yLabel, ink: Self.noInk, levelHeight: 9) == [0, 90])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .xLabel, ink: Self.noInk, levelHeight: 9) == [0])
    }

    /// matplotlib's "cat" at 7 px: the letters touch, one glyph 11 × 6 px, wider than tall
    /// like a turned character, but much wider than level text (7 px) is tall, which no
    /// turned character of that text is: a level word, not tried turned.
    @Test func aGlyphMuchWiderThanLevelTextIsALevelWord() {
        let line = TextLine(box: PixelRect(minX: 18, minY: 68, maxX: 29, maxY: 74), angle: nil, glyphIDs: [], glyphSize: 8)
        #expect(FigureTextReader.candidateAngles(for: [line], role: .yTick, ink: Self.noInk, levelHeight: 7) == [0])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .yTick, ink: Self.noInk, levelHeight: 9) == [0, 90, -90])
        #expect(FigureTextReader.candidateAngles(for: [line], role: .yTick, ink: Self.noInk, levelHeight: nil) == [0, 90, -90])
    }

    /// A role's angle is judged on a few of its lines spread from the first to the last, so
    /// a long axis of turned labels is judged on its ends as well as its start.
    @Test func theAngleIsJudgedOnLinesSpreadAlongTheRole() {
        #expect(FigureTextReader.spread(Array(0..<12), count: 5) == [0, 2, 5, 8, 11])
        #expect(FigureTextReader.spread(Array(0..<5), count: 5) == [0, 1, 2, 3, 4])
        #expect(FigureTextReader.spread([7, 9], count: 5) == [7, 9])
        #expect(FigureTextReader.spread(Array(0..<6), count: 1) == [0])
    }

    /// seaborn_14's tick labels at 45°, first looked at on five lines at each candidate
    /// angle (0°, 90°, −90°, 45°, −45°): single digits read empty at first, so no angle's
    /// first looks are hopeless, but only the two best (45° and 0°) are read in full.
    @Test func onlyTheTwoAnglesWithTheBestFirstLooksAreReadInFull() {
        #expect(FigureTextReader.anglesReadFully(firstTotals: [240, 163, 135, 266, 153], lines: 5) == [0, 3])
        // An angle far behind the best is given up even when it comes second.
        #expect(FigureTextReader.anglesReadFully(firstTotals: [450, 200, 90], lines: 5) == [0])
        // Equal first looks: the earlier candidate goes first.
        #expect(FigureTextReader.anglesReadFully(firstTotals: [300, 300, 300], lines: 4) == [0, 1])
        // One line says too little: every angle is read.
        #expect(FigureTextReader.anglesReadFully(firstTotals: [95, 10, 40], lines: 1) == [0, 1, 2])
    }
}

/// The angle a role's lines share decides the direction of those the grouping left open.
@Suite("TypicalAngle")
struct TypicalAngleTests {
    static func line(_ angle: Double?) -> TextLine {
        TextLine(box: PixelRect(minX: 0, minY: 0, maxX: 20, maxY: 8), angle: angle, glyphIDs: [], glyphSize: 10)
    }

    /// Seaborn's colour-bar labels at 7 px: eight level labels whose direction the grouping
    /// left open, and "1.50" joined at 45° to the legend title under it.
    @Test func oneDiagonalLineAmongOpenOnesDecidesNothing() {
        let lines = [Self.line(45)] + Array(repeating: Self.line(nil), count: 8)
        #expect(FigureTextReader.typicalAngle(of: lines) == nil)
        #expect(FigureTextReader.typicalAngle(of: [Self.line(45), Self.line(45), Self.line(nil)]) == 45)
    }

    @Test func levelAndTurnedLinesDecideAlone() {
        #expect(FigureTextReader.typicalAngle(of: [Self.line(90)] + Array(repeating: Self.line(nil), count: 5)) == 90)
        #expect(FigureTextReader.typicalAngle(of: [Self.line(0), Self.line(0), Self.line(90)]) == 0)
        #expect(FigureTextReader.typicalAngle(of: [Self.line(nil)]) == nil)
    }
}

/// A line much taller than level text is turned, however surely it reads level.
@Suite("TallerThanLevelText")
struct TallerThanLevelTextTests {
    /// lattice's turned "Cell" at 10 px: "Ce" one glyph and the two l's level bars, 12 × 27
    /// px; Tesseract reads it level as "8" at 90.
    @Test func aTurnedWordOfStackedGlyphsIsTall() {
        let line = TextLine(box: PixelRect(minX: 16, minY: 363, maxX: 28, maxY: 390), angle: nil, glyphIDs: [0, 1, 2], glyphSize: 10)
        #expect(FigureTextReader.isTallerThanLevelText(line, levelHeight: 10))
        #expect(!FigureTextReader.isTallerThanLevelText(line, levelHeight: 20))
        #expect(!FigureTextReader.isTallerThanLevelText(line, levelHeight: nil))
        let level = TextLine(box: PixelRect(minX: 0, minY: 0, maxX: 40, maxY: 27), angle: nil, glyphIDs: [0], glyphSize: 10)
        #expect(!FigureTextReader.isTallerThanLevelText(level, levelHeight: 10))
    }
}
