/// Whether a laid-out figure shows what every heatmap has, so that nothing else (a photo,
/// noise, a line, bar or scatter chart, text) is reported as a grid of made-up cells.
///
/// The rule: the grid is a lattice of at least two cells that covers a noticeable part of
/// the image (a cluster of a scatter plot's dots does not); most cells are flat (their inside,
/// numbers printed on them aside, is one colour); at least two cells and a quarter of all
/// cells are coloured (not the background); the coloured cells are not all one colour;
/// and when a colour strip was found, the coloured cells' colours lie on it (cells of one
/// shared colour off the strip aside: the colour missing values are drawn in).
struct HeatmapEvidence {
    /// The share of the image the grid must cover.
    static let minImageShare = 0.01
    /// The share of cells that must be flat.
    static let minFlatShare = 0.8
    /// The share of a cell's inside that must be its own colour for the cell to be flat.
    static let minCellFlatness = 0.8
    /// The share of cells that must be coloured rather than background.
    static let minColouredShare = 0.25
    /// The share of coloured cells that must lie on the colour strip, when there is one.
    static let minOnStripShare = 0.6
    /// How far (largest channel difference) a pixel may be from its cell's colour to match it.
    static let flatTolerance = 16
    /// How far a cell's colour may be from the nearest colour of the strip to lie on it.
    static let stripTolerance = 24

    /// Cells in the lattice.
    let cellCount: Int
    /// Share of the image the grid covers.
    let imageShare: Double
    /// Share of cells whose inside is one colour.
    let flatShare: Double
    /// Share of cells that are flat and not the background colour.
    let colouredShare: Double
    /// Number of coloured cells.
    let colouredCount: Int
    /// Whether the coloured cells show more than one colour.
    let colouredVary: Bool
    /// Share of coloured cells whose colour lies on the strip or is the one colour most
    /// cells off the strip share (missing values); nil without a strip.
    let onStripShare: Double?

    init(layout: FigureLayout) {
        let rows = layout.rows, columns = layout.columns
        cellCount = rows * columns
        let box = layout.gridBox
        imageShare = box.width * box.height / Double(max(1, layout.image.width * layout.image.height))
        let w = layout.cellWidth, h = layout.cellHeight
        let text = layout.annotations.map { $0.box }
        var flat = 0
        var coloured: [RGBA] = []
        for r in 0..<rows {
            for c in 0..<columns {
                let colour = layout.cellColours[r][c]
                let isFlat = Self.flatness(
                    of: layout.image, colour: colour, text: text,
                    x0: layout.gridBox.x + Double(c) * w, y0: layout.gridBox.y + Double(r) * h, w: w, h: h
                ) >= Self.minCellFlatness
                guard isFlat else { continue }
                flat += 1
                // As pale as it may be, a cell off the page is coloured (Blues' low end, #f7fbff on white).
                if colour.channelDistance(to: layout.background) > FigureInk.inkThreshold { coloured.append(colour) }
            }
        }
        let cells = Double(max(1, cellCount))
        flatShare = Double(flat) / cells
        colouredShare = Double(coloured.count) / cells
        colouredCount = coloured.count
        colouredVary = coloured.contains { $0.channelDistance(to: coloured[0]) > Self.flatTolerance }
        if let strip = layout.strip, !coloured.isEmpty {
            let off = coloured.filter { cell in
                !strip.samples.contains { $0.channelDistance(to: cell) <= Self.stripTolerance }
            }
            let missing = off.map { c in off.filter { $0.channelDistance(to: c) <= Self.flatTolerance }.count }.max() ?? 0
            onStripShare = Double(coloured.count - off.count + missing) / Double(coloured.count)
        } else {
            onStripShare = nil
        }
    }

    /// Whether enough cells are flat.
    var cellsAreFlat: Bool { flatShare >= Self.minFlatShare }

    /// Throws `LayoutError.notAHeatmap` with the first missing piece of evidence.
    func verdict() throws(LayoutError) {
        if cellCount < 2 { throw .notAHeatmap(reason: "one solid block, not a lattice of cells") }
        if imageShare < Self.minImageShare {
            throw .notAHeatmap(reason: "the only grid of cells is a speck (\(Self.percent(imageShare)) of the image)")
        }
        if !cellsAreFlat {
            throw .notAHeatmap(reason: "the grid's cells are not flat colours (\(Self.percent(flatShare)) are)")
        }
        if colouredCount < 2 || colouredShare < Self.minColouredShare {
            throw .notAHeatmap(reason: "the grid is mostly background (\(Self.percent(colouredShare)) of cells coloured)")
        }
        if !colouredVary { throw .notAHeatmap(reason: "every cell has the same colour") }
        if let onStripShare, onStripShare < Self.minOnStripShare {
            throw .notAHeatmap(
                reason: "the cells' colours are not on the colour scale (\(Self.percent(onStripShare)) are)")
        }
    }

    private static func percent(_ share: Double) -> String { "\(Int((100 * share).rounded()))%" }

    /// The share of a cell's inside (a fifth of its size in from each edge, printed text
    /// left out) within `flatTolerance` of `colour`; 1 when nothing is left to judge.
    private static func flatness(
        of image: RGBAImage, colour: RGBA, text: [PixelRect], x0: Double, y0: Double, w: Double, h: Double
    ) -> Double {
        let insetX = max(1, 0.2 * w), insetY = max(1, 0.2 * h)
        let minX = max(0, Int((x0 + insetX).rounded(.down))), maxX = min(image.width, Int((x0 + w - insetX).rounded(.up)))
        let minY = max(0, Int((y0 + insetY).rounded(.down))), maxY = min(image.height, Int((y0 + h - insetY).rounded(.up)))
        guard maxX > minX, maxY > minY else { return 1 }
        let inside = PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        let covering = text.filter { $0.overlapArea(inside) > 0 }
        var same = 0, total = 0
        for y in minY..<maxY {
            for x in minX..<maxX {
                if covering.contains(where: { x >= $0.minX - 1 && x <= $0.maxX && y >= $0.minY - 1 && y <= $0.maxY }) {
                    continue
                }
                total += 1
                if image[x, y].channelDistance(to: colour) <= flatTolerance { same += 1 }
            }
        }
        return total == 0 ? 1 : Double(same) / Double(total)
    }
}
