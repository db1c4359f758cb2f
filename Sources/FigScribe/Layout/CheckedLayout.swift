/// The layout of a figure's one heatmap, checked by `HeatmapEvidence`, with second tries
/// for grids whose cells do not look flat at first.
///
/// Most cells not flat means the lattice is wrong or something is drawn over the cells.
/// The figure is laid out again with the lines crossing the grid erased (`CrossingLines`:
/// a plot style's grid drawn over the data), and with the lattice that explains every
/// colour step (`CellLattice.Search.everyStep`: long runs of same-coloured cells hiding
/// most edges); the first layout that passes is taken. A figure no try passes is refused
/// for what the first layout lacked. A lattice of flat cells with fewer cells along a
/// side than tick labels there is tried the second way too.
enum CheckedLayout {
    /// Lays out `ink`'s heatmap.
    /// - Throws: `LayoutError` when no heatmap is found.
    static func layOut(_ ink: FigureInk) throws(LayoutError) -> FigureLayout {
        let layout = try LayoutAnalyzer().analyze(ink)
        let evidence = HeatmapEvidence(layout: layout)
        guard !evidence.cellsAreFlat else {
            // Whole runs of one colour can hide a binned grid's rows from every line but a
            // few (lattice's levelplot in four bins taken as one row of six columns, each
            // mostly one colour): when the tick labels along a side outnumber its cells,
            // the lattice that explains every colour step is taken if it gives each label
            // a cell, and no more than two (labels on every other row), and keeps the other
            // side's count.
            if isOutnumbered(layout), let retried = try? LayoutAnalyzer(latticeSearch: .everyStep).analyze(ink),
                isRecount(retried, of: layout), (try? HeatmapEvidence(layout: retried).verdict()) != nil
            {
                return retried
            }
            try evidence.verdict()
            return layout
        }
        var retries: [(FigureInk, LayoutAnalyzer)] = []
        let lines = CrossingLines(in: ink.image, box: PixelRect(rounding: layout.gridBox))
        if !lines.isEmpty, let erased = try? FigureInk(flattened: lines.erased(from: ink.image)) {
            retries.append((erased, LayoutAnalyzer()))
            retries.append((erased, LayoutAnalyzer(latticeSearch: .everyStep)))
        } else {
            retries.append((ink, LayoutAnalyzer(latticeSearch: .everyStep)))
        }
        for (ink, analyzer) in retries {
            if let retried = try? analyzer.analyze(ink), (try? HeatmapEvidence(layout: retried).verdict()) != nil {
                return retried
            }
        }
        try evidence.verdict()
        return layout
    }

    /// Whether more tick labels stand along the grid's rows or columns than it has cells.
    static func isOutnumbered(_ layout: FigureLayout) -> Bool {
        let (rowLabels, columnLabels) = labelCounts(layout)
        return rowLabels > layout.rows || columnLabels > layout.columns
    }

    /// Whether `retried` counts again the side of `first` its labels outnumber, giving each
    /// label one or two cells, and keeps the count of a side they do not outnumber.
    static func isRecount(_ retried: FigureLayout, of first: FigureLayout) -> Bool {
        let (rowLabels, columnLabels) = labelCounts(first)
        func fits(_ count: Int, was: Int, labels: Int) -> Bool {
            labels > was ? count >= labels && count <= 2 * labels + 1 : count == was
        }
        return fits(retried.rows, was: first.rows, labels: rowLabels)
            && fits(retried.columns, was: first.columns, labels: columnLabels)
    }

    private static func labelCounts(_ layout: FigureLayout) -> (rows: Int, columns: Int) {
        (layout.texts.filter { $0.role == .yTick }.count, layout.texts.filter { $0.role == .xTick }.count)
    }
}
