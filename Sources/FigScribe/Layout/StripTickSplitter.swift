/// Splits lines along a colour strip into the tick labels they hold.
///
/// Horizontal strip: a short legend's labels set close together (seaborn's "2.5 5.0 7.5")
/// are grouped as one line, and the roles need one line per label. A line lying along the
/// strip (within two glyphs of its ends) and near it (within two of its own heights) is cut
/// at every gap of at least 0.6 of its height (wider than a word space) that is also at
/// least twice as wide as any other gap between its glyphs.
///
/// Vertical strip: its tick labels stand in a column, flush on one side. A glyph ending a
/// label's line on the far side, the rest of which starts and ends where the column's other
/// labels do, that starts where they end and reaches past them, within the label's height and
/// shorter than it, centred on the strip's length, is the strip's one-letter label turned along
/// it and set hard against that label (gnuplot's "z" beside its "30"): a line of its own.
enum StripTickSplitter {
    static func split(_ lines: [TextLine], along strip: ColourStrip, glyphBox: (Int) -> PixelRect) -> [TextLine] {
        strip.orientation == .horizontal
            ? splitAlongHorizontal(lines, strip: strip, glyphBox: glyphBox)
            : splitBesideVertical(lines, strip: strip, glyphBox: glyphBox)
    }

    private static func splitAlongHorizontal(
        _ lines: [TextLine], strip: ColourStrip, glyphBox: (Int) -> PixelRect
    ) -> [TextLine] {
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

    private static func splitBesideVertical(
        _ lines: [TextLine], strip: ColourStrip, glyphBox: (Int) -> PixelRect
    ) -> [TextLine] {
        let s = strip.box
        // The level lines beside the strip's length on one side, within two glyphs of it.
        func column(right: Bool) -> [Int] {
            lines.indices.filter { i in
                let b = lines[i].box, reach = Int(2 * lines[i].glyphSize)
                let beside = right ? b.minX >= s.maxX && b.minX - s.maxX <= reach : b.maxX <= s.minX && s.minX - b.maxX <= reach
                return (lines[i].angle ?? 0) == 0 && beside && b.midY >= Double(s.minY) && b.midY <= Double(s.maxY)
            }
        }
        var out = lines
        for right in [true, false] {
            let labels = column(right: right)
            guard labels.count >= 3 else { continue }
            for i in labels where lines[i].glyphIDs.count >= 2 {
                let others = labels.filter { $0 != i }.map { lines[$0].box }
                // Where the other labels end on the far side (their median, for one stray).
                let ends = others.map { right ? $0.maxX : -$0.minX }.sorted()
                let end = ends[ends.count / 2]
                let ids = lines[i].glyphIDs.sorted { right ? glyphBox($0).maxX < glyphBox($1).maxX : glyphBox($0).minX > glyphBox($1).minX }
                let last = glyphBox(ids[ids.count - 1])
                let (start, reach) = right ? (last.minX, last.maxX) : (-last.maxX, -last.minX)
                // The rest of the line is a label of the column: it starts and ends where the others do.
                let rest = ids.dropLast().map(glyphBox)
                let restStart = rest.map { right ? $0.minX : -$0.maxX }.min()!, restEnd = rest.map { right ? $0.maxX : -$0.minX }.max()!
                let starts = others.map { right ? $0.minX : -$0.maxX }.sorted()
                // A turned letter stands within the label's height, shorter than its digits (a
                // digit more is as tall; an exponent rises above them).
                let top = rest.map(\.minY).min()!, bottom = rest.map(\.maxY).max()!
                guard abs(restStart - starts[starts.count / 2]) <= 2, abs(restEnd - end) <= 2,
                    last.minY >= top, last.maxY <= bottom, last.height + 2 <= bottom - top,
                    start >= end - 1, reach > end + 2,
                    abs(Double(last.minY + last.maxY) / 2 - Double(s.minY + s.maxY) / 2) < 0.05 * Double(s.height)
                else { continue }
                out[i] = TextLine(glyphIDs: Array(ids.dropLast()), angle: lines[i].angle, glyphSize: lines[i].glyphSize, glyphBox: glyphBox)
                out.append(TextLine(glyphIDs: [ids[ids.count - 1]], angle: nil, glyphSize: lines[i].glyphSize, glyphBox: glyphBox))
            }
        }
        return out
    }
}
