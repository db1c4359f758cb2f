import Testing
@testable import FigScribe

@Suite("FigureText")
struct FigureTextTests {
    static func line(_ text: String, _ box: PixelRect, role: TextRole = .title, angle: Double = 0) -> FigureText.ReadLine {
        .init(line: TextLine(box: box, angle: angle, glyphIDs: [], glyphSize: 12), role: role, angle: angle, text: text,
              confidence: 90)
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

    /// A y label turned to read upwards whose words were found apart (Octave's wide word
    /// spaces) reads from the bottom up, not in the words' top-to-bottom order.
    @Test func turnedPiecesJoinInTheirOwnReadingOrder() {
        let up = FigureText(lines: [
            Self.line("day", PixelRect(minX: 20, minY: 180, maxX: 33, maxY: 207), role: .yLabel, angle: 90),
            Self.line("of", PixelRect(minX: 20, minY: 217, maxX: 31, maxY: 234), role: .yLabel, angle: 90),
            Self.line("Time", PixelRect(minX: 20, minY: 246, maxX: 31, maxY: 280), role: .yLabel, angle: 90),
        ])
        #expect(up.joined(.yLabel) == "Time of day")
        let down = FigureText(lines: [
            Self.line("(%)", PixelRect(minX: 560, minY: 240, maxX: 571, maxY: 257), role: .colorbarLabel, angle: -90),
            Self.line("share", PixelRect(minX: 560, minY: 197, maxX: 570, maxY: 237), role: .colorbarLabel, angle: -90),
            Self.line("second line", PixelRect(minX: 540, minY: 190, maxX: 552, maxY: 260), role: .colorbarLabel, angle: -90),
        ])
        #expect(down.joined(.colorbarLabel) == "share (%) second line")
    }
}
