/// Puts the panels of a figure together: each panel assembled as a heatmap, a shared
/// colour bar marked so, and what is drawn once for a column or row of panels (tick
/// labels of a shared axis on the outer panels, an axis title) repeated in every panel
/// it serves.
struct PanelFigureAssembler {
    let layouts: PanelLayouts
    /// Each panel's text, in the order of `layouts.panels`.
    let texts: [FigureText]
    /// The figure title's text, nil when there is none.
    let title: String?
    let file: String
    var timings: StageTimings?

    func assemble() -> PanelFigure {
        let trees = layouts.panels.map { DendrogramFinder(layout: $0).find() }
        var panels = layouts.panels.indices.map { p in
            FigureAssembler(layout: layouts.panels[p], text: texts[p], file: file, timings: timings).assemble(trees: trees[p])
        }
        if layouts.sharedStrip {
            for p in panels.indices where panels[p].colorbar != nil { panels[p].colorbar?.shared = true }
        }
        panels = Self.sharingAxes(panels, places: layouts.places, figureAxisTitles: layouts.figureAxisTitles)
        panels = Self.agreeingOnCase(panels)
        panels = Self.countingTitles(panels)
        let image = layouts.panels[0].image
        // A dendrogram found beside a panel's grid is named in that panel's warnings.
        let treeBoxes = trees.joined().map(\.box)
        let warnings = layouts.otherCharts.filter { box in !treeBoxes.contains { $0.intersects(box) } }.map { box in
            "a chart that is not a heatmap (lines, bars or a dendrogram) at x \(box.minX)–\(box.maxX), y \(box.minY)–\(box.maxY) is left out"
        }
        return PanelFigure(
            image: .init(file: file, width: image.width, height: image.height), title: title, panels: panels,
            warnings: warnings)
    }

    /// The panels, an axis or colour-bar label read in several panels that differs from the
    /// others only in letter case given the reading most of them share: the same words drawn
    /// again, which OCR read differently once ('oD' among four 'OD').
    static func agreeingOnCase(_ panels: [HeatmapFigure]) -> [HeatmapFigure] {
        var panels = panels
        let x = agreeing(panels.map(\.xAxis.label)), y = agreeing(panels.map(\.yAxis.label))
        let bar = agreeing(panels.map { $0.colorbar?.label })
        for p in panels.indices {
            panels[p].xAxis.label = x[p]
            panels[p].yAxis.label = y[p]
            if panels[p].colorbar != nil { panels[p].colorbar?.label = bar[p] }
        }
        return panels
    }

    /// The panels, titles that count the panels in reading order ("Judge 1" … "Judge 4")
    /// repaired as an axis of counted tick labels is (`CountedLabelRepair`): one OCR misread
    /// ("Judge l") takes the text the count gives its place.
    static func countingTitles(_ panels: [HeatmapFigure]) -> [HeatmapFigure] {
        let titles = panels.compactMap(\.title)
        guard titles.count == panels.count else { return panels }
        let repaired = CountedLabelRepair.repair(titles, positions: titles.indices.map(Double.init))
        var panels = panels
        for p in panels.indices { panels[p].title = repaired[p] }
        return panels
    }

    /// Each reading, or the one most of the readings equal to it but for case share.
    private static func agreeing(_ readings: [String?]) -> [String?] {
        readings.map { own in
            guard let own else { return nil }
            let alike = readings.compactMap { $0 }.filter { $0.lowercased() == own.lowercased() }
            let counts = Dictionary(alike.map { ($0, 1) }, uniquingKeysWith: +)
            guard let (common, n) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), 2 * n > alike.count else { return own }
            return common
        }
    }

    /// The panels, a panel without tick labels on an axis given those of the nearest panel in its
    /// column (x) or row (y) with the same number of cells along it, and a panel without
    /// tick labels or title on an axis given the title of the nearest panel in its column (x) or
    /// row (y): an axis title is drawn once for the panels whose tick labels are (a panel
    /// with tick labels of its own and no title has none), unless the axis titles are the
    /// figure's.
    static func sharingAxes(
        _ panels: [HeatmapFigure], places: [(row: Int, column: Int)], figureAxisTitles: Bool
    ) -> [HeatmapFigure] {
        var panels = panels
        let original = panels
        func donor(for p: Int, sameLine: (Int) -> Bool, cells: (HeatmapFigure) -> Int, has: (HeatmapFigure) -> Bool) -> Int? {
            original.indices
                .filter { $0 != p && sameLine($0) && cells(original[$0]) == cells(original[p]) && has(original[$0]) }
                .min { abs($0 - p) < abs($1 - p) }
        }
        for p in panels.indices {
            // A panel takes a neighbour's title where its own is drawn once for several.
            let titleDrawnOnce = (
                x: figureAxisTitles || original[p].xAxis.ticks.isEmpty, y: figureAxisTitles || original[p].yAxis.ticks.isEmpty)
            let sameColumn = { (q: Int) in places[q].column == places[p].column }
            let sameRow = { (q: Int) in places[q].row == places[p].row }
            if panels[p].xAxis.ticks.isEmpty,
                let q = donor(for: p, sameLine: sameColumn, cells: { $0.grid.columns }, has: { !$0.xAxis.ticks.isEmpty })
            {
                panels[p].xAxis.ticks = original[q].xAxis.ticks
            }
            if panels[p].yAxis.ticks.isEmpty,
                let q = donor(for: p, sameLine: sameRow, cells: { $0.grid.rows }, has: { !$0.yAxis.ticks.isEmpty })
            {
                panels[p].yAxis.ticks = original[q].yAxis.ticks
            }
            if panels[p].xAxis.label == nil, titleDrawnOnce.x,
                let q = donor(for: p, sameLine: sameColumn, cells: { _ in 0 }, has: { $0.xAxis.label != nil })
            {
                panels[p].xAxis.label = original[q].xAxis.label
                panels[p].xAxis.labelSide = original[q].xAxis.labelSide
            }
            if panels[p].yAxis.label == nil, titleDrawnOnce.y,
                let q = donor(for: p, sameLine: sameRow, cells: { _ in 0 }, has: { $0.yAxis.label != nil })
            {
                panels[p].yAxis.label = original[q].yAxis.label
                panels[p].yAxis.labelSide = original[q].yAxis.labelSide
            }
        }
        return panels
    }
}
