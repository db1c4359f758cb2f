/// The x-height and capital height of a line of text, measured column by column across its
/// reading direction: where the letters' ink stands on the baseline, and how high it reaches.
///
/// Glyph heights show a font's x-height only when some small letter stands alone; a turned
/// "Month" drawn in three pieces ("Mo", "n", "th"... each holding a tall letter) does not.
/// Its columns still do: most rise to the x-height (o, n, the arch of h) and some to the
/// capital or ascender line (M, t, the stem of h).
enum WordHeights {
    /// The line's x-height and capital height in pixels, or nil unless at least three
    /// columns stop at one lower line and two reach the top, the lower at 50–85% of the top.
    /// - Parameters:
    ///   - glyphIDs: the line's ink components.
    ///   - ink: the figure's components.
    ///   - angle: the line's reading direction, degrees counter-clockwise.
    static func measured(glyphIDs: [Int], ink: ConnectedComponents, angle: Double) -> (xHeight: Double, capHeight: Double)? {
        guard let first = glyphIDs.first else { return nil }
        let ids = Set(glyphIDs)
        let box = glyphIDs.dropFirst().reduce(ink.components[first].box) { $0.union(ink.components[$1].box) }
        let direction = ReadingDirection(degrees: angle)
        var columns: [Int: (top: Int, bottom: Int)] = [:]
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX {
                guard let id = ink.label(x: x, y: y), ids.contains(id) else { continue }
                let (cx, cy) = (Double(x) + 0.5, Double(y) + 0.5)
                let column = Int(direction.along(x: cx, y: cy).rounded(.down))
                let level = Int(direction.across(x: cx, y: cy).rounded(.down))
                let seen = columns[column] ?? (level, level)
                columns[column] = (min(seen.top, level), max(seen.bottom, level))
            }
        }
        guard columns.count >= 6, let baseline = mode(columns.values.map(\.bottom)),
            let capTop = columns.values.map(\.top).min()
        else { return nil }
        let full = Double(baseline - capTop + 1)
        guard full >= 5 else { return nil }
        let tops = columns.values.filter { $0.bottom >= baseline - 1 }.map(\.top)
        let high = tops.filter { Double($0 - capTop) < 0.15 * full }
        let low = tops.filter { Double($0 - capTop) >= 0.15 * full && Double(baseline - $0 + 1) >= 0.3 * full }
        guard high.count >= 2, low.count >= 3, let xLine = mode(low) else { return nil }
        let xHeight = Double(baseline - xLine + 1)
        guard xHeight >= 0.5 * full, xHeight <= 0.85 * full else { return nil }
        return (xHeight, full)
    }

    /// The most frequent value (the smallest of those tied).
    private static func mode(_ values: [Int]) -> Int? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
