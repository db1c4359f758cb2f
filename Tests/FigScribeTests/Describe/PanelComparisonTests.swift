import Testing

@testable import FigScribe

/// Panels that share a colour scale are compared: how much higher or lower each runs than
/// the first, and where each peaks.
@Suite("Panel comparison")
struct PanelComparisonTests {
    static func panel(_ title: String, _ values: [[Double?]], max: Double = 10) -> HeatmapFigure {
        let ticks = (0...5).map { HeatmapFigure.ColorbarTick(text: String(2 * $0), value: Double(2 * $0)) }
        return HeatmapFigure(
            image: .init(file: "p.png", width: 100, height: 100), title: title,
            xAxis: .init(ticks: [.init(text: "C1", position: 0), .init(text: "C2", position: 1)]),
            yAxis: .init(ticks: [.init(text: "R1", position: 0), .init(text: "R2", position: 1)]),
            colorbar: .init(label: "rate", orientation: .vertical, min: 0, max: max, ticks: ticks),
            grid: .init(rows: 2, columns: 2, box: .init(x: 0, y: 0, width: 10, height: 10)), values: values)
    }

    @Test func panelsOnOneScaleAreCompared() {
        let a = Self.panel("Model", [[1, 2], [3, 9]]), b = Self.panel("Observed", [[2, 3], [9.5, 5]])
        let sentences = PanelComparison.sentences(for: PanelFigure(image: a.image, title: nil, panels: [a, b]))
        #expect(sentences == [
            "Panels 1 and 2 share one colour scale (rate, 0 to 10).",
            "Panel 2 (“Observed”) runs 1.1 higher than panel 1 (“Model”) overall: mean 4.9 against 3.8.",
            "Peaks: panel 1 at R2, C2 (9.0); panel 2 at R2, C1 (9.5).",
        ])
    }

    /// Panels whose colour bars end differently are not on one scale: nothing to compare.
    @Test func panelsOnTheirOwnScalesAreNot() {
        let a = Self.panel("A", [[1, 2], [3, 9]]), b = Self.panel("B", [[2, 3], [9.5, 5]], max: 20)
        #expect(PanelComparison.sentences(for: PanelFigure(image: a.image, title: nil, panels: [a, b])).isEmpty)
    }
}
