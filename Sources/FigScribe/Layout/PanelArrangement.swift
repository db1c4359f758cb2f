/// How the grids of a figure with several panels sit: in rows and columns of panels, each
/// panel owning a cell of the page (the space up to the widest blank gutter between it
/// and its neighbours, and to the page's edges on the outside).
struct PanelArrangement {
    /// Each grid's cell of the page, in the order the grids were given.
    let cells: [PixelRect]
    /// Each grid's panel row (0 at the top) and panel column (0 on the left).
    let places: [(row: Int, column: Int)]
    /// The grid indices in reading order: top to bottom, then left to right.
    let readingOrder: [Int]

    /// - Parameters:
    ///   - grids: the heatmaps' blocks, then other charts' (from `heatmaps` on).
    ///   - isInk: whether the pixel at (x, y) differs from the background.
    init(grids: [PixelRect], heatmaps: Int? = nil, width: Int, height: Int, isInk: (Int, Int) -> Bool) {
        let all = grids.dropFirst().reduce(grids[0]) { $0.union($1) }
        let rowBands = Self.bands(grids.map { ($0.minY, $0.maxY) }, length: height, across: all.minX..<all.maxX) { y, x in
            isInk(x, y)
        }
        let columnBands = Self.bands(grids.map { ($0.minX, $0.maxX) }, length: width, across: all.minY..<all.maxY) { x, y in
            isInk(x, y)
        }
        let rowOf = grids.indices.map { i in rowBands.firstIndex { $0.members.contains(i) }! }
        let columnOf = grids.indices.map { i in columnBands.firstIndex { $0.members.contains(i) }! }
        // Two heatmaps of one row in one column (a chart as wide as the page in another row
        // joined their columns): that row is cut into columns of its own.
        let heatmaps = heatmaps ?? grids.count
        var rowColumns: [Int: [(members: [Int], start: Int, end: Int)]] = [:]
        for (r, row) in rowBands.enumerated() {
            let own = row.members.filter { $0 < heatmaps }
            guard Set(own.map { columnOf[$0] }).count < own.count else { continue }
            let members = row.members.sorted()
            rowColumns[r] = Self.bands(members.map { (grids[$0].minX, grids[$0].maxX) }, length: width, across: row.start..<row.end) { x, y in
                isInk(x, y)
            }.map { (members: $0.members.map { members[$0] }, start: $0.start, end: $0.end) }
        }
        let places = grids.indices.map { i in
            (row: rowOf[i], column: rowColumns[rowOf[i]]?.firstIndex { $0.members.contains(i) } ?? columnOf[i])
        }
        self.places = places
        cells = grids.indices.map { i in
            let column = rowColumns[rowOf[i]].map { $0[places[i].column] } ?? columnBands[columnOf[i]]
            return PixelRect(minX: column.start, minY: rowBands[rowOf[i]].start, maxX: column.end, maxY: rowBands[rowOf[i]].end)
        }
        readingOrder = grids.indices.sorted { (places[$0].row, places[$0].column) < (places[$1].row, places[$1].column) }
    }

    /// The cells a line's box reaches into by a few pixels or more: more than one for a
    /// line drawn over several panels (cells meet in blank gutters, which a panel's own
    /// text does not cross). A cell the same as an earlier one's (a chart in a grid's own
    /// row and column of panels: a dendrogram beside it) counts once, as the earlier one.
    func cellsCrossed(by box: PixelRect) -> [Int] {
        let reached = cells.indices.filter { cells[$0].intersects(box) && cells.firstIndex(of: cells[$0]) == $0 }
        guard reached.count >= 2 else { return reached }
        return reached.filter { i in
            let c = cells[i]
            return min(c.maxX, box.maxX) - max(c.minX, box.minX) >= 3 && min(c.maxY, box.maxY) - max(c.minY, box.minY) >= 3
        }
    }

    /// Intervals that overlap form one band; bands meet in the middle of the widest run
    /// of blank lines between them (half-way when there is none). `isInk(p, q)` tells
    /// whether the pixel at `p` along the axis and `q` across it (in `across`) is ink.
    private static func bands(
        _ spans: [(Int, Int)], length: Int, across: Range<Int>, isInk: (Int, Int) -> Bool
    ) -> [(members: [Int], start: Int, end: Int)] {
        var groups: [(members: [Int], lo: Int, hi: Int)] = []
        for i in spans.indices.sorted(by: { spans[$0].0 < spans[$1].0 }) {
            let (lo, hi) = spans[i]
            if let last = groups.last, lo < last.hi {
                groups[groups.count - 1].members.append(i)
                groups[groups.count - 1].hi = max(last.hi, hi)
            } else {
                groups.append(([i], lo, hi))
            }
        }
        let cuts = groups.indices.dropLast().map { k in
            gutter(from: groups[k].hi, to: groups[k + 1].lo, across: across, isInk: isInk)
        }
        return groups.indices.map { k in
            (groups[k].members, k == 0 ? 0 : cuts[k - 1], k == groups.count - 1 ? length : cuts[k])
        }
    }

    /// The middle of the widest run of blank lines in `lo..<hi`; of runs nearly as wide
    /// (three quarters or more), the first: between stacked panels the heading of the
    /// lower one sits closer to it than what labels the upper one. Ink that runs through
    /// the whole gap (the frames of panels drawn edge to edge) does not count.
    private static func gutter(from lo: Int, to hi: Int, across: Range<Int>, isInk: (Int, Int) -> Bool) -> Int {
        let rules = Set(across.filter { q in (lo..<max(lo, hi)).allSatisfy { isInk($0, q) } })
        var runs: [(start: Int, length: Int)] = []
        var start: Int?
        for p in lo...max(lo, hi) {
            if p < hi, !across.contains(where: { !rules.contains($0) && isInk(p, $0) }) {
                if start == nil { start = p }
            } else if let s = start {
                runs.append((s, p - s))
                start = nil
            }
        }
        guard let widest = runs.map(\.length).max() else { return (lo + hi) / 2 }
        let chosen = runs.first { 4 * $0.length >= 3 * widest }!
        return chosen.start + chosen.length / 2
    }
}
