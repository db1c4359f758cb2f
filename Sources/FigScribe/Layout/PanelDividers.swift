/// Panels drawn edge to edge (lattice's layouts) are one block of ink: thin full-length
/// dark lines inside the block (the panels' shared borders) divide it.
enum PanelDividers {
    /// A divider line is at least this dark (luma).
    static let maxLuma = 96.0
    /// Pieces narrower than this (in pixels) between dividers are strips or gaps, not panels.
    static let minPiece = 24
    /// A pixel within this channel distance of the pixels two beyond the line on both sides
    /// is part of a dark area the line runs through, not of a border.
    static let sameColour = 24

    /// The block `box` cut along its internal dividers; `[box]` when it has none.
    static func pieces(of box: PixelRect, in image: RGBAImage) -> [PixelRect] {
        let columns = cuts(count: box.width) { x in (box.minY..<box.maxY).lazy.map { image[box.minX + x, $0] } }
        let rows = cuts(count: box.height) { y in (box.minX..<box.maxX).lazy.map { image[$0, box.minY + y] } }
        guard !columns.isEmpty || !rows.isEmpty else { return [box] }
        let xs = spans(between: columns, length: box.width).map { (box.minX + $0.lowerBound)..<(box.minX + $0.upperBound) }
        let ys = spans(between: rows, length: box.height).map { (box.minY + $0.lowerBound)..<(box.minY + $0.upperBound) }
        return ys.flatMap { y in xs.map { x in PixelRect(minX: x.lowerBound, minY: y.lowerBound, maxX: x.upperBound, maxY: y.upperBound) } }
    }

    /// The internal lines (offsets from the start, the outer two on each side apart: the
    /// block's frame) that are dark along their whole length, in runs at most two lines
    /// thick (a column of dark cells is thicker) and unlike the lines beside them for at
    /// least half their length (a line through a column of dark cells that light printed
    /// numbers interrupt on both sides of it is dark all along, but as thick as its cells).
    private static func cuts<S: Sequence>(count: Int, line: (Int) -> S) -> [Int] where S.Element == RGBA {
        guard count > 2 * minPiece else { return [] }
        let dark = (0..<count).map { i in line(i).allSatisfy { $0.luma <= maxLuma } }
        var result: [Int] = []
        var i = 2
        while i < count - 2 {
            guard dark[i] else { i += 1; continue }
            var end = i
            while end < count, dark[end] { end += 1 }
            if end - i <= 2, end + 1 < count, standsOut(line(i), between: line(i - 2), and: line(end + 1)) {
                result += Array(i..<end)
            }
            i = end
        }
        return result
    }

    /// Whether `line` differs from both neighbouring lines at no fewer than half its pixels.
    private static func standsOut<S: Sequence>(_ line: S, between before: S, and after: S) -> Bool where S.Element == RGBA {
        var differing = 0
        var total = 0
        for ((p, b), a) in zip(zip(line, before), after) {
            total += 1
            if p.channelDistance(to: b) > sameColour && p.channelDistance(to: a) > sameColour { differing += 1 }
        }
        return 2 * differing >= total
    }

    /// The runs between the cut lines that are at least `minPiece` long.
    private static func spans(between cuts: [Int], length: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for c in cuts + [length] {
            if c - start >= minPiece { result.append(start..<c) }
            start = c + 1
        }
        return result
    }
}
