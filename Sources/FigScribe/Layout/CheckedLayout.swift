/// The layout of a figure's one heatmap, checked by `HeatmapEvidence`, with second tries
/// for grids whose cells do not look flat at first.
///
/// Most cells not flat means the lattice is wrong or something is drawn over the cells.
/// The figure is laid out again with the lines crossing the grid erased (`CrossingLines`:
/// a plot style's grid drawn over the data), and with the lattice that explains every
/// colour step (`CellLattice.Search.everyStep`: long runs of same-coloured cells hiding
/// most edges); the first layout that passes is taken. A figure no try passes is refused
/// for what the first layout lacked.
enum CheckedLayout {
    /// Lays out `ink`'s heatmap.
    /// - Throws: `LayoutError` when no heatmap is found.
    static func layOut(_ ink: FigureInk) throws(LayoutError) -> FigureLayout {
        let layout = try LayoutAnalyzer().analyze(ink)
        let evidence = HeatmapEvidence(layout: layout)
        guard !evidence.cellsAreFlat else {
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
}
