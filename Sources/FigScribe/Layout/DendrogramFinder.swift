/// Finds the dendrograms drawn beside a heatmap's grid (seaborn `clustermap`, R `pheatmap`):
/// trees of thin strokes whose leaves end one per row (or column), level with the cells'
/// centres, and whose branches join away from the grid into one root.
///
/// Looking outwards from each side of the grid, the first line of pixels crossed by exactly
/// one thin stroke per cell, each at its cell's centre, holds the leaves' ends. The strokes
/// count as a tree when they are one connected drawing that reaches well away from the grid
/// and ends there in a single stroke (its root). A comb of tick marks joined by an axis line
/// ends in as many strokes as it has ticks, or in an axis line as long as all of them; a bar
/// chart's bars are not thin; tick labels are not joined to one another. Three rows (or
/// columns) at least: two leaves joined by one bracket could be anything.
struct DendrogramFinder {
    let image: RGBAImage
    let background: RGBA
    let gridBox: HeatmapFigure.Box
    let rows: Int
    let columns: Int

    /// A pixel is a stroke's when its largest channel difference from the background is above this.
    static let strokeContrast = 48
    /// A tree reaches at least this many pixels out from its leaves' ends.
    static let minimumDepth = 12
    /// A tree's strokes cover at most this share of its box.
    static let maximumFill = 0.35
    /// A flood over more pixels than this is not a tree's.
    static let maximumPixels = 400_000

    /// A side of the grid.
    enum Side: CaseIterable, Sendable {
        case left, right, top, bottom
        /// Whether a tree on this side clusters the rows (else the columns).
        var clustersRows: Bool { self == .left || self == .right }
    }

    /// A dendrogram found: the side it is drawn on and the box of its strokes.
    struct Tree: Equatable, Sendable {
        var side: Side
        var box: PixelRect
    }

    init(image: RGBAImage, background: RGBA, gridBox: HeatmapFigure.Box, rows: Int, columns: Int) {
        self.image = image
        self.background = background
        self.gridBox = gridBox
        self.rows = rows
        self.columns = columns
    }

    init(layout: FigureLayout) {
        self.init(image: layout.image, background: layout.background, gridBox: layout.gridBox,
                  rows: layout.rows, columns: layout.columns)
    }

    /// The trees beside the grid, at most one a side.
    func find() -> [Tree] {
        Side.allCases.compactMap(tree(on:))
    }

    /// Which of the grid's axes the trees cluster; nil when there is no tree.
    static func dendrograms(_ trees: [Tree]) -> HeatmapFigure.Dendrograms? {
        guard !trees.isEmpty else { return nil }
        return .init(rows: trees.contains { $0.side.clustersRows }, columns: trees.contains { !$0.side.clustersRows })
    }

    private func tree(on side: Side) -> Tree? {
        let frame = SideFrame(side: side, gridBox: gridBox, image: image)
        let count = side.clustersRows ? rows : columns
        guard count >= 3 else { return nil }
        let cell = frame.spanLength / Double(count)
        let centres = (0..<count).map { frame.spanStart + (Double($0) + 0.5) * cell }
        let from = max(0, Int((frame.spanStart - cell / 2).rounded(.down)))
        let to = min(frame.alongLimit, Int((frame.spanStart + frame.spanLength + cell / 2).rounded(.up)))
        let thickest = max(3, Int(0.3 * cell))
        let reach = min(frame.outLimit, max(60, frame.outLimit / 8))
        var drawings: SideDrawings?
        for out in 0..<reach {
            let runs = strokeRuns(frame, out: out, from: from, to: to) { _ in true }
            guard runs.count == count,
                  zip(runs, centres).allSatisfy({ run, centre in
                      run.count <= thickest && abs(Double(run.lowerBound + run.upperBound) / 2 - centre) <= 0.4 * cell
                  })
            else { continue }
            if drawings == nil { drawings = SideDrawings(finder: self, frame: frame) }
            if let box = treeBox(frame, drawings: &drawings!, leaves: runs, out: out, from: from, to: to, cell: cell) {
                return Tree(side: side, box: box)
            }
        }
        return nil
    }

    /// The box of the drawing that joins the leaves' ends at `out` to the first leaf, when it is a tree.
    private func treeBox(
        _ frame: SideFrame, drawings: inout SideDrawings, leaves: [Range<Int>], out: Int, from: Int, to: Int, cell: Double
    ) -> PixelRect? {
        let seed = frame.point(along: leaves[0].lowerBound, out: out)
        guard let (id, pixels) = drawings.drawing(from: seed.y * image.width + seed.x) else { return nil }
        let flooded = drawings
        let reached = { (p: Int) in flooded.holds(p, id) }
        let joined = leaves.allSatisfy { leaf in
            let (x, y) = frame.point(along: (leaf.lowerBound + leaf.upperBound - 1) / 2, out: out)
            return reached(y * image.width + x)
        }
        guard joined else { return nil }
        let outs = pixels.map { frame.out(of: $0 % image.width, $0 / image.width) }
        let alongs = pixels.map { frame.along(of: $0 % image.width, $0 / image.width) }
        guard let far = outs.max(), let first = alongs.min(), let last = alongs.max(), far - out >= Self.minimumDepth,
              Double(first) >= Double(from) - cell, Double(last) <= Double(to) + cell
        else { return nil }
        // The root joins two branches inside the leaves' spread; an axis line joining a comb of
        // ticks spans them all.
        let spread = Double(leaves[leaves.count - 1].lowerBound - leaves[0].lowerBound)
        let rootLines = [far, far - 1].map { o in strokeRuns(frame, out: o, from: first, to: last + 1, counts: reached) }
        guard rootLines.contains(where: { $0.count == 1 && Double($0[0].count) < 0.9 * spread }) else { return nil }
        let corners = [frame.point(along: first, out: out), frame.point(along: last, out: far)]
        let box = PixelRect(minX: corners.map(\.x).min()!, minY: corners.map(\.y).min()!,
                            maxX: corners.map(\.x).max()! + 1, maxY: corners.map(\.y).max()! + 1)
        return Double(pixels.count) <= Self.maximumFill * Double(box.area) ? box : nil
    }

    /// The runs of stroke pixels along the line `out` pixels from the grid, between `from` and
    /// `to`, among the pixels `counts` admits (by index into the image).
    private func strokeRuns(_ frame: SideFrame, out: Int, from: Int, to: Int, counts: (Int) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for a in from...to {
            let (x, y) = frame.point(along: a, out: out)
            let on = a < to && isStroke(x, y) && counts(y * image.width + x)
            if on, start == nil { start = a }
            if !on, let s = start {
                runs.append(s..<a)
                start = nil
            }
        }
        return runs
    }

    fileprivate func isStroke(_ x: Int, _ y: Int) -> Bool {
        image[x, y].channelDistance(to: background) > Self.strokeContrast
    }
}

/// The connected drawings of stroke pixels on one side of the grid, each flooded once however
/// many lines of leaf ends start in it.
private struct SideDrawings {
    let finder: DendrogramFinder
    let frame: SideFrame
    /// Per pixel: 0 when not flooded, else the number of the drawing holding it.
    private var drawingOf: [Int32]
    /// Each drawing's pixels (drawing k at k − 1); nil when it holds more than
    /// `DendrogramFinder.maximumPixels` (its flood stopped there).
    private var drawings: [[Int]?] = []

    init(finder: DendrogramFinder, frame: SideFrame) {
        self.finder = finder
        self.frame = frame
        drawingOf = [Int32](repeating: 0, count: finder.image.width * finder.image.height)
    }

    /// Whether pixel `p` belongs to drawing `id`.
    func holds(_ p: Int, _ id: Int32) -> Bool { drawingOf[p] == id }

    /// The drawing holding the stroke pixel `seed` (an index into the image): its number and
    /// pixels, or nil when it holds more than `DendrogramFinder.maximumPixels`.
    mutating func drawing(from seed: Int) -> (id: Int32, pixels: [Int])? {
        if drawingOf[seed] != 0 {
            let id = drawingOf[seed]
            return drawings[Int(id) - 1].map { (id, $0) }
        }
        let id = Int32(drawings.count + 1)
        let width = finder.image.width, height = finder.image.height
        drawingOf[seed] = id
        var pixels = [seed], stack = [seed]
        while let p = stack.popLast() {
            guard pixels.count <= DendrogramFinder.maximumPixels else {
                drawings.append(nil)
                return nil
            }
            let x = p % width, y = p / width
            for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let nx = x + dx, ny = y + dy
                guard nx >= 0, ny >= 0, nx < width, ny < height, frame.isOutside(x: nx, y: ny), finder.isStroke(nx, ny)
                else { continue }
                let n = ny * width + nx
                if drawingOf[n] == id { continue }
                // Pixels of an earlier drawing: one whose flood stopped at the limit (a whole
                // one would hold the seed), so this is that drawing, as large.
                guard drawingOf[n] == 0 else {
                    drawings.append(nil)
                    return nil
                }
                drawingOf[n] = id
                pixels.append(n)
                stack.append(n)
            }
        }
        drawings.append(pixels)
        return (id, pixels)
    }
}

/// One side of a grid seen from the grid: `along` runs parallel to the side, `out` counts
/// pixels away from it, 0 being the first line outside the grid.
private struct SideFrame {
    let side: DendrogramFinder.Side
    /// The first pixel line outside the grid on this side.
    let edge: Int
    let spanStart: Double
    let spanLength: Double
    /// How many `along` and `out` steps stay in the image.
    let alongLimit: Int
    let outLimit: Int

    init(side: DendrogramFinder.Side, gridBox: HeatmapFigure.Box, image: RGBAImage) {
        self.side = side
        switch side {
        case .left: edge = Int(gridBox.x.rounded(.down)) - 1
        case .right: edge = Int((gridBox.x + gridBox.width).rounded(.up))
        case .top: edge = Int(gridBox.y.rounded(.down)) - 1
        case .bottom: edge = Int((gridBox.y + gridBox.height).rounded(.up))
        }
        spanStart = side.clustersRows ? gridBox.y : gridBox.x
        spanLength = side.clustersRows ? gridBox.height : gridBox.width
        alongLimit = side.clustersRows ? image.height : image.width
        switch side {
        case .left, .top: outLimit = max(0, edge + 1)
        case .right: outLimit = max(0, image.width - edge)
        case .bottom: outLimit = max(0, image.height - edge)
        }
    }

    func point(along a: Int, out o: Int) -> (x: Int, y: Int) {
        switch side {
        case .left: return (edge - o, a)
        case .right: return (edge + o, a)
        case .top: return (a, edge - o)
        case .bottom: return (a, edge + o)
        }
    }

    func out(of x: Int, _ y: Int) -> Int {
        switch side {
        case .left: return edge - x
        case .right: return x - edge
        case .top: return edge - y
        case .bottom: return y - edge
        }
    }

    func along(of x: Int, _ y: Int) -> Int { side.clustersRows ? y : x }

    /// Whether a pixel lies on this side of the grid, outside it.
    func isOutside(x: Int, y: Int) -> Bool { out(of: x, y) >= 0 }
}
