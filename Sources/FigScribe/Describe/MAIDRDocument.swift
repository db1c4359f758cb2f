/// A figure in MAIDR's JSON shape: one subplot with one heatmap layer (`type: "heat"`)
/// whose `data` holds `x`, `y` and `points` (rows top first; `null` for cells without data).
struct MAIDRDocument: Encodable, Sendable {
    struct Layer: Encodable, Sendable {
        struct Axes: Encodable, Sendable {
            struct Axis: Encodable, Sendable { var label: String? }
            var x: Axis
            var y: Axis
            var fill: Axis?
        }
        struct HeatmapData: Encodable, Sendable {
            var x: [String]
            var y: [String]
            var points: [[Double?]]
        }
        var id: String
        var type: String
        var title: String?
        var axes: Axes
        var data: HeatmapData
    }
    struct Subplot: Encodable, Sendable { var layers: [Layer] }

    var id: String
    var title: String?
    var subplots: [[Subplot]]

    init(analysis: Analysis) {
        let points = (0..<analysis.rows).map { r in
            (0..<analysis.columns).map { c in analysis.value(Cell(row: r, column: c)) }
        }
        self.init(figure: analysis.figure, x: analysis.columnNames.names, y: analysis.rowNames.names, points: points)
    }

    /// A figure none of whose cells could be read: its tick labels name the cells, and
    /// every point is null.
    init(figure: HeatmapFigure) {
        let points = [[Double?]](repeating: [Double?](repeating: nil, count: figure.grid.columns), count: figure.grid.rows)
        self.init(figure: figure, x: figure.xAxis.ticks.map(\.text), y: figure.yAxis.ticks.map(\.text), points: points)
    }

    private init(figure: HeatmapFigure, x: [String], y: [String], points: [[Double?]]) {
        let layer = Layer(
            id: "heatmap", type: "heat", title: figure.title,
            axes: .init(
                x: .init(label: figure.xAxis.label), y: .init(label: figure.yAxis.label),
                fill: figure.colorbar?.label.map { .init(label: $0) }),
            data: .init(x: x, y: y, points: points))
        self.id = "figscribe-" + (figure.image.file.isEmpty ? "figure" : figure.image.file)
        self.title = figure.title
        self.subplots = [[Subplot(layers: [layer])]]
    }
}
