/// Reads each cell's colour from its interior, robust to printed numbers and blended edges.
struct CellSampler {
    let image: RGBAImage
    let box: HeatmapFigure.Box
    let rows: Int
    let columns: Int

    /// The representative colour of cell (row, column): the most frequent exact colour of
    /// its inner area, or the channel-wise median when no colour dominates.
    func colour(row: Int, column: Int) -> RGBA {
        let w = box.width / Double(columns), h = box.height / Double(rows)
        let x0 = box.x + Double(column) * w, y0 = box.y + Double(row) * h
        let insetX = w >= 5 ? max(1.0, 0.2 * w) : w / 2 - 0.5
        let insetY = h >= 5 ? max(1.0, 0.2 * h) : h / 2 - 0.5
        let minX = max(0, Int((x0 + insetX).rounded(.down)))
        let maxX = min(image.width - 1, max(minX, Int((x0 + w - insetX).rounded(.up)) - 1))
        let minY = max(0, Int((y0 + insetY).rounded(.down)))
        let maxY = min(image.height - 1, max(minY, Int((y0 + h - insetY).rounded(.up)) - 1))
        var all: [RGBA] = []
        all.reserveCapacity((maxY - minY + 1) * (maxX - minX + 1))
        for y in minY...maxY {
            for x in minX...maxX { all.append(image[x, y]) }
        }
        // A colour filling more than half the area is the most frequent one (most cells are flat).
        let first = all[0]
        if 2 * all.reduce(0, { $1 == first ? $0 + 1 : $0 }) > all.count { return first }
        var counts: [RGBA: Int] = [:]
        for p in all { counts[p, default: 0] += 1 }
        if let mode = counts.max(by: { a, b in
            a.value != b.value ? a.value < b.value : (a.key.luma != b.key.luma ? a.key.luma > b.key.luma : a.key.packed < b.key.packed)
        }),
            Double(mode.value) >= 0.3 * Double(all.count)
        {
            return mode.key
        }
        func median(_ channel: (RGBA) -> UInt8) -> UInt8 {
            let v = all.map(channel).sorted()
            return v[v.count / 2]
        }
        return RGBA(r: median { $0.r }, g: median { $0.g }, b: median { $0.b })
    }
}
