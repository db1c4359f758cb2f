/// The lattice of a grid drawn as tiles set apart by wide gaps (plotly's `xgap`/`ygap`, a
/// tile narrower than its cell), on the page or on a plot background: lines across the
/// whole box in one gap colour, in runs of one width on one pitch, with tiles of one size
/// between them. `CellLattice` sees such a grid's gaps as rows and columns of their own;
/// here each tile is a cell's middle, the cell reaching half a gap beyond it.
enum TileLattice {
    /// The narrowest gap between tiles read this way; narrower gaps are gap lines, which
    /// `CellLattice` reads.
    static let minimumGap = 5

    /// The share of a gap line that may differ from its colour: panel grid lines crossing
    /// it, every half cell.
    static let offShare = 0.1

    /// The widest gap read, as a share of a tile.
    static let widestGap = 0.8

    /// The lattice along one axis of `box` (its rows when `vertical`), when its lines
    /// across show two or more gaps at least `minimumGap` wide, and no wider than
    /// `widestGap` of a tile: runs of lines of one colour (the page's, a plot background's)
    /// across the box, which runs across it the other way too (unless the grid is one tile
    /// deep).
    static func find(in box: PixelRect, image: RGBAImage, vertical: Bool) -> CellLattice? {
        let length = vertical ? box.height : box.width
        let across = vertical ? box.width : box.height
        guard length >= 3 * minimumGap, across >= 2 else { return nil }
        func pixel(_ a: Int, _ c: Int) -> RGBA {
            vertical ? image[box.minX + c, box.minY + a] : image[box.minX + a, box.minY + c]
        }
        // A line's colour when it is a gap line of the colour most of eight points along it
        // share (one may lie on a grid line crossing the gap).
        let uniform = (0..<length).map { a -> RGBA? in
            // The colour six of the eight points share, looked for among the first three.
            let samples = (0..<8).map { pixel(a, (2 * $0 + 1) * across / 16) }
            guard let colour = samples.prefix(3).first(where: { s in
                samples.lazy.filter { $0.channelDistance(to: s) <= 12 }.count >= 6
            }) else { return nil }
            return isGapLine(of: colour, length: across) { pixel(a, $0) } ? colour : nil
        }
        var colours: [RGBA] = []
        for case let colour? in uniform where !colours.contains(where: { $0.channelDistance(to: colour) <= 12 }) {
            colours.append(colour)
        }
        for colour in colours {
            var isGap = uniform.map { $0.map { $0.channelDistance(to: colour) <= 12 } ?? false }
            // A panel grid line up to two pixels wide, drawn through a gap or along the box's
            // edge, is part of the gap.
            var a = 0
            while a < length {
                defer { a += 1 }
                guard !isGap[a], uniform[a] != nil, a == 0 || isGap[a - 1] else { continue }
                let end = (a + 1...a + 3).first { $0 >= length || isGap[$0] }
                if let end, end - a <= 2, a > 0 || end < length, (a..<end).allSatisfy({ uniform[$0] != nil }) {
                    for b in a..<end { isGap[b] = true }
                }
            }
            if let lattice = lattice(gaps: isGap, start: vertical ? box.minY : box.minX),
                Double(across) < 2 * lattice.step || crossesBox(colour, box: box, image: image, across: !vertical)
            {
                return lattice
            }
        }
        return nil
    }

    /// Whether three lines in a row of `colour` cross the box the other way too (a gap, or
    /// half of one beside a panel grid line): the gaps of a grid of tiles run both ways;
    /// columns of one colour between others do not.
    private static func crossesBox(_ colour: RGBA, box: PixelRect, image: RGBAImage, across vertical: Bool) -> Bool {
        let length = vertical ? box.height : box.width
        let lineLength = vertical ? box.width : box.height
        var run = 0
        for a in 0..<length {
            let isGap = isGapLine(of: colour, length: lineLength) { c in
                vertical ? image[box.minX + c, box.minY + a] : image[box.minX + a, box.minY + c]
            }
            run = isGap ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// Whether the `length` pixels of a line (`pixel(i)`) are a gap line of `colour`: all
    /// but `offShare` of them within 12 of it.
    static func isGapLine(of colour: RGBA, length: Int, pixel: (Int) -> RGBA) -> Bool {
        let allowed = Int(offShare * Double(length))
        var off = 0
        for i in 0..<length where pixel(i).channelDistance(to: colour) > 12 {
            off += 1
            if off > allowed { return false }
        }
        return true
    }

    /// The lattice of tiles between runs of gap lines (`gaps`, one flag a line from `start`).
    private static func lattice(gaps isGap: [Bool], start origin: Int) -> CellLattice? {
        let length = isGap.count
        // Runs of gap lines; tiles lie between them.
        var runs: [(start: Int, end: Int)] = []
        var a = 0
        while a < length {
            guard isGap[a] else { a += 1; continue }
            var end = a
            while end < length && isGap[end] { end += 1 }
            runs.append((a, end))
            a = end
        }
        let leading = runs.first.map { $0.start == 0 ? $0.end : 0 } ?? 0
        let trailing = runs.last.map { $0.end == length ? $0.start : length } ?? length
        let inner = runs.filter { $0.start > 0 && $0.end < length }
        guard inner.count >= 2, let first = inner.first, let last = inner.last else { return nil }
        let widths = inner.map { $0.end - $0.start }
        let gap = Double(widths.reduce(0, +)) / Double(widths.count)
        guard gap >= Double(minimumGap), widths.allSatisfy({ abs(Double($0) - gap) <= 1 }) else { return nil }
        let tiles = [first.start - leading] + zip(inner, inner.dropFirst()).map { $1.start - $0.end } + [trailing - last.end]
        let tile = Double(tiles.reduce(0, +)) / Double(tiles.count)
        guard tile >= 6, gap <= Self.widestGap * tile, tiles.allSatisfy({ abs(Double($0) - tile) <= 1.5 }) else { return nil }
        let pitch = tile + gap
        let start = Double(origin + leading)
        return CellLattice(count: tiles.count, origin: start - gap / 2, step: pitch)
    }
}
