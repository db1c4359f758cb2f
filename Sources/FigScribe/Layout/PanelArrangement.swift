/// How the grids of a figure with several panels sit: in rows and columns of panels, each
/// panel owning a cell of the page (the space up to half-way to its neighbours, and to
/// the page's edges on the outside).
struct PanelArrangement {
    /// Each grid's cell of the page, in the order the grids were given.
    let cells: [PixelRect]
    /// Each grid's panel row (0 at the top) and panel column (0 on the left).
    let places: [(row: Int, column: Int)]
    /// The grid indices in reading order: top to bottom, then left to right.
    let readingOrder: [Int]

    init(grids: [PixelRect], width: Int, height: Int) {
        let rowBands = Self.bands(grids.map { ($0.minY, $0.maxY) }, length: height)
        let columnBands = Self.bands(grids.map { ($0.minX, $0.maxX) }, length: width)
        places = grids.indices.map { i in
            (rowBands.firstIndex { $0.members.contains(i) }!, columnBands.firstIndex { $0.members.contains(i) }!)
        }
        cells = places.map { p in
            PixelRect(minX: columnBands[p.column].start, minY: rowBands[p.row].start,
                      maxX: columnBands[p.column].end, maxY: rowBands[p.row].end)
        }
        let places = self.places
        readingOrder = grids.indices.sorted { (places[$0].row, places[$0].column) < (places[$1].row, places[$1].column) }
    }

    /// The cells a line's box reaches into by more than a fifth of its own extent, or
    /// more than one: a line drawn over several panels.
    func cellsCrossed(by box: PixelRect) -> [Int] {
        let reached = cells.indices.filter { cells[$0].intersects(box) }
        guard reached.count >= 2 else { return reached }
        return reached.filter { i in
            let c = cells[i]
            let w = min(c.maxX, box.maxX) - max(c.minX, box.minX), h = min(c.maxY, box.maxY) - max(c.minY, box.minY)
            return Double(w * h) >= 0.2 * Double(box.area)
        }
    }

    /// Intervals that overlap form one band; bands meet half-way between each other.
    private static func bands(_ spans: [(Int, Int)], length: Int) -> [(members: [Int], start: Int, end: Int)] {
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
        return groups.indices.map { k in
            let start = k == 0 ? 0 : (groups[k - 1].hi + groups[k].lo) / 2
            let end = k == groups.count - 1 ? length : (groups[k].hi + groups[k + 1].lo) / 2
            return (groups[k].members, start, end)
        }
    }
}
