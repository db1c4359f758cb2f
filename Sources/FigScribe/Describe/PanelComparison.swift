/// Sentences comparing the panels of a figure that share one colour scale: how much
/// higher or lower each runs than the first, and where each peaks ("Panel 2 (“Head 2”)
/// runs 1.1 lower than panel 1 (“Head 1”) overall: mean 4.3 against 5.4").
///
/// Panels share a scale when their colour bars have the same ends, kind of scale and
/// label. Numbers are written as the first panel's description writes them.
public enum PanelComparison {
    /// The comparison of `figure`'s panels, one sentence each; empty when no two panels
    /// with readable values share a scale.
    public static func sentences(for figure: PanelFigure) -> [String] {
        let analysed = figure.panels.enumerated().compactMap { i, panel in (try? Analysis(panel)).map { (index: i, analysis: $0) } }
        var groups: [[(index: Int, analysis: Analysis)]] = []
        for item in analysed {
            guard let bar = item.analysis.figure.colorbar else { continue }
            if let g = groups.firstIndex(where: { sharesScale($0[0].analysis.figure.colorbar, bar) }) {
                groups[g].append(item)
            } else {
                groups.append([item])
            }
        }
        return groups.filter { $0.count >= 2 }.flatMap { group -> [String] in
            let first = group[0]
            guard let bar = first.analysis.figure.colorbar, let base = first.analysis.mean else { return [] }
            var numbers = first.analysis.style
            numbers.signed = false
            // The scale's ends as its tick labels write numbers.
            let ends = NumberStyle(decimals: bar.ticks.map { AxisNaming.decimals(in: $0.text) }.max() ?? numbers.decimals)
            let label = bar.label.map { "\($0), " } ?? ""
            var out = ["\(panelList(group.map(\.index))) share one colour scale (\(label)\(ends.plain(bar.min)) to \(ends.plain(bar.max)))."]
            for item in group.dropFirst() {
                guard let mean = item.analysis.mean else { continue }
                let d = numbers.rounded(mean) - numbers.rounded(base)
                let how = d == 0 ? "runs as high as" : "runs \(numbers.plain(abs(d))) \(d > 0 ? "higher" : "lower") than"
                out.append("\(name(item.index, figure).capitalizedFirst) \(how) \(name(first.index, figure)) overall: mean \(numbers.plain(mean)) against \(numbers.plain(base)).")
            }
            let peaks = group.map { item -> (place: String, value: String) in
                let top = item.analysis.valued.max { $0.value < $1.value }!
                let a = item.analysis
                return ("\(a.rowNames.names[top.cell.row]), \(a.columnNames.names[top.cell.column])", numbers.plain(top.value))
            }
            if Set(peaks.map(\.place)).count == 1 {
                out.append("All \(group.count) peak at \(peaks[0].place).")
            } else {
                let each = zip(group, peaks).map { "panel \($0.index + 1) at \($1.place) (\($1.value))" }
                out.append("Peaks: \(each.joined(separator: "; ")).")
            }
            return out
        }
    }

    /// Whether two colour bars are one scale: the same ends, kind and label.
    static func sharesScale(_ a: HeatmapFigure.Colorbar?, _ b: HeatmapFigure.Colorbar) -> Bool {
        guard let a else { return false }
        let span = max(abs(a.max - a.min), 1e-12)
        return abs(a.min - b.min) <= 1e-6 * span && abs(a.max - b.max) <= 1e-6 * span && a.scale == b.scale && a.label == b.label
    }

    private static func name(_ index: Int, _ figure: PanelFigure) -> String {
        "panel \(index + 1)" + (figure.panels[index].title.map { " (“\($0)”)" } ?? "")
    }

    private static func panelList(_ indices: [Int]) -> String {
        let numbers = indices.map { String($0 + 1) }
        let consecutive = zip(indices, indices.dropFirst()).allSatisfy { $1 == $0 + 1 }
        if consecutive && indices.count >= 3 { return "Panels \(numbers[0])–\(numbers.last!)" }
        return "Panels " + numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
