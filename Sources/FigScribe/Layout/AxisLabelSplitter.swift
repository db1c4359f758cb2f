/// Takes a short y-axis label back out of the tick labels it was grouped with.
///
/// A short label turned along the y axis ("y", "Cell") sits centred on the axis, a word
/// space left of the middle tick label, and is grouped with it as one line ("y R4"). The
/// glyphs of a tick label that lie wholly beyond the left edge of every other tick label,
/// apart from the rest (a gap of half a glyph or more), at the axis's middle, are given back
/// as the axis label, turned when they lie on their side or stand in a column. A longer
/// label may be grouped with two tick labels, a piece with each ("Tr" with "07h", "ial" with
/// "08h"): each tick label's own glyphs start past such a piece, and each piece goes back.
/// Turned pieces of the same label in that column, taken for tick labels of their own ("on"
/// and "Re" above and below "gi", grouped with "1997") or for the whole axis label ("(m)"
/// above "Depth", grouped with "06h"), go with it, for `StackedLabelPieces` to join; an axis
/// label found already that is no such piece leaves the lines alone.
struct AxisLabelSplitter {
    let gridBox: PixelRect
    /// The boxes of the glyph components, by id.
    let glyphBox: (Int) -> PixelRect

    func split(_ lines: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        // A y label found already may be a turned piece of the label ("(m)" of "Depth (m)",
        // whose "Depth" went with a tick label): a split must then take it in.
        let labelled = lines.indices.filter { lines[$0].role == .yLabel }
        guard labelled.allSatisfy({ (lines[$0].line.angle ?? 0) != 0 }) else { return lines }
        let ticks = lines.indices.filter { lines[$0].role == .yTick }
        let upright = ticks.filter { (lines[$0].line.angle ?? 0) == 0 }
        let pastHeads = startsPastStackedHeads(of: upright.map { lines[$0].line })
        let starts = Dictionary(uniqueKeysWithValues: upright.enumerated().map { k, i in (i, pastHeads[k] ?? ownStart(of: lines[i].line)) })
        var out = lines
        var labels: [TextLine] = []
        var pieces: Set<Int> = []
        for (k, i) in upright.enumerated() {
            let line = lines[i].line
            guard line.glyphIDs.count >= 2 else { continue }
            let othersMinX = upright.filter { $0 != i }.map { starts[$0]! }.min() ?? Int.max
            // The glyphs wholly left of every other tick label: the label, if they stand apart.
            let label = line.glyphIDs.filter { glyphBox($0).maxX <= othersMinX }
            let rest = line.glyphIDs.filter { glyphBox($0).maxX > othersMinX }
            guard !label.isEmpty, !rest.isEmpty else { continue }
            var axisLabel = TextLine(glyphIDs: label, angle: nil, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let tick = TextLine(glyphIDs: rest, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let labelBox = axisLabel.box
            // Turned lines in the label's column, left of every other tick label: its pieces.
            let turnedPieces = (ticks + labelled).filter { k in
                let piece = lines[k].line.box
                return (lines[k].line.angle ?? 0) != 0 && piece.maxX <= othersMinX && piece.sharesColumn(with: labelBox)
            }
            // Apart by half a glyph; with pieces of it beside, by more than any gap inside the
            // tick label.
            let gap = tick.box.minX - labelBox.maxX
            guard Double(gap) >= 0.5 * line.glyphSize || pastHeads[k] != nil
                || (!turnedPieces.isEmpty && gap > Self.widestGap(rest.map(glyphBox)))
            else { continue }
            // Letters lying on their side, or stacked into a column, are turned, as y-axis
            // labels are.
            let turned = label.count == 1 ? labelBox.width >= labelBox.height : labelBox.height > labelBox.width
            if turned { axisLabel.angle = 90 }
            out[i] = .init(line: tick, role: .yTick)
            labels.append(axisLabel)
            pieces.formUnion(turnedPieces)
        }
        guard let first = labels.first, labelled.allSatisfy(pieces.contains) else { return lines }
        // The label, all its pieces together, lies at the axis's middle.
        let whole = (labels.dropFirst().map(\.box) + pieces.map { lines[$0].line.box }).reduce(first.box) { $0.union($1) }
        guard abs(whole.midY - gridBox.midY) <= 0.15 * Double(gridBox.height) else { return lines }
        for k in pieces { out[k].role = .yLabel }
        return out + labels.map { .init(line: $0, role: .yLabel) }
    }

    /// For each line, where its own glyphs start past its head (the glyphs at its left end
    /// before its widest gap) when that head stacks with the head of the line above or below
    /// into one column: overlapping across half the narrower and no further apart than a
    /// fifth of a glyph, as the letters of one turned word are ("Tr" and "ial" of "Trial"),
    /// where lines of tick labels stand apart. None when heads so stacked are half the lines
    /// or more (labels of two words).
    func startsPastStackedHeads(of lines: [TextLine]) -> [Int?] {
        let spaced = lines.map(spacedGlyphs(of:))
        let heads: [(box: PixelRect, end: Int)?] = spaced.map { glyphs in
            // The head ends at the widest gap (the first glyph's gap is none).
            guard let widest = glyphs.map(\.gap).max(), widest > 0, let end = glyphs.firstIndex(where: { $0.gap == widest }) else { return nil }
            return (glyphs[1..<end].reduce(glyphs[0].box) { $0.union($1.box) }, end)
        }
        let stacks = { (a: PixelRect, b: PixelRect, size: Double) in
            let gap = max(b.minY - a.maxY, a.minY - b.maxY)
            return a.sharesColumn(with: b) && gap >= 0 && Double(gap) <= 0.2 * size
        }
        let starts: [Int?] = lines.indices.map { i in
            guard let head = heads[i] else { return nil }
            let partner = lines.indices.contains { j in j != i && heads[j].map { stacks(head.box, $0.box, lines[i].glyphSize) } == true }
            return partner ? spaced[i][head.end].box.minX : nil
        }
        return 2 * starts.compactMap { $0 }.count < lines.count ? starts : lines.map { _ in nil }
    }

    /// Where a level tick label's own glyphs start: past glyphs at its left end set apart
    /// from the rest by half a glyph or more (a piece of a turned label grouped with it).
    func ownStart(of line: TextLine) -> Int {
        spacedGlyphs(of: line).dropFirst().first { Double($0.gap) >= 0.5 * line.glyphSize }?.box.minX ?? line.box.minX
    }

    /// A level line's glyph boxes left to right, each with the gap before it: from the
    /// furthest any glyph before it reaches (0 for the first).
    func spacedGlyphs(of line: TextLine) -> [(box: PixelRect, gap: Int)] {
        var reach: Int?
        return line.glyphIDs.map(glyphBox).sorted { $0.minX < $1.minX }.map { box in
            defer { reach = max(reach ?? box.maxX, box.maxX) }
            return (box, reach.map { box.minX - $0 } ?? 0)
        }
    }

    /// The widest gap between neighbouring boxes of a level line.
    static func widestGap(_ boxes: [PixelRect]) -> Int {
        let sorted = boxes.sorted { $0.minX < $1.minX }
        return zip(sorted, sorted.dropFirst()).map { $1.minX - $0.maxX }.max() ?? 0
    }
}
