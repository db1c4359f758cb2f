import Foundation

/// Compares a figure read from an image with the expected one, in data units: the grid,
/// every cell's value, the colour scale, the title and labels, and the tick labels.
///
/// Cells either reader is unsure of and texts that differ only by OCR look-alikes are
/// listed with their own status and do not make the figures differ.
public struct FigureComparison: Equatable, Sendable {
    /// Everything found to differ, in the order: grid, colour scale, texts, tick labels, cells.
    public let differences: [Difference]

    /// Whether no difference is a real change.
    public var matches: Bool { !differences.contains { $0.status == .changed } }

    /// The real changes.
    public var changes: [Difference] { differences.filter { $0.status == .changed } }

    /// Compares `actual` with `expected`, looking only at the parts `expected` knows.
    /// - Parameter tolerance: how far a value or a colour-scale end may move.
    public init(expected: ExpectedFigure, actual: HeatmapFigure, tolerance: ComparisonTolerance = .standard) {
        differences = Comparer(expected: expected, actual: actual, tolerance: tolerance).differences()
    }

    /// Compares the heatmaps read from an image with the expected ones, panel by panel in
    /// reading order. One heatmap on each side compares as `init(expected:actual:tolerance:)`;
    /// a figure of panels also compares its title, and each panel's differences name the
    /// panel ("panel 2: cell gamma × Thu"). When the number of panels differs, that is the
    /// one difference: which panel is which cannot be known.
    public init(expected: ExpectedPanels, actualTitle: String?, actual: [HeatmapFigure], tolerance: ComparisonTolerance = .standard) {
        if expected.panels.count == 1, actual.count == 1 {
            self.init(expected: expected.panels[0], actual: actual[0], tolerance: tolerance)
            return
        }
        guard expected.panels.count == actual.count else {
            self.init(differences: [Difference(kind: .grid, subject: "panels", expected: "\(expected.panels.count)",
                                               actual: "\(actual.count)", note: "the number of heatmap panels changed")])
            return
        }
        var out: [Difference] = []
        if expected.panels.contains(where: { $0.aspects.contains(.text) }),
           let title = Comparer.textDifference(.text, "figure title", expected.title, actualTitle)
        {
            out.append(title)
        }
        for (i, (e, a)) in zip(expected.panels, actual).enumerated() {
            out += Comparer(expected: e, actual: a, tolerance: tolerance).differences().map { d in
                var d = d
                d.panel = i + 1
                d.subject = "panel \(i + 1): \(d.subject)"
                return d
            }
        }
        self.init(differences: out)
    }

    private init(differences: [Difference]) {
        self.differences = differences
    }

    /// The comparison of an expected figure with an image that holds no heatmap.
    public init(expected: ExpectedFigure, noHeatmap reason: String) {
        let grid = expected.figure.grid
        differences = [Difference(kind: .grid, subject: "grid", expected: "\(grid.rows)×\(grid.columns)", actual: nil,
                                  note: "no heatmap found: \(reason)")]
    }

    /// The comparison of expected panels with an image that holds no heatmap.
    public init(expected: ExpectedPanels, noHeatmap reason: String) {
        if expected.panels.count == 1 {
            self.init(expected: expected.panels[0], noHeatmap: reason)
        } else {
            self.init(differences: [Difference(kind: .grid, subject: "panels", expected: "\(expected.panels.count)", actual: "0",
                                               note: "no heatmap found: \(reason)")])
        }
    }
}

/// The work behind `FigureComparison`: one method per part of the figure.
private struct Comparer {
    let expected: HeatmapFigure
    let aspects: ExpectedFigure.Aspects
    let actual: HeatmapFigure
    let tolerance: ComparisonTolerance
    let scale: ValueScale

    init(expected: ExpectedFigure, actual: HeatmapFigure, tolerance: ComparisonTolerance) {
        self.expected = expected.figure
        self.aspects = expected.aspects
        self.actual = actual
        self.tolerance = tolerance
        let bar = expected.aspects.contains(.colourScale) ? expected.figure.colorbar ?? actual.colorbar : actual.colorbar
        self.scale = ValueScale(colorbar: bar, values: expected.figure.values)
    }

    func differences() -> [Difference] {
        var out: [Difference] = []
        let sameGrid = expected.grid.rows == actual.grid.rows && expected.grid.columns == actual.grid.columns
        var transposed = false
        if aspects.contains(.grid) && !sameGrid {
            transposed = expected.grid.rows == actual.grid.columns && expected.grid.columns == actual.grid.rows
            let confirmed = transposed && aspects.contains(.values) && valuesMatchTransposed()
            out.append(Difference(
                kind: .grid, subject: "grid",
                expected: "\(expected.grid.rows)×\(expected.grid.columns)", actual: "\(actual.grid.rows)×\(actual.grid.columns)",
                note: transposed ? (confirmed ? "transposed" : "transposed?") : nil))
        }
        if aspects.contains(.colourScale) { out += colourScale() }
        if aspects.contains(.text) { out += texts() }
        if aspects.contains(.tickLabels) && !transposed {
            out += tickLabels(expected.xAxis.ticks, actual.xAxis.ticks, axis: "x labels")
            out += tickLabels(expected.yAxis.ticks, actual.yAxis.ticks, axis: "y labels")
        }
        if aspects.contains(.values) && sameGrid { out += cells() }
        return out
    }

    // MARK: Colour scale

    private func colourScale() -> [Difference] {
        guard let old = expected.colorbar else { return [] }
        guard let new = actual.colorbar else {
            return [Difference(kind: .colourScale, subject: "colour scale", expected: "\(NumberText.short(old.min))–\(NumberText.short(old.max))", actual: nil)]
        }
        var out: [Difference] = []
        if old.scale != new.scale {
            out.append(Difference(kind: .colourScale, subject: "colour scale kind", expected: old.scale.rawValue, actual: new.scale.rawValue))
        }
        for (name, a, b) in [("colour scale min", old.min, new.min), ("colour scale max", old.max, new.max)]
        where scale.differ(a, b, tolerance: tolerance) {
            out.append(Difference(kind: .colourScale, subject: name, expected: NumberText.short(a), actual: NumberText.short(b),
                                  note: scale.shareNote(a, b)))
        }
        if let a = old.colormap, let b = new.colormap, a != b {
            out.append(Difference(kind: .colourScale, subject: "colormap", expected: a, actual: b))
        }
        return out
    }

    // MARK: Texts

    private func texts() -> [Difference] {
        let pairs: [(String, String?, String?)] = [
            ("title", expected.title, actual.title),
            ("x axis label", expected.xAxis.label, actual.xAxis.label),
            ("y axis label", expected.yAxis.label, actual.yAxis.label),
            ("colour scale label", expected.colorbar?.label, actual.colorbar?.label),
        ]
        return pairs.compactMap { name, a, b in Self.textDifference(.text, name, a, b) }
    }

    static func textDifference(_ kind: Difference.Kind, _ subject: String, _ a: String?, _ b: String?) -> Difference? {
        let quote = { (s: String?) in LookAlikeText.collapsed(s).map { "'\($0)'" } }
        switch LookAlikeText.match(a, b) {
        case .same: return nil
        case .lookAlike:
            return Difference(kind: kind, status: .lookAlike, subject: subject, expected: quote(a), actual: quote(b),
                              note: "OCR look-alike")
        case .different:
            return Difference(kind: kind, subject: subject, expected: quote(a), actual: quote(b))
        }
    }

    // MARK: Tick labels

    /// Ticks within this many cells of each other label the same place.
    static let tickMatchDistance = 0.3

    /// Pairs ticks by position (nearest first); unpaired ticks were added or removed.
    private func tickLabels(_ old: [HeatmapFigure.Tick], _ new: [HeatmapFigure.Tick], axis: String) -> [Difference] {
        var unpairedNew = Array(new.indices)
        var out: [(position: Double, difference: Difference)] = []
        for tick in old {
            let nearest = unpairedNew.min { abs(new[$0].position - tick.position) < abs(new[$1].position - tick.position) }
            if let i = nearest, abs(new[i].position - tick.position) <= Self.tickMatchDistance {
                unpairedNew.removeAll { $0 == i }
                if let d = Self.textDifference(.tickLabel, axis, tick.text, new[i].text) { out.append((tick.position, d)) }
            } else if let d = Self.textDifference(.tickLabel, axis, tick.text, nil) {
                out.append((tick.position, d))
            }
        }
        for i in unpairedNew {
            if let d = Self.textDifference(.tickLabel, axis, nil, new[i].text) { out.append((new[i].position, d)) }
        }
        return out.sorted { $0.position < $1.position }.map(\.difference)
    }

    // MARK: Cells

    private func cells() -> [Difference] {
        let unsure = UnsureCells.of(expected).union(UnsureCells.of(actual))
        var out: [Difference] = []
        for r in 0..<expected.grid.rows {
            for c in 0..<expected.grid.columns {
                let a = expected.values[r][c], b = actual.values[r][c]
                let isUnsure = unsure.contains(r * expected.grid.columns + c)
                switch (a, b) {
                case (nil, nil):
                    continue
                case let (a?, b?):
                    guard scale.differ(a, b, tolerance: tolerance) else { continue }
                    out.append(cellDifference(r, c, a, b, status: isUnsure ? .unsure : .changed,
                                              note: isUnsure ? "unsure reading; \(scale.shareNote(a, b))" : scale.shareNote(a, b)))
                default:
                    out.append(cellDifference(r, c, a, b, status: .unsure, note: "no value read"))
                }
            }
        }
        if expected.grid.rows == expected.grid.columns, out.filter({ $0.status == .changed }).count > 1, valuesMatchTransposed() {
            let g = expected.grid
            return [Difference(kind: .grid, subject: "values", expected: "\(g.rows)×\(g.columns)", actual: "\(g.columns)×\(g.rows)",
                               note: "transposed: rows and columns swapped")]
        }
        return out
    }

    private func cellDifference(_ r: Int, _ c: Int, _ a: Double?, _ b: Double?, status: Difference.Status, note: String) -> Difference {
        let name = "cell \(label(expected.yAxis.ticks, actual.yAxis.ticks, r, axis: "row")) × \(label(expected.xAxis.ticks, actual.xAxis.ticks, c, axis: "column"))"
        return Difference(kind: .cell, status: status, subject: name, expected: a.map(NumberText.short), actual: b.map(NumberText.short),
                          note: note, cell: .init(row: r, column: c))
    }

    /// A cell's label on one axis: the expected tick on it, else the read one, else its number.
    private func label(_ old: [HeatmapFigure.Tick], _ new: [HeatmapFigure.Tick], _ i: Int, axis: String) -> String {
        let onCell = { (ticks: [HeatmapFigure.Tick]) in ticks.first { abs($0.position - Double(i)) < 0.25 }?.text }
        return onCell(old) ?? onCell(new) ?? "\(axis) \(i + 1)"
    }

    /// Whether the read values are the expected ones with rows and columns swapped.
    private func valuesMatchTransposed() -> Bool {
        let rows = expected.grid.rows, columns = expected.grid.columns
        guard actual.grid.rows == columns, actual.grid.columns == rows, rows * columns > 1 else { return false }
        var compared = 0, agreeing = 0
        for r in 0..<rows {
            for c in 0..<columns {
                guard let a = expected.values[r][c], let b = actual.values[c][r] else { continue }
                compared += 1
                if !scale.differ(a, b, tolerance: tolerance) { agreeing += 1 }
            }
        }
        return compared > 0 && Double(agreeing) >= 0.9 * Double(compared)
    }
}
