import Testing

@testable import FigScribe

/// A heatmap that draws no colour bar but prints every cell's number (a confusion matrix).
@Suite("Scale from printed numbers")
struct PrintedScaleTests {
    /// The synthetic figure without its strip, with `texts` printed in its cells row by row
    /// (nil: a cell without a number).
    static func assembled(_ texts: [String?]) throws -> HeatmapFigure {
        let figure = SyntheticHeatmap(rows: 2, columns: 2, cellWidth: 40, cellHeight: 40, seed: 5)
        var layout = try LayoutAnalyzer().analyze(figure.draw().image)
        layout.strip = nil
        let annotations = texts.enumerated().compactMap { k, text -> FigureText.Annotation? in
            guard let text else { return nil }
            let x = layout.gridBox.x + (Double(k % 2) + 0.5) * layout.cellWidth
            let y = layout.gridBox.y + (Double(k / 2) + 0.5) * layout.cellHeight
            let box = PixelRect(minX: Int(x) - 4, minY: Int(y) - 5, maxX: Int(x) + 4, maxY: Int(y) + 5)
            return .init(line: TextLine(box: box, angle: 0, glyphIDs: [], glyphSize: 10), text: text)
        }
        return FigureAssembler(layout: layout, text: FigureText(lines: [], annotations: annotations), file: "t.png").assemble()
    }

    @Test func everyCellPrintedGivesTheScaleTheirRange() throws {
        let figure = try Self.assembled(["4", "1", "1", "2"])
        #expect(figure.values == [[4, 1], [1, 2]])
        let bar = try #require(figure.colorbar)
        #expect(bar.min == 1 && bar.max == 4 && bar.orientation == nil)
        #expect(figure.warnings.contains { $0.contains("printed numbers' range") })
    }

    @Test func aCellWithoutItsNumberLeavesNoScale() throws {
        let figure = try Self.assembled(["4", "1", nil, "2"])
        #expect(figure.colorbar == nil)
        #expect(figure.warnings.contains { $0.contains("no colour scale found") })
    }
}
