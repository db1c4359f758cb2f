import Testing
@testable import FigScribe

/// A one-letter y label grouped with the middle tick label is given back to the axis.
@Suite("AxisLabelSplitter")
struct AxisLabelSplitterTests {
    static let grid = PixelRect(minX: 50, minY: 20, maxX: 400, maxY: 300)

    /// Tick labels "R1" … "R5" right-aligned at x = 44, one every 56 px; glyph ids 0…9.
    /// A turned "y" (ids 10) at `label`, set beside "R3".
    static func lines(label: PixelRect?) -> (lines: [FigureLayout.RoledLine], boxes: [PixelRect]) {
        var boxes: [PixelRect] = []
        var lines: [FigureLayout.RoledLine] = []
        for k in 0..<5 {
            let y = 42 + 56 * k
            boxes += [PixelRect(minX: 30, minY: y, maxX: 36, maxY: y + 10), PixelRect(minX: 37, minY: y, maxX: 44, maxY: y + 10)]
            var ids = [2 * k, 2 * k + 1]
            var box = PixelRect(minX: 30, minY: y, maxX: 44, maxY: y + 10)
            if k == 2, let label {
                ids.insert(10, at: 0)
                box = box.union(label)
            }
            lines.append(.init(line: TextLine(box: box, angle: 0, glyphIDs: ids, glyphSize: 10), role: .yTick))
        }
        if let label { boxes.append(label) }
        return (lines, boxes)
    }

    @Test func aTurnedLetterBesideTheMiddleTickIsTheAxisLabel() {
        let (lines, boxes) = Self.lines(label: PixelRect(minX: 12, minY: 156, maxX: 22, maxY: 164))
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines)
        #expect(out.count == 6)
        #expect(out[2].line.glyphIDs == [4, 5] && out[2].role == .yTick)
        #expect(out[5].role == .yLabel && out[5].line.glyphIDs == [10] && out[5].line.angle == 90)
    }

    /// The same letter at the top of the axis, or set close to the digits, stays in the tick label.
    @Test(arguments: [PixelRect(minX: 12, minY: 42, maxX: 22, maxY: 50), PixelRect(minX: 22, minY: 156, maxX: 28, maxY: 166)])
    func otherwiseNothingChanges(label: PixelRect) {
        var (lines, boxes) = Self.lines(label: label)
        if label.minY == 42 {  // attach it to the first tick instead
            lines = Self.lines(label: nil).lines
            lines[0].line.glyphIDs.insert(10, at: 0)
            boxes.append(label)
        }
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines)
        #expect(out.count == 5)
    }

    /// A turned word of several glyphs ("Cell": a column of letters) beside the middle tick.
    @Test func aTurnedWordBesideTheMiddleTickIsTheAxisLabel() {
        var (lines, boxes) = Self.lines(label: nil)
        let letters = [PixelRect(minX: 12, minY: 146, maxX: 22, maxY: 153), PixelRect(minX: 14, minY: 155, maxX: 22, maxY: 161),
                       PixelRect(minX: 12, minY: 163, maxX: 22, maxY: 165), PixelRect(minX: 12, minY: 167, maxX: 22, maxY: 169)]
        boxes += letters
        lines[2].line.glyphIDs = [10, 11, 12, 13] + lines[2].line.glyphIDs
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines)
        #expect(out.count == 6)
        #expect(out[2].line.glyphIDs == [4, 5])
        #expect(out[5].role == .yLabel && out[5].line.glyphIDs == [10, 11, 12, 13] && out[5].line.angle == 90)
    }

    /// A turned label ("Trial") grouped with two tick labels, a piece with each ("Tr" with
    /// the third, "ial" with the fourth, ids 10 and 11), 7 px before them (under half a
    /// glyph): the pieces stack into one column, a pixel apart, as one word's letters do,
    /// and both are the axis label.
    @Test func aTurnedLabelSetAcrossTwoTickLabelsGoesBackWhole() {
        var (lines, boxes) = Self.lines(label: nil)
        boxes += [PixelRect(minX: 13, minY: 150, maxX: 23, maxY: 185), PixelRect(minX: 13, minY: 186, maxX: 23, maxY: 218)]
        for (k, id) in [(2, 10), (3, 11)] {
            lines[k].line.glyphIDs = [id] + lines[k].line.glyphIDs
            lines[k].line.box = lines[k].line.box.union(boxes[id])
            lines[k].line.glyphSize = 15
        }
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines)
        #expect(out[2].line.glyphIDs == [4, 5] && out[3].line.glyphIDs == [6, 7])
        #expect(out.filter { $0.role == .yLabel }.flatMap(\.line.glyphIDs).sorted() == [10, 11])
        // Set as far apart as tick labels' lines are, the pieces are no column.
        boxes[11] = PixelRect(minX: 13, minY: 193, maxX: 23, maxY: 218)
        #expect(AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines).count == 5)
    }

    /// A turned label ("Depth (m)") whose "(m)" was found as the axis label (id 11, above)
    /// and whose "Depth" was grouped with the middle tick label (id 10): "Depth" goes back
    /// to join it. An axis label elsewhere (level, under the grid) leaves the lines alone.
    @Test func aTurnedLabelsFoundPieceTakesTheRestBack() {
        var (lines, boxes) = Self.lines(label: nil)
        boxes += [PixelRect(minX: 12, minY: 150, maxX: 22, maxY: 180), PixelRect(minX: 12, minY: 128, maxX: 22, maxY: 147)]
        lines[2].line.glyphIDs = [10] + lines[2].line.glyphIDs
        lines[2].line.box = lines[2].line.box.union(boxes[10])
        let found = FigureLayout.RoledLine(line: TextLine(box: boxes[11], angle: 90, glyphIDs: [11], glyphSize: 10), role: .yLabel)
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines + [found])
        #expect(out[2].line.glyphIDs == [4, 5])
        #expect(out.filter { $0.role == .yLabel }.flatMap(\.line.glyphIDs).sorted() == [10, 11])
        var level = found
        level.line.angle = 0
        #expect(AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines + [level]).count == 6)
    }

    /// A turned label ("Region") whose middle letters ("gi", ids 10 and 11) were grouped with
    /// the middle tick label, 5 px before it (a third of a glyph, more than the tick
    /// label's own gaps), and whose ends ("on", "Re") were taken for turned tick labels of
    /// their own, above and below in its column: all of it is the axis label.
    @Test func aTurnedLabelsPiecesAboveAndBelowGoWithIt() {
        var (lines, boxes) = Self.lines(label: nil)
        boxes += [PixelRect(minX: 12, minY: 150, maxX: 24, maxY: 160), PixelRect(minX: 13, minY: 161, maxX: 24, maxY: 165),
                  PixelRect(minX: 14, minY: 128, maxX: 24, maxY: 148), PixelRect(minX: 12, minY: 167, maxX: 24, maxY: 190)]
        lines[2].line.glyphIDs = [10, 11] + lines[2].line.glyphIDs
        lines[2].line.box = lines[2].line.box.union(boxes[10]).union(boxes[11])
        lines.append(.init(line: TextLine(box: boxes[12], angle: 90, glyphIDs: [12], glyphSize: 15), role: .yTick))
        lines.append(.init(line: TextLine(box: boxes[13], angle: 90, glyphIDs: [13], glyphSize: 15), role: .yTick))
        for k in lines.indices { lines[k].line.glyphSize = 15 }
        let out = AxisLabelSplitter(gridBox: Self.grid) { boxes[$0] }.split(lines)
        #expect(out[2].line.glyphIDs == [4, 5] && out[2].role == .yTick)
        #expect(out.filter { $0.role == .yLabel }.flatMap(\.line.glyphIDs).sorted() == [10, 11, 12, 13])
        #expect(out.filter { $0.role == .yTick }.count == 5)
    }
}
