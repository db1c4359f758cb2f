import Testing

@testable import FigScribe

/// Tick marks grouped into their labels' lines are taken out of them.
@Suite("TickMarkGlyphs")
struct TickMarkGlyphsTests {
    /// The grid starts at x = 40 and spans y 10..<200.
    static let grid = PixelRect(minX: 40, minY: 10, maxX: 300, maxY: 200)

    /// Solid components with these boxes, ids in order.
    static func components(_ boxes: [PixelRect]) -> [ConnectedComponents.Component] {
        boxes.enumerated().map { ConnectedComponents.Component(id: $0.offset, box: $0.element, pixelCount: $0.element.area) }
    }

    static func removed(_ boxes: [PixelRect], role: TextRole) -> [Int] {
        let parts = components(boxes)
        let line = TextLine(glyphIDs: Array(parts.indices), angle: 0, glyphSize: 10) { parts[$0].box }
        let result = TickMarkGlyphs.removed(from: [FigureLayout.RoledLine(line: line, role: role)], around: grid) { parts[$0] }
        return result[0].line.glyphIDs
    }

    @Test func aDashBetweenALabelAndTheGridIsAMark() {
        // "0", "h", then a 4 × 1 stroke ending 2 px before the grid.
        let glyphs = [PixelRect(minX: 18, minY: 40, maxX: 24, maxY: 50), PixelRect(minX: 25, minY: 40, maxX: 31, maxY: 50)]
        let mark = PixelRect(minX: 34, minY: 45, maxX: 38, maxY: 46)
        #expect(Self.removed(glyphs + [mark], role: .yTick) == [0, 1])
        // Farther from the grid than a mark starts: a dash of the label.
        let far = PixelRect(minX: 32, minY: 45, maxX: 35, maxY: 46)
        #expect(Self.removed(glyphs + [far], role: .yTick) == [0, 1, 2])
    }

    @Test func aStrokeAboveALabelUnderTheGridIsAMark() {
        let glyphs = [PixelRect(minX: 100, minY: 206, maxX: 106, maxY: 216), PixelRect(minX: 107, minY: 206, maxX: 113, maxY: 216)]
        let mark = PixelRect(minX: 106, minY: 201, maxX: 107, maxY: 205)
        #expect(Self.removed([mark] + glyphs, role: .xTick) == [1, 2])
    }

    @Test func aMinusOpeningALabelRightOfTheGridStays() {
        let minus = PixelRect(minX: 302, minY: 45, maxX: 306, maxY: 46)
        let digit = PixelRect(minX: 308, minY: 40, maxX: 314, maxY: 50)
        #expect(Self.removed([minus, digit], role: .colorbarTick) == [0, 1])
    }

    /// The glyphs left of a colour-bar tick label made of `boxes` beside a colour `strip`.
    static func removed(_ boxes: [PixelRect], besideStrip strip: PixelRect) -> [Int] {
        let parts = components(boxes)
        let line = TextLine(glyphIDs: Array(parts.indices), angle: 0, glyphSize: 10) { parts[$0].box }
        return TickMarkGlyphs.removed(
            from: [FigureLayout.RoledLine(line: line, role: .colorbarTick)], around: strip,
            sides: TickMarkGlyphs.Side.allCases, reach: 1) { parts[$0] }[0].line.glyphIDs
    }

    /// Beside a colour strip (x 300..<320) marks touch its edge; a minus sign does not.
    @Test func aStripsMarkTouchesItAndAMinusDoesNot() {
        let strip = PixelRect(minX: 300, minY: 10, maxX: 320, maxY: 200)
        func removed(_ boxes: [PixelRect]) -> [Int] { Self.removed(boxes, besideStrip: strip) }
        let digit = PixelRect(minX: 330, minY: 40, maxX: 336, maxY: 50)
        #expect(removed([PixelRect(minX: 319, minY: 45, maxX: 325, maxY: 46), digit]) == [1])
        #expect(removed([PixelRect(minX: 323, minY: 45, maxX: 327, maxY: 46), digit]) == [0, 1])
    }

    /// plotnine's mark drawn up into a horizontal strip (y 10..<35) from its bottom edge, at
    /// the pale end left of the box found (x from 362): 3 px of antialiased ink, 6 tall,
    /// over the label "0" under the strip. The same stroke standing clear of the edge, or a
    /// glyph as wide, is no mark.
    @Test func aMarkDrawnInFromAStripsEdgeIsAMark() {
        let strip = PixelRect(minX: 362, minY: 10, maxX: 625, maxY: 35)
        func removed(_ boxes: [PixelRect]) -> [Int] { Self.removed(boxes, besideStrip: strip) }
        let zero = PixelRect(minX: 355, minY: 38, maxX: 360, maxY: 46)
        #expect(removed([PixelRect(minX: 357, minY: 29, maxX: 360, maxY: 35), zero]) == [1])
        #expect(removed([PixelRect(minX: 357, minY: 26, maxX: 360, maxY: 32), zero]) == [0, 1])
        #expect(removed([PixelRect(minX: 356, minY: 29, maxX: 361, maxY: 35), zero]) == [0, 1])
    }

    /// matplotlib's 'ggplot' style, colour bar on the left (x 72..<101): each label ends in
    /// a 6 × 2 mark 2 px off the bar ("0.00-" read). Left of the strip a mark ends the
    /// label's line, where no number ends in a dash: it goes within the usual reach. Right
    /// of the strip a minus as far off opens a label and stays.
    @Test func aMarkEndingALabelLeftOfAStripMayStandOffIt() {
        let strip = PixelRect(minX: 72, minY: 47, maxX: 101, maxY: 665)
        func removed(_ boxes: [PixelRect]) -> [Int] {
            let parts = Self.components(boxes)
            let line = TextLine(glyphIDs: Array(parts.indices), angle: 0, glyphSize: 19) { parts[$0].box }
            return TickMarkGlyphs.removedAroundStrip(
                from: [FigureLayout.RoledLine(line: line, role: .colorbarTick)], strip: strip) { parts[$0] }[0].line.glyphIDs
        }
        let digits = [PixelRect(minX: 2, minY: 657, maxX: 14, maxY: 676), PixelRect(minX: 30, minY: 657, maxX: 56, maxY: 676)]
        #expect(removed(digits + [PixelRect(minX: 64, minY: 665, maxX: 70, maxY: 667)]) == [0, 1])
        let minus = PixelRect(minX: 103, minY: 660, maxX: 109, maxY: 662)
        let digit = PixelRect(minX: 111, minY: 652, maxX: 123, maxY: 671)
        #expect(removed([minus, digit]) == [0, 1])
    }
}

