import Testing

@testable import FigScribe

/// Where the colour bar's ends are, from labels placed as legends place them.
@Suite("Colour-bar ends")
struct ColourBarEndsTests {
    /// A figure with a vertical strip, and two colour-bar labels at the strip's ends, each
    /// `inset` pixels inside it (0: flush with the end, as Vega-Lite draws them).
    static func colorbar(inset: Int) throws -> HeatmapFigure.Colorbar {
        let figure = SyntheticHeatmap(rows: 4, columns: 5, cellWidth: 20, cellHeight: 30, seed: 3)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        let s = try #require(layout.strip).box
        func label(_ text: String, minY: Int) -> FigureText.ReadLine {
            let box = PixelRect(minX: s.maxX + 4, minY: minY, maxX: s.maxX + 20, maxY: minY + 10)
            return .init(line: TextLine(box: box, angle: 0, glyphIDs: [], glyphSize: 10), role: .colorbarTick, angle: 0, text: text, confidence: 96)
        }
        let text = FigureText(lines: [label("100", minY: s.minY + inset), label("0", minY: s.maxY - 10 - inset)])
        return try #require(FigureAssembler(layout: layout, text: text, file: "t.png").assemble().colorbar)
    }

    /// Two labels flush with the ends, and no other ticks to judge them by: they mark the ends.
    @Test func twoFlushLabelsMarkTheEnds() throws {
        let bar = try Self.colorbar(inset: 0)
        #expect(bar.min == 0 && bar.max == 100)
    }

    /// Labels a few pixels inside the ends are centred on their ticks: the ends lie beyond.
    @Test func labelsInsideTheEndsAreTicks() throws {
        let bar = try Self.colorbar(inset: 4)
        #expect(bar.min < -3 && bar.max > 103)
    }
}
