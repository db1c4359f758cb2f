/// The tick marks drawn outside the grid's edges: short strokes at right angles to an edge,
/// starting at it (or at the spine drawn along it). Their centres are the exact tick
/// positions the labels point at.
struct TickMarks: Equatable, Sendable {
    /// Centres (pixel x) of marks above and below the grid.
    var x: [Double]
    /// Centres (pixel y) of marks left and right of the grid.
    var y: [Double]

    /// How far outside the grid box a mark may start (a spine lies in between).
    static let reach = 4
    /// The least length of a mark.
    static let minimumLength = 2

    /// Finds the marks around `box` in `image`, starting within `reach` pixels of it.
    static func find(in image: RGBAImage, around box: PixelRect, background: RGBA, reach: Int = TickMarks.reach) -> TickMarks {
        func isInk(_ x: Int, _ y: Int) -> Bool {
            x >= 0 && y >= 0 && x < image.width && y < image.height && image[x, y].channelDistance(to: background) > 60
        }
        let bottom = marks(box.minX..<box.maxX) { x in run(from: box.maxY, step: 1, reach: reach) { isInk(x, $0) } }
        let top = marks(box.minX..<box.maxX) { x in run(from: box.minY - 1, step: -1, reach: reach) { isInk(x, $0) } }
        let left = marks(box.minY..<box.maxY) { y in run(from: box.minX - 1, step: -1, reach: reach) { isInk($0, y) } }
        let right = marks(box.minY..<box.maxY) { y in run(from: box.maxX, step: 1, reach: reach) { isInk($0, y) } }
        return TickMarks(x: (bottom + top).sorted(), y: (left + right).sorted())
    }

    /// The marks without those that are strokes of text set within `reach` of the edge
    /// (plotting systems may set tick labels a pixel from the grid, without marks): a mark
    /// ends before the label it points at begins.
    func excludingText(_ boxes: [PixelRect], around box: PixelRect, reach: Int = TickMarks.reach) -> TickMarks {
        let beside = boxes.filter { b in
            (b.maxX <= box.minX && b.maxX >= box.minX - reach) || (b.minX >= box.maxX && b.minX <= box.maxX + reach)
        }
        let level = boxes.filter { b in
            (b.maxY <= box.minY && b.maxY >= box.minY - reach) || (b.minY >= box.maxY && b.minY <= box.maxY + reach)
        }
        return TickMarks(
            x: x.filter { m in !level.contains { Double($0.minX) <= m && m <= Double($0.maxX) } },
            y: y.filter { m in !beside.contains { Double($0.minY) <= m && m <= Double($0.maxY) } })
    }

    /// Centres of the marks along one edge, given the outward ink run at each position:
    /// a spine gives every position the same short run; a mark runs at least
    /// `minimumLength` further, on a stretch at most 3 pixels wide.
    private static func marks(_ positions: Range<Int>, run: (Int) -> Int) -> [Double] {
        let runs = positions.map(run)
        guard !runs.isEmpty else { return [] }
        let spine = runs.sorted()[runs.count / 2]
        let marked = zip(positions, runs).filter { $0.1 >= spine + minimumLength && $0.1 <= spine + 20 }.map(\.0)
        return centres(of: marked, maxWidth: 3)
    }

    /// The length of the ink run outward from the edge at `start`, if it begins within
    /// `reach` pixels; 0 otherwise.
    private static func run(from start: Int, step: Int, reach: Int, isInk: (Int) -> Bool) -> Int {
        var p = start
        while !isInk(p) {
            p += step
            if abs(p - start) >= reach { return 0 }
        }
        var length = 0
        while isInk(p) && length < 64 {
            length += 1
            p += step
        }
        return length
    }

    /// Centres of runs of consecutive positions no wider than `maxWidth`.
    private static func centres(of positions: [Int], maxWidth: Int) -> [Double] {
        var out: [Double] = []
        var run: [Int] = []
        func flush() {
            if !run.isEmpty && run.count <= maxWidth { out.append(Double(run.first! + run.last! + 1) / 2) }
            run = []
        }
        for p in positions {
            if let last = run.last, p != last + 1 { flush() }
            run.append(p)
        }
        flush()
        return out
    }
}
