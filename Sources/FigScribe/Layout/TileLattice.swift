/// The lattice of a grid drawn as tiles set apart by wide gaps (plotly's `xgap`/`ygap`, a
/// tile narrower than its cell): blocks of one size whose starts fall on a common pitch.
/// `CellLattice` sees such a grid's gaps as rows and columns of their own; here each tile
/// is a cell's middle, the cell reaching half a gap beyond it. A tile missing from the
/// lattice is a cell left empty.
enum TileLattice {
    /// The narrowest gap between tiles read this way; narrower gaps are gap lines, which
    /// `CellLattice` reads.
    static let minimumGap = 5

    /// The lattice along one axis of `box` (its rows when `vertical`), when the solid
    /// components inside it are at least four tiles of one size, at least two apart along
    /// that axis, whose starts lie on one pitch at least `minimumGap` wider than a tile.
    static func find(in box: PixelRect, components: [ConnectedComponents.Component], vertical: Bool) -> CellLattice? {
        let inside = components.filter {
            box.contains($0.box, slack: 0) && $0.box.width >= 6 && $0.box.height >= 6 && $0.fill >= 0.95
        }
        guard inside.count >= 4 else { return nil }
        let first = inside.max { $0.pixelCount < $1.pixelCount }!.box
        let tiles = inside.map(\.box).filter { abs($0.width - first.width) <= 1 && abs($0.height - first.height) <= 1 }
        // Every sizeable solid block is a tile: cells joined by a shared colour are not.
        guard tiles.count == inside.count else { return nil }
        let size = Double(vertical ? first.height : first.width)
        let starts = clusters(tiles.map { Double(vertical ? $0.minY : $0.minX) })
        guard starts.count >= 2 else { return nil }
        let steps = zip(starts, starts.dropFirst()).map { $1 - $0 }
        let pitch = steps.min()!
        guard pitch - size >= Double(minimumGap),
            steps.allSatisfy({ abs($0 / pitch - ($0 / pitch).rounded()) * pitch <= 1.5 })
        else { return nil }
        let count = Int(((starts.last! - starts.first!) / pitch).rounded()) + 1
        // The tiles must span the box (a trimmed region is their union).
        let (low, high) = vertical ? (box.minY, box.maxY) : (box.minX, box.maxX)
        guard abs(starts.first! - Double(low)) <= 1.5, abs(starts.last! + size - Double(high)) <= 1.5 else { return nil }
        let gap = pitch - size
        return CellLattice(count: count, origin: starts.first! - gap / 2, step: pitch)
    }

    /// Positions within a pixel of each other taken as one, averaged; ascending.
    private static func clusters(_ positions: [Double]) -> [Double] {
        var groups: [[Double]] = []
        for p in positions.sorted() {
            if let last = groups.last?.last, p - last <= 1 { groups[groups.count - 1].append(p) } else { groups.append([p]) }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }
}
