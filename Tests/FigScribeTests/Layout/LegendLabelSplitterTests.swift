import Testing
@testable import FigScribe

/// A short turned legend label grouped with the colour bar's middle tick label is given
/// back to the legend.
@Suite("LegendLabelSplitter")
struct LegendLabelSplitterTests {
    /// A vertical strip x 500…520, y 20…420; tick labels "0.5" … "4.5" (three glyphs, ids
    /// 3k…3k+2) left-aligned at x 530, ending at x 551, every 100 px.
    static let strip = ColourStrip(box: PixelRect(minX: 500, minY: 20, maxX: 520, maxY: 420), orientation: .vertical, samples: [])

    static func ticks(labelGap: Int?) -> (lines: [FigureLayout.RoledLine], boxes: [PixelRect]) {
        var boxes: [PixelRect] = (0..<5).flatMap { k -> [PixelRect] in
            let y = 15 + 100 * k
            return [PixelRect(minX: 530, minY: y, maxX: 537, maxY: y + 10), PixelRect(minX: 538, minY: y + 8, maxX: 540, maxY: y + 10),
                    PixelRect(minX: 542, minY: y, maxX: 551, maxY: y + 10)]
        }
        if let labelGap { boxes.append(PixelRect(minX: 551 + labelGap, minY: 213, maxX: 561 + labelGap, maxY: 227)) }
        var lines: [FigureLayout.RoledLine] = []
        for k in 0..<5 {
            var ids = [3 * k, 3 * k + 1, 3 * k + 2]
            if k == 2, labelGap != nil { ids.append(15) }
            let box = ids.dropFirst().reduce(boxes[ids[0]]) { $0.union(boxes[$1]) }
            lines.append(.init(line: TextLine(box: box, angle: 0, glyphIDs: ids, glyphSize: 10), role: .colorbarTick))
        }
        return (lines, boxes)
    }

    @Test func aTurnedLabelBesideTheMiddleTickIsTheLegendsLabel() {
        let (lines, boxes) = Self.ticks(labelGap: 8)
        let out = LegendLabelSplitter(strip: Self.strip) { boxes[$0] }.split(lines)
        #expect(out.count == 6)
        #expect(out[2].line.glyphIDs == [6, 7, 8])
        #expect(out[5].role == .colorbarLabel && out[5].line.glyphIDs == [15] && out[5].line.angle == 90)
    }

    /// A glyph set as close as the tick label's own glyphs is part of it (a longer label).
    @Test func aGlyphCloseToItsLabelStays() {
        let (lines, boxes) = Self.ticks(labelGap: 1)
        let out = LegendLabelSplitter(strip: Self.strip) { boxes[$0] }.split(lines)
        #expect(out.count == 5 && out[2].line.glyphIDs == [6, 7, 8, 15])
    }

    /// The middle tick label longer than the others ("-1.5" among "3", "0", "-3"): its point
    /// and last digit, beyond where the others end, stay in the number.
    @Test func aLongerNumbersDecimalsStay() {
        var (lines, boxes) = Self.ticks(labelGap: nil)
        let point = boxes.count, digit = boxes.count + 1
        boxes += [PixelRect(minX: 555, minY: 223, maxX: 557, maxY: 225), PixelRect(minX: 559, minY: 215, maxX: 566, maxY: 225)]
        lines[2].line = TextLine(glyphIDs: [6, 7, 8, point, digit], angle: 0, glyphSize: 10) { boxes[$0] }
        let out = LegendLabelSplitter(strip: Self.strip) { boxes[$0] }.split(lines)
        #expect(out.count == 5 && out[2].line.glyphIDs == [6, 7, 8, point, digit])
        #expect(!out.contains { $0.role == .colorbarLabel })
    }

    /// A turned label's last letters "in" as a line of their own, wholly beyond the tick
    /// labels, opening with the dot of the turned "i": they are the label's, with the
    /// letters grouped with the middle tick label.
    @Test func aLineBeyondTheTicksOpeningWithADotIsTheLabels() {
        var (lines, boxes) = Self.ticks(labelGap: 8)
        let dot = boxes.count, stem = dot + 1, n = dot + 2
        boxes += [PixelRect(minX: 559, minY: 240, maxX: 562, maxY: 243), PixelRect(minX: 563, minY: 240, maxX: 574, maxY: 243),
                  PixelRect(minX: 563, minY: 228, maxX: 574, maxY: 238)]
        lines.append(.init(line: TextLine(glyphIDs: [dot, stem, n], angle: nil, glyphSize: 10) { boxes[$0] }, role: .colorbarTick))
        let out = LegendLabelSplitter(strip: Self.strip) { boxes[$0] }.split(lines)
        #expect(out.count == 6)
        #expect(out.last?.role == .colorbarLabel && Set(out.last!.line.glyphIDs) == [15, dot, stem, n])
    }
}
