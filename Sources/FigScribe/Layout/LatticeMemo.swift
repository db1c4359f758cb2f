/// The cell lattices already found in one figure's image, by box and axis: a single
/// heatmap's grid is measured while looking for panels and again when it is laid out.
final class LatticeMemo {
    private struct Key: Hashable {
        let box: PixelRect
        let vertical: Bool
    }

    private var found: [Key: CellLattice] = [:]

    /// `CellLattice.find(in: image, box: box, vertical: vertical)`, found once per box and
    /// axis; `image` must be the same every time.
    func lattice(in image: RGBAImage, box: PixelRect, vertical: Bool) -> CellLattice {
        let key = Key(box: box, vertical: vertical)
        if let lattice = found[key] { return lattice }
        let lattice = CellLattice.find(in: image, box: box, vertical: vertical)
        found[key] = lattice
        return lattice
    }
}
