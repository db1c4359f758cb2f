/// Rows of x tick labels told by where they sit: centred on a grid's columns.
enum ColumnLabels {
    /// Whether `band` (lines on one baseline) is a row of tick labels of a grid with
    /// `columns`: level (or upright) lines, each narrower than a column centred on a
    /// different one (within a quarter of a column), two or more and at least half the
    /// band (labels set close may run into one line over several columns).
    static func areTicks(_ band: [TextLine], of columns: CellLattice) -> Bool {
        guard columns.count >= 2, band.allSatisfy({ [nil, 0, 90].contains($0.angle) }) else { return false }
        var centred = Set<Int>()
        for line in band where Double(line.box.width) < columns.step {
            let position = columns.place(of: line.box.midX)
            let column = Int(position.rounded())
            guard column >= 0, column < columns.count, abs(position - Double(column)) <= 0.25,
                centred.insert(column).inserted
            else { return false }
        }
        return centred.count >= 2 && 2 * centred.count >= band.count
    }

    /// The grid each row of tick labels beside a grid belongs to, by line index: a row of
    /// level lines (overlapping in height) within a grid's width, above or below it, at most
    /// three line heights away and nearer it than any other grid, that `areTicks` of its
    /// columns. Between panel rows, the cut between the panels' parts of the page may fall
    /// through such a row, or leave it in no panel's part (a grid above an empty slot).
    static func owners(of lines: [TextLine], grids: [PixelRect], columns: [CellLattice]) -> [Int: Int] {
        let level = lines.indices.filter { [nil, 0].contains(lines[$0].angle) }.sorted { lines[$0].box.minY < lines[$1].box.minY }
        var rows: [[Int]] = []
        for i in level {
            let b = lines[i].box
            if let last = rows.last?.first, 2 * (min(b.maxY, lines[last].box.maxY) - max(b.minY, lines[last].box.minY)) >= b.height {
                rows[rows.count - 1].append(i)
            } else {
                rows.append([i])
            }
        }
        var owners: [Int: Int] = [:]
        for row in rows where row.count >= 2 {
            let box = row.dropFirst().reduce(lines[row[0]].box) { $0.union(lines[$1].box) }
            let gaps = grids.indices.compactMap { g -> (grid: Int, gap: Int)? in
                let grid = grids[g]
                guard box.minX >= grid.minX - 2, box.maxX <= grid.maxX + 2 else { return nil }
                let gap = box.minY >= grid.maxY - 2 ? box.minY - grid.maxY : (box.maxY <= grid.minY + 2 ? grid.minY - box.maxY : nil)
                return gap.map { (g, $0) }
            }
            guard let nearest = gaps.min(by: { $0.gap < $1.gap }), nearest.gap <= 3 * box.height,
                !gaps.contains(where: { $0.grid != nearest.grid && $0.gap <= nearest.gap }),
                areTicks(row.map { lines[$0] }, of: columns[nearest.grid])
            else { continue }
            for i in row { owners[i] = nearest.grid }
        }
        return owners
    }
}
