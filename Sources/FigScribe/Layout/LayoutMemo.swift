/// Measurements of one figure's image, each made once: looking for panels measures the
/// regions, strips, tick marks and cells of a single heatmap that laying it out measures
/// again. Each method gives exactly what the measurement it names gives on `image`.
final class LayoutMemo {
    private struct LatticeKey: Hashable {
        let box: PixelRect
        let vertical: Bool
        var search = CellLattice.Search.strongEdges
    }

    private struct MarksKey: Hashable {
        let box: PixelRect
        let reach: Int
    }

    private struct TrimKey: Hashable {
        let box: PixelRect
        let members: Set<Int>
    }

    private struct CellsKey: Hashable {
        let box: HeatmapFigure.Box
        let rows, columns: Int
    }

    /// The image measured.
    let image: RGBAImage
    /// Its background colour.
    let background: RGBA
    /// Its ink's connected components.
    let components: ConnectedComponents

    private var lattices: [LatticeKey: CellLattice] = [:]
    private var tileLattices: [LatticeKey: CellLattice?] = [:]
    private var trims: [TrimKey: PixelRect] = [:]
    private var strips: [PixelRect: ColourStrip?] = [:]
    private var pieces: [PixelRect: [PixelRect]] = [:]
    private var marks: [MarksKey: TickMarks] = [:]
    private var cells: [CellsKey: (colours: [[RGBA]], annotations: [TextLine])] = [:]

    /// A memo of measurements of `image`, whose background and ink components are given.
    init(image: RGBAImage, background: RGBA, components: ConnectedComponents) {
        self.image = image
        self.background = background
        self.components = components
    }

    /// The lattice of the tiles in `box` (`tileLattice`), or else
    /// `CellLattice.find(in: image, box: box, vertical: vertical, search: search)`.
    func lattice(in box: PixelRect, vertical: Bool, search: CellLattice.Search = .strongEdges) -> CellLattice {
        remembered(&lattices, LatticeKey(box: box, vertical: vertical, search: search)) {
            tileLattice(in: box, vertical: vertical)
                ?? CellLattice.find(in: image, box: box, vertical: vertical, search: search)
        }
    }

    /// `TileLattice.find(in: box, image: image, vertical: vertical)`.
    func tileLattice(in box: PixelRect, vertical: Bool) -> CellLattice? {
        remembered(&tileLattices, LatticeKey(box: box, vertical: vertical)) {
            TileLattice.find(in: box, image: image, vertical: vertical)
        }
    }

    /// The cells' box around tiles set apart by wide gaps in `box`: `box` grown to the
    /// lattice's ends along each axis `TileLattice` reads (half a gap beyond the outer
    /// tiles, where an axis's tick marks start).
    func cellsBox(aroundTilesIn box: PixelRect) -> PixelRect {
        var cells = box
        if let columns = tileLattice(in: box, vertical: false) {
            cells.minX = min(box.minX, Int(columns.origin.rounded(.down)))
            cells.maxX = max(box.maxX, Int((columns.origin + columns.step * Double(columns.count)).rounded(.up)))
        }
        if let rows = tileLattice(in: box, vertical: true) {
            cells.minY = min(box.minY, Int(rows.origin.rounded(.down)))
            cells.maxY = max(box.maxY, Int((rows.origin + rows.step * Double(rows.count)).rounded(.up)))
        }
        return cells
    }

    /// `RegionTrimmer(image:components:memberIDs:).trim(box)` for a region's components.
    func trimmed(_ box: PixelRect, members: Set<Int>) -> PixelRect {
        remembered(&trims, TrimKey(box: box, members: members)) {
            RegionTrimmer(image: image, components: components, memberIDs: members).trim(box)
        }
    }

    /// `ColourStrip.measure(box, in: image, background: background)`.
    func strip(in box: PixelRect) -> ColourStrip? {
        remembered(&strips, box) { ColourStrip.measure(box, in: image, background: background) }
    }

    /// `PanelDividers.pieces(of: box, in: image)`.
    func pieces(of box: PixelRect) -> [PixelRect] {
        remembered(&pieces, box) { PanelDividers.pieces(of: box, in: image) }
    }

    /// `TickMarks.find(in: image, around: box, background: background, reach: reach)`.
    func tickMarks(around box: PixelRect, reach: Int) -> TickMarks {
        remembered(&marks, MarksKey(box: box, reach: reach)) {
            TickMarks.find(in: image, around: box, background: background, reach: reach)
        }
    }

    /// The colour of every cell of a grid (`CellSampler`) and the numbers printed on them
    /// (`AnnotationFinder`).
    func cells(in box: HeatmapFigure.Box, rows: Int, columns: Int) -> (colours: [[RGBA]], annotations: [TextLine]) {
        remembered(&cells, CellsKey(box: box, rows: rows, columns: columns)) {
            let sampler = CellSampler(image: image, box: box, rows: rows, columns: columns)
            let colours = (0..<rows).map { r in (0..<columns).map { sampler.colour(row: r, column: $0) } }
            return (colours, AnnotationFinder.lines(in: image, box: box, cellColours: colours))
        }
    }

    private func remembered<Key: Hashable, Value>(_ store: inout [Key: Value], _ key: Key, _ make: () -> Value) -> Value {
        if let value = store[key] { return value }
        let value = make()
        store[key] = value
        return value
    }
}
