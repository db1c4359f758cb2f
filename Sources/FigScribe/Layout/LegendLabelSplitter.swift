/// Takes a short turned legend label back out of the colour-bar tick labels it was grouped
/// with.
///
/// Beside a vertical strip, a short label turned along it ("t", "value", "albedo") sits at
/// the strip's middle, a word space beyond the tick labels, and is grouped with the tick
/// label it lines up with ("2.5 t" read "2.54") or split into pieces of its own. When the
/// strip has no label, the glyphs of its tick lines that start beyond where the tick labels
/// away from the middle end, clear of their own line's other glyphs by a third of a glyph
/// and not opening with a point, near the strip's middle, are made one turned line: the
/// label.
struct LegendLabelSplitter {
    let strip: ColourStrip
    /// The boxes of the glyph components, by id.
    let glyphBox: (Int) -> PixelRect

    func split(_ lines: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        guard strip.orientation == .vertical, !lines.contains(where: { $0.role == .colorbarLabel }) else { return lines }
        let ticks = lines.indices.filter { lines[$0].role == .colorbarTick && (lines[$0].line.angle ?? 0) == 0 }
        guard ticks.count >= 3 else { return lines }
        let s = strip.box
        let right = ticks.allSatisfy { lines[$0].line.box.minX >= s.maxX - 2 }
        let left = ticks.allSatisfy { lines[$0].line.box.maxX <= s.minX + 2 }
        guard right || left else { return lines }
        // How far from the strip a glyph reaches, and where the tick labels end.
        func reach(_ b: PixelRect) -> Int { right ? b.maxX - s.maxX : s.minX - b.minX }
        func start(_ b: PixelRect) -> Int { right ? b.minX - s.maxX : s.minX - b.maxX }
        // Tick labels away from the strip's middle, where the label is not, show where
        // the tick labels end.
        let clear = ticks.filter { abs(lines[$0].line.box.midY - s.midY) > 0.25 * Double(s.height) }
        let ends = (clear.count >= 2 ? clear : ticks).map { reach(lines[$0].line.box) }.sorted()
        let tickEnd = ends[ends.count / 2]

        var taken: [Int: [Int]] = [:]  // line index -> glyph ids taken out of it
        for i in ticks {
            let line = lines[i].line
            let kept = line.glyphIDs.filter { start(glyphBox($0)) <= tickEnd }
            let beyond = line.glyphIDs.filter { start(glyphBox($0)) > tickEnd }
            guard let nearest = beyond.min(by: { start(glyphBox($0)) < start(glyphBox($1)) }) else { continue }
            // A label does not open with a point after a tick label's glyphs: that is a decimal
            // number's ("-1.5"). (A line wholly beyond the tick labels may: a turned "i".)
            let opening = glyphBox(nearest)
            guard kept.isEmpty || Double(max(opening.width, opening.height)) > 0.35 * line.glyphSize else { continue }
            if let keptReach = kept.map({ reach(glyphBox($0)) }).max() {
                let gap = start(opening) - keptReach
                guard Double(gap) >= max(2, 0.3 * line.glyphSize) else { continue }
            }
            taken[i] = beyond
        }
        let ids = taken.keys.sorted().flatMap { taken[$0]! }
        guard !ids.isEmpty else { return lines }
        let label = TextLine(glyphIDs: ids, angle: 90, glyphSize: lines[ticks[0]].line.glyphSize, glyphBox: glyphBox)
        guard abs(label.box.midY - s.midY) <= 0.25 * Double(s.height) else { return lines }

        var out: [FigureLayout.RoledLine] = []
        for (i, roled) in lines.enumerated() {
            guard let gone = taken[i] else { out.append(roled); continue }
            let rest = roled.line.glyphIDs.filter { !gone.contains($0) }
            guard !rest.isEmpty else { continue }
            let tick = TextLine(glyphIDs: rest, angle: roled.line.angle, glyphSize: roled.line.glyphSize, glyphBox: glyphBox)
            out.append(.init(line: tick, role: .colorbarTick))
        }
        out.append(.init(line: label, role: .colorbarLabel))
        return out
    }
}
