import Testing

@testable import FigScribe

/// A turned label found as pieces is joined into one upright line.
@Suite("StackedLabelPieces")
struct StackedLabelPiecesTests {
    static func roled(_ box: PixelRect, ids: [Int], angle: Double?, role: TextRole = .yLabel) -> FigureLayout.RoledLine {
        FigureLayout.RoledLine(line: TextLine(box: box, angle: angle, glyphIDs: ids, glyphSize: 10), role: role)
    }

    /// ggplot2's turned "x (m)" at 10 px: ")" lying flat (13 by 4 px, taken as level), "(m"
    /// and "x" one glyph each, stacked with a 5-px word space: one line at 90°.
    @Test func stackedGlyphsOfATurnedLabelAreOneLine() {
        let texts = [
            Self.roled(PixelRect(minX: 7, minY: 343, maxX: 20, maxY: 347), ids: [1], angle: 0),
            Self.roled(PixelRect(minX: 7, minY: 347, maxX: 20, maxY: 361), ids: [2], angle: nil),
            Self.roled(PixelRect(minX: 10, minY: 366, maxX: 17, maxY: 373), ids: [3], angle: nil),
            Self.roled(PixelRect(minX: 24, minY: 60, maxX: 29, maxY: 68), ids: [4], angle: 0, role: .yTick),
        ]
        let joined = StackedLabelPieces.joined(texts)
        let labels = joined.filter { $0.role == .yLabel }
        #expect(labels.count == 1)
        #expect(labels.first?.line.angle == 90)
        #expect(Set(labels.first?.line.glyphIDs ?? []) == [1, 2, 3])
        #expect(labels.first?.line.box == PixelRect(minX: 7, minY: 343, maxX: 20, maxY: 373))
        #expect(joined.contains { $0.role == .yTick })
    }

    /// Two level lines of several glyphs stacked ("Time" over "(h)", a y label set level
    /// on two lines) stay two; pieces a whole column apart stay apart too.
    @Test func levelLinesAndFarPiecesStay() {
        let level = [
            Self.roled(PixelRect(minX: 5, minY: 100, maxX: 30, maxY: 110), ids: [1, 2, 3, 4], angle: 0),
            Self.roled(PixelRect(minX: 8, minY: 113, maxX: 26, maxY: 123), ids: [5, 6, 7], angle: 0),
        ]
        #expect(StackedLabelPieces.joined(level).count == 2)
        let apart = [
            Self.roled(PixelRect(minX: 7, minY: 300, maxX: 20, maxY: 320), ids: [1], angle: nil),
            Self.roled(PixelRect(minX: 7, minY: 340, maxX: 20, maxY: 360), ids: [2], angle: nil),
        ]
        #expect(StackedLabelPieces.joined(apart).count == 2)
    }
}
