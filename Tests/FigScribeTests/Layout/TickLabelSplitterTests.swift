import Testing
@testable import FigScribe

/// x tick labels set so close that they were grouped as one line are split per column.
@Suite("TickLabelSplitter")
struct TickLabelSplitterTests {
    /// Ten columns of 24 px from x = 0; labels 9 px high below the grid.
    static let grid = HeatmapFigure.Box(x: 0, y: 0, width: 240, height: 100)

    /// Glyph boxes of labels: each label a list of glyph widths, set `inner` px apart and
    /// centred on `column` (or at `centre`).
    static func glyphs(_ labels: [(centre: Double, widths: [Int])], inner: Int) -> [PixelRect] {
        labels.flatMap { label -> [PixelRect] in
            let total = label.widths.reduce(0, +) + inner * (label.widths.count - 1)
            var x = Int((label.centre - Double(total) / 2).rounded())
            return label.widths.map { w in defer { x += w + inner }; return PixelRect(minX: x, minY: 110, maxX: x + w, maxY: 119) }
        }
    }

    static func split(_ boxes: [PixelRect], merged: Range<Int>, singles: [Range<Int>]) -> [[Int]] {
        func line(_ ids: Range<Int>) -> FigureLayout.RoledLine {
            let box = ids.dropFirst().reduce(boxes[ids.lowerBound]) { $0.union(boxes[$1]) }
            return .init(line: TextLine(box: box, angle: 0, glyphIDs: Array(ids), glyphSize: 9), role: .xTick)
        }
        let lines = singles.map(line) + [line(merged)]
        return TickLabelSplitter(gridBox: grid, columns: 10) { boxes[$0] }.split(lines).map(\.line.glyphIDs)
    }

    static func centre(_ column: Int) -> Double { 24 * Double(column) + 12 }

    @Test func labelsTouchingAcrossColumnsAreSplit() {
        // "C1" "C2" "C3" alone; "C10C11C12" as one line: inner gaps 1 px, 3 px between labels.
        let labels = (0..<3).map { (centre: Self.centre($0), widths: [6, 5]) }
            + (7..<10).map { (centre: Self.centre($0), widths: [6, 5, 5]) }
        let boxes = Self.glyphs(labels, inner: 1)
        let result = Self.split(boxes, merged: 6..<15, singles: [0..<2, 2..<4, 4..<6])
        #expect(result.suffix(3) == [[6, 7, 8], [9, 10, 11], [12, 13, 14]])
    }

    /// A long word over three columns, evenly spaced, stays whole.
    @Test func aLongWordStaysWhole() {
        let labels = (0..<3).map { (centre: Self.centre($0), widths: [6, 5]) }
            + [(centre: Self.centre(6), widths: [7, 7, 7, 7, 7, 7, 7, 7])]
        let boxes = Self.glyphs(labels, inner: 2)
        let result = Self.split(boxes, merged: 6..<14, singles: [0..<2, 2..<4, 4..<6])
        #expect(result.last == Array(6..<14))
    }

    /// On an axis whose labels sit on the cells' edges, nothing is split.
    @Test func labelsOnCellEdgesAreLeftAlone() {
        let labels = (1..<4).map { (centre: 24 * Double($0), widths: [6, 5]) }
            + (7..<10).map { (centre: Self.centre($0), widths: [6, 5, 5]) }
        let boxes = Self.glyphs(labels, inner: 1)
        let result = Self.split(boxes, merged: 6..<15, singles: [0..<2, 2..<4, 4..<6])
        #expect(result.last == Array(6..<15))
    }

    /// Every label of the axis ran into one line ("08 09 … 17", a label on each of ten
    /// columns): split one per column; a line whose pieces miss a column stays whole.
    @Test func aRowOfLabelsRunTogetherIsSplitWhenEveryColumnHasOne() {
        let labels = (0..<10).map { (centre: Self.centre($0), widths: [6, 6]) }
        let boxes = Self.glyphs(labels, inner: 1)
        #expect(Self.split(boxes, merged: 0..<20, singles: []).count == 10)
        let nine = Self.glyphs(Array(labels.prefix(9)), inner: 1)
        #expect(Self.split(nine, merged: 0..<18, singles: []) == [Array(0..<18)])
    }

    /// "Nov Dec" in a font whose letters touch: two pieces, one over each column's centre,
    /// a word space (6 px for 9 px letters) apart. No gaps within a piece to compare with:
    /// the word space itself splits them; pieces 3 px apart stay a line.
    @Test func touchingWordsOverTwoColumnsAreSplitAtAWordSpace() {
        let labels = (0..<3).map { (centre: Self.centre($0), widths: [6, 5]) }
        let words = Self.glyphs(labels, inner: 1) + [PixelRect(minX: 177, minY: 110, maxX: 195, maxY: 119),
                                                     PixelRect(minX: 201, minY: 110, maxX: 219, maxY: 119)]
        #expect(Self.split(words, merged: 6..<8, singles: [0..<2, 2..<4, 4..<6]).suffix(2) == [[6], [7]])
        let close = Self.glyphs(labels, inner: 1) + [PixelRect(minX: 178, minY: 110, maxX: 193, maxY: 119),
                                                     PixelRect(minX: 196, minY: 110, maxX: 211, maxY: 119)]
        #expect(Self.split(close, merged: 6..<8, singles: [0..<2, 2..<4, 4..<6]).last == [6, 7])
    }
}
