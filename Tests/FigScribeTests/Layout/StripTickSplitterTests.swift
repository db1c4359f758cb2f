import Testing

@testable import FigScribe

/// A horizontal legend's tick labels grouped as one line are split into one line each; a
/// vertical strip's turned one-letter label set hard against a tick label is split off it.
@Suite("StripTickSplitter")
struct StripTickSplitterTests {
    static let strip = ColourStrip(box: PixelRect(minX: 30, minY: 66, maxX: 126, maxY: 84), orientation: .horizontal, samples: [])

    /// Glyph boxes 11 px tall at y 94: each label a list of (minX, maxX).
    static func split(_ glyphs: [(Int, Int)], strip: ColourStrip = strip) -> [[Int]] {
        let boxes = glyphs.map { PixelRect(minX: $0.0, minY: 94, maxX: $0.1, maxY: 105) }
        let line = TextLine(glyphIDs: Array(boxes.indices), angle: 0, glyphSize: 11) { boxes[$0] }
        return StripTickSplitter.split([line], along: strip) { boxes[$0] }.map(\.glyphIDs)
    }

    /// seaborn's "2.5 5.0 7.5" under a short bar: glyphs 1–2 px apart, labels 8 px apart.
    @Test func labelsSetCloseAreSplit() {
        let glyphs = [(45, 52), (53, 55), (57, 65), (73, 80), (81, 83), (85, 94), (102, 109), (110, 112), (114, 122)]
        #expect(Self.split(glyphs) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    }

    /// Words a word space apart (a third of their height) stay one line, as does a line
    /// whose wide gaps are not twice its others, and any line beside a vertical strip.
    @Test func wordsAndUnevenLinesStayWhole() {
        #expect(Self.split([(40, 60), (64, 80), (84, 100)]).count == 1)
        #expect(Self.split([(40, 50), (55, 65), (72, 82)]).count == 1)
        let vertical = ColourStrip(box: PixelRect(minX: 30, minY: 10, maxX: 40, maxY: 200), orientation: .vertical, samples: [])
        let glyphs = [(45, 52), (53, 55), (57, 65), (73, 80), (81, 83), (85, 94)]
        #expect(Self.split(glyphs, strip: vertical).count == 1)
    }

    /// gnuplot's key: labels "60" … "0" flush left beside a vertical strip (two digits 14 px
    /// tall each), its label "z" turned (11 by 9 px) 2 px after the "30" at the strip's
    /// middle. The z is split off; a third digit there, or an exponent rising above the
    /// digits, stays in its label.
    @Test func aTurnedLetterAgainstAVerticalStripsLabelIsSplitOff() {
        let vertical = ColourStrip(box: PixelRect(minX: 30, minY: 10, maxX: 40, maxY: 200), orientation: .vertical, samples: [])
        func split(last: PixelRect) -> [[Int]] {
            var boxes: [PixelRect] = [], lines: [TextLine] = []
            for top in [3, 48, 98, 148, 193] {
                var ids = [boxes.count, boxes.count + 1]
                boxes += [PixelRect(minX: 48, minY: top, maxX: 58, maxY: top + 14), PixelRect(minX: 60, minY: top, maxX: 70, maxY: top + 14)]
                if top == 98 {
                    ids.append(boxes.count)
                    boxes.append(last)
                }
                lines.append(TextLine(glyphIDs: ids, angle: 0, glyphSize: 14) { boxes[$0] })
            }
            return StripTickSplitter.split(lines, along: vertical) { boxes[$0] }.map(\.glyphIDs)
        }
        let letter = split(last: PixelRect(minX: 72, minY: 101, maxX: 83, maxY: 110))
        #expect(letter.count == 6)
        #expect(letter.contains([4, 5]) && letter.contains([6]))
        #expect(split(last: PixelRect(minX: 72, minY: 98, maxX: 82, maxY: 112)).count == 5)
        #expect(split(last: PixelRect(minX: 72, minY: 94, maxX: 78, maxY: 103)).count == 5)
    }

    /// ggplot2's "log2 FC" set left of its bar (strip 247–476 × 350–367), grouped with the
    /// "0" under the bar's start: two lines. A label wholly beside the strip stays whole.
    @Test func aLabelBesideTheStripIsSplitFromTheEndsTickLabel() {
        let strip = ColourStrip(box: PixelRect(minX: 247, minY: 350, maxX: 476, maxY: 367), orientation: .horizontal, samples: [])
        let boxes = [
            PixelRect(minX: 209, minY: 361, maxX: 229, maxY: 371), PixelRect(minX: 231, minY: 361, maxX: 242, maxY: 370),
            PixelRect(minX: 245, minY: 372, maxX: 249, maxY: 378),
        ]
        let line = TextLine(glyphIDs: [0, 1, 2], angle: 0, glyphSize: 7) { boxes[$0] }
        #expect(StripTickSplitter.split([line], along: strip) { boxes[$0] }.map(\.glyphIDs) == [[0, 1], [2]])
        let label = TextLine(glyphIDs: [0, 1], angle: 0, glyphSize: 7) { boxes[$0] }
        #expect(StripTickSplitter.split([label], along: strip) { boxes[$0] }.map(\.glyphIDs) == [[0, 1]])
        // plotnine's mark at the bar's start, 3 px wide beside it, grouped with the "0": no label.
        let marked = [PixelRect(minX: 243, minY: 361, maxX: 246, maxY: 367), boxes[2]]
        let mark = TextLine(glyphIDs: [0, 1], angle: 0, glyphSize: 8) { marked[$0] }
        #expect(StripTickSplitter.split([mark], along: strip) { marked[$0] }.count == 1)
    }

    /// matplotlib's "%" centred over the "500" of a bar on top (strip 6–519 × 33–58), the
    /// two grouped as one line among level labels "0", "50", "100": two lines. Among turned
    /// labels (taller than wide) two stacked glyphs are one turned label and stay whole.
    @Test func aLabelOverATickLabelIsSplitFromIt() {
        let strip = ColourStrip(box: PixelRect(minX: 6, minY: 33, maxX: 519, maxY: 58), orientation: .horizontal, samples: [])
        func split(labels: [PixelRect]) -> [[Int]] {
            let boxes = [PixelRect(minX: 259, minY: 3, maxX: 265, maxY: 10), PixelRect(minX: 255, minY: 14, maxX: 270, maxY: 21)] + labels
            let lines = [TextLine(glyphIDs: [0, 1], angle: 90, glyphSize: 9) { boxes[$0] }]
                + labels.indices.map { i in TextLine(glyphIDs: [i + 2], angle: nil, glyphSize: 9) { boxes[$0] } }
            return StripTickSplitter.split(lines, along: strip) { boxes[$0] }.map(\.glyphIDs)
        }
        let level = [PixelRect(minX: 3, minY: 14, maxX: 8, maxY: 21), PixelRect(minX: 26, minY: 14, maxX: 36, maxY: 21),
                     PixelRect(minX: 50, minY: 14, maxX: 64, maxY: 21)]
        #expect(split(labels: level) == [[0], [1], [2], [3], [4]])
        let turned = [PixelRect(minX: 3, minY: 8, maxX: 9, maxY: 21), PixelRect(minX: 26, minY: 6, maxX: 32, maxY: 21),
                      PixelRect(minX: 50, minY: 4, maxX: 56, maxY: 21)]
        #expect(split(labels: turned) == [[0, 1], [2], [3], [4]])
    }
}

