/// Charts beside the heatmaps that are not heatmaps (line charts, bar charts, histograms,
/// dendrograms): ink too large to be text and not part of a grid or colour strip — long
/// strokes (axis frames, lines, tree branches) and solid marks (bars) — grouped into blocks.
enum OtherCharts {
    /// A component whose box covers this share of the image is a chart's, not a glyph's.
    static let minStrokeShare = 0.004
    /// Solid marks at least this thick (in pixels) across and twice as long are bars.
    static let minBarThickness = 8
    /// Marks this close (in pixels) belong to one chart.
    static let linkGap = 12

    /// The blocks of other charts, largest first.
    /// - Parameters:
    ///   - excluded: the components of grids and colour strips.
    ///   - avoid: the grids' and strips' boxes; ink overlapping one (frames) is theirs.
    static func blocks(in ink: FigureInk, excluding excluded: Set<Int>, avoid: [PixelRect]) -> [PixelRect] {
        let imageArea = Double(ink.image.width * ink.image.height)
        let marks = ink.components.components.filter { c in
            guard !excluded.contains(c.id), !avoid.contains(where: { $0.intersects(c.box) }) else { return false }
            let thin = min(c.box.width, c.box.height), long = max(c.box.width, c.box.height)
            let isStroke = Double(c.box.area) >= minStrokeShare * imageArea && long >= 40
            let isBar = c.fill >= 0.9 && thin >= minBarThickness && long >= 2 * minBarThickness
            return isStroke || isBar
        }
        let groups = BoxLinking.groups(of: marks.map(\.box), reach: linkGap) { i, j in
            let gap = marks[i].box.gap(to: marks[j].box)
            return gap.x <= linkGap && gap.y <= linkGap
        }
        // A group reaching around a grid (charts on two sides of it) is kept apart, mark by mark.
        return groups.flatMap { g -> [PixelRect] in
            let box = g.dropFirst().reduce(marks[g[0]].box) { $0.union(marks[$1].box) }
            return avoid.contains(where: { $0.intersects(box) }) ? g.map { marks[$0].box } : [box]
        }
            .filter { Double($0.area) >= 2 * minStrokeShare * imageArea }
            .sorted { $0.area > $1.area }
    }
}
