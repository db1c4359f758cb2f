import Testing
@testable import FigScribe

@Suite("FigureText")
struct FigureTextTests {
    static func line(_ text: String, _ box: PixelRect) -> FigureText.ReadLine {
        .init(line: TextLine(box: box, angle: 0, glyphIDs: [], glyphSize: 12), role: .title, angle: 0, text: text, confidence: 90)
    }

    /// A separator dot sits lower than the capitals beside it; it still goes between them.
    @Test func piecesOfOneRowJoinLeftToRight() {
        let text = FigureText(lines: [
            Self.line("Meta Token #3", PixelRect(minX: 200, minY: 22, maxX: 380, maxY: 41)),
            Self.line("Past", PixelRect(minX: 412, minY: 22, maxX: 470, maxY: 44)),
            Self.line("•", PixelRect(minX: 392, minY: 28, maxX: 399, maxY: 36)),
        ])
        #expect(text.joined(.title) == "Meta Token #3 • Past")
    }

    @Test func rowsJoinTopToBottom() {
        let text = FigureText(lines: [
            Self.line("second", PixelRect(minX: 0, minY: 40, maxX: 60, maxY: 52)),
            Self.line("first", PixelRect(minX: 50, minY: 20, maxX: 100, maxY: 32)),
        ])
        #expect(text.joined(.title) == "first second")
        #expect(text.joined(.xLabel) == nil)
    }
}
