/// Splits lines along a colour strip into the tick labels they hold.
///
/// Horizontal strip: a short legend's labels set close together (seaborn's "2.5 5.0 7.5")
/// are grouped as one line, and the roles need one line per label. A line lying along the
/// strip (within two glyphs of its ends) and near it (within two of its own heights) is cut
/// at every gap of at least 0.6 of its height (wider than a word space) that is also at
/// least twice as wide as any other gap between its glyphs.
///
/// A label beside the strip's end grouped with the end's tick label is split from it.
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
        func isAlongAndNear(_ line: TextLine) -> Bool {
            let b = line.box, reach = Int(2 * line.glyphSize)
            return b.minX >= s.minX - reach && b.maxX <= s.maxX + reach && max(b.minY - s.maxY, s.minY - b.maxY) <= 2 * b.height
        }
        // Whether most of the strip's labels are level (not half as tall again as wide, as
        // turned numbers are): then two glyphs stacked over each other are no turned label.
        let labels = lines.filter(isAlongAndNear)
        let levelLabels = 2 * labels.filter { 2 * $0.box.height < 3 * $0.box.width }.count > labels.count
        return lines.flatMap { line -> [TextLine] in
            let b = line.box, reach = Int(2 * line.glyphSize)
            if let parts = labelAndEndTick(line, strip: s, reach: reach, glyphBox: glyphBox) { return parts }
            if levelLabels, isAlongAndNear(line), let parts = labelOverTick(line, strip: s, glyphBox: glyphBox) { return parts }
            guard (line.angle ?? 0) == 0, line.glyphIDs.count >= 2, isAlongAndNear(line) else { return [line] }
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

    /// A label set beside a horizontal strip's end grouped with the tick label under (or
    /// over) that end (ggplot2's "log2 FC" left of its bar, with the "0" below the bar's
    /// start): the glyphs level with the strip and those off its rows within its length, as
    /// two lines. Nil unless every glyph is one or the other, both are found, and the glyphs
    /// beside are no thin mark (at least half a glyph wide and tall).
    private static func labelAndEndTick(
        _ line: TextLine, strip s: PixelRect, reach: Int, glyphBox: (Int) -> PixelRect
    ) -> [TextLine]? {
        guard (line.angle ?? 0) == 0, line.glyphIDs.count >= 2 else { return nil }
        let beside = line.glyphIDs.filter { id in
            let g = glyphBox(id)
            return g.maxY > s.minY && g.minY < s.maxY && (g.maxX <= s.minX || g.minX >= s.maxX)
        }
        let offRows = line.glyphIDs.filter { id in
            let g = glyphBox(id)
            return (g.minY >= s.maxY || g.maxY <= s.minY) && g.minX >= s.minX - reach && g.maxX <= s.maxX + reach
        }
        guard !beside.isEmpty, !offRows.isEmpty, beside.count + offRows.count == line.glyphIDs.count else { return nil }
        let parts = [beside, offRows].map { TextLine(glyphIDs: $0, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox) }
        // A mark drawn from the strip's edge beside the end is no label.
        let label = parts[0].box
        return 2 * Double(min(label.width, label.height)) >= line.glyphSize ? parts : nil
    }

    /// A strip's label set over (or under) one of its tick labels on the same side, the two
    /// grouped as one line (matplotlib's "%" centred over the "500" of a bar on top): two
    /// glyphs, one wholly above the other with a gap, the upper one's middle over the lower
    /// one, both off the strip on one side. Nil otherwise.
    private static func labelOverTick(_ line: TextLine, strip s: PixelRect, glyphBox: (Int) -> PixelRect) -> [TextLine]? {
        guard line.glyphIDs.count == 2 else { return nil }
        let stacked = line.glyphIDs.sorted { glyphBox($0).minY < glyphBox($1).minY }
        let (u, l) = (glyphBox(stacked[0]), glyphBox(stacked[1]))
        let sameSide = l.maxY <= s.minY || u.minY >= s.maxY
        guard u.maxY < l.minY, sameSide, u.midX >= Double(l.minX), u.midX <= Double(l.maxX) else { return nil }
        return stacked.map { TextLine(glyphIDs: [$0], angle: 0, glyphSize: line.glyphSize, glyphBox: glyphBox) }
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
                guard let letter = turnedLetter(ending: lines[i], besideLabels: others, farSideRight: right, strip: s, glyphBox: glyphBox)
                else { continue }
                let line = lines[i]
                out[i] = TextLine(glyphIDs: line.glyphIDs.filter { $0 != letter }, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox)
                out.append(TextLine(glyphIDs: [letter], angle: nil, glyphSize: line.glyphSize, glyphBox: glyphBox))
            }
        }
        return out
    }

    /// The glyph ending `line` on the strip's far side that is the strip's turned letter:
    /// the rest of the line starts and ends where the column's `others` do (their medians,
    /// for one stray), the glyph starts where they end and reaches past them, stands within
    /// the rest's height and shorter than it (a digit more is as tall; an exponent rises
    /// above), centred on the strip's length. Nil when the line's last glyph is no such letter.
    private static func turnedLetter(
        ending line: TextLine, besideLabels others: [PixelRect], farSideRight right: Bool, strip s: PixelRect,
        glyphBox: (Int) -> PixelRect
    ) -> Int? {
        // Positions across the column, growing towards the far side.
        let near = { (b: PixelRect) in right ? b.minX : -b.maxX }, far = { (b: PixelRect) in right ? b.maxX : -b.minX }
        func median(_ v: [Int]) -> Int { v.sorted()[v.count / 2] }
        let ids = line.glyphIDs.sorted { far(glyphBox($0)) < far(glyphBox($1)) }
        let letter = glyphBox(ids[ids.count - 1]), rest = ids.dropLast().map(glyphBox)
        let end = median(others.map(far))
        let top = rest.map(\.minY).min()!, bottom = rest.map(\.maxY).max()!
        guard abs(rest.map(near).min()! - median(others.map(near))) <= 2, abs(rest.map(far).max()! - end) <= 2,
            near(letter) >= end - 1, far(letter) > end + 2,
            letter.minY >= top, letter.maxY <= bottom, letter.height + 2 <= bottom - top,
            abs(Double(letter.minY + letter.maxY) / 2 - Double(s.minY + s.maxY) / 2) < 0.05 * Double(s.height)
        else { return nil }
        return ids[ids.count - 1]
    }
}
