/// Splits a level line along a horizontal colour strip into the tick labels it holds: a
/// short horizontal legend's labels set close together (seaborn's "2.5 5.0 7.5") are
/// grouped as one line, and the roles need one line per label.
///
/// A line lying along the strip (within two glyphs of its ends) and near it (within two of
/// its own heights) is cut at every gap of at least 0.6 of its height (wider than a word
/// space) that is also at least twice as wide as any other gap between its glyphs.
enum StripTickSplitter {
    static func split(_ lines: [TextLine], along strip: ColourStrip, glyphBox: (Int) -> PixelRect) -> [TextLine] {
        guard strip.orientation == .horizontal else { return lines }
        let s = strip.box
        return lines.flatMap { line -> [TextLine] in
            let b = line.box, reach = Int(2 * line.glyphSize)
            let along = b.minX >= s.minX - reach && b.maxX <= s.maxX + reach
            let near = max(b.minY - s.maxY, s.minY - b.maxY) <= 2 * b.height
            guard (line.angle ?? 0) == 0, line.glyphIDs.count >= 2, along, near else { return [line] }
            let ids = line.glyphIDs.sorted { glyphBox($0).minX < glyphBox($1).minX }
            // The gap before each glyph: from the farthest right any earlier glyph reaches.
            var right = glyphBox(ids[0]).maxX
            var gaps: [Int] = []
            for id in ids.dropFirst() {
                gaps.append(glyphBox(id).minX - right)
                right = max(right, glyphBox(id).maxX)
            }
            let wide = Double(b.height) * 0.6
            let cuts = gaps.indices.filter { Double(gaps[$0]) >= wide }
            let others = gaps.indices.filter { !cuts.contains($0) }.map { gaps[$0] }
            guard !cuts.isEmpty, cuts.allSatisfy({ gaps[$0] >= 2 * max(1, others.max() ?? 0) }) else { return [line] }
            var pieces: [[Int]] = [[ids[0]]]
            for (k, id) in ids.dropFirst().enumerated() {
                if cuts.contains(k) { pieces.append([id]) } else { pieces[pieces.count - 1].append(id) }
            }
            return pieces.map { TextLine(glyphIDs: $0, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox) }
        }
    }
}
