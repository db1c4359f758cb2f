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

    /// An end extrapolated to zero from ticks 2, 4, 6 comes out as 0, not binary noise
    /// (-8.9e-16), and ends keep 6 significant digits of the scale's span.
    @Test func extrapolatedEndsCarryNoBinaryNoise() {
        let fit = ScaleFit(kind: .linear, intercept: -8.881_784e-16, slope: 8.196_43, outliers: [])
        let bar = HeatmapFigure.Colorbar(orientation: .horizontal, min: 0, max: 1).withEnds(fit)
        #expect(bar.min == 0 && bar.min.sign == .plus)
        #expect(FigureAssembler.significant(-8.881_784e-16, of: 8.196_43) == 0)
        #expect(FigureAssembler.significant(8.196_434_9, of: 8.196_43) == 8.196_43)
        #expect(FigureAssembler.significant(1.234_567_8e-9) == 1.234_57e-9)
    }
}

