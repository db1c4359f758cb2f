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
        #expect(FigureTextReader.candidateAngles(for: [line], tickLabels: true, ink: Self.noInk, levelHeight: 14) == [0, 90, -90])
        #expect(FigureTextReader.candidateAngles(for: [line], tickLabels: false, ink: Self.noInk, levelHeight: 14) == [0, 90])
        #expect(FigureTextReader.candidateAngles(for: [line], tickLabels: true, ink: Self.noInk, levelHeight: 20) == [0])
        #expect(FigureTextReader.candidateAngles(for: [line], tickLabels: true, ink: Self.noInk, levelHeight: nil) == [0])
    }
}
