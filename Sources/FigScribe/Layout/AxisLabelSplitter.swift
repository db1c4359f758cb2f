/// Takes a short y-axis label back out of the tick label it was grouped with.
///
/// A short label turned along the y axis ("y", "Cell") sits centred on the axis, a word
/// space left of the middle tick label, and is grouped with it as one line ("y R4"). When
/// the y axis has no label of its own, the glyphs of a tick label that lie wholly beyond the
/// left edge of every other tick label, apart from the rest (a gap of half a glyph or more),
/// at the axis's middle, are given back as the axis label, turned when they lie on their
/// side or stand in a column. Turned pieces of the same label in that column that were
/// taken for tick labels of their own ("on" and "Re" above and below "gi", grouped with
/// "1997") go with it, for `StackedLabelPieces` to join.
struct AxisLabelSplitter {
    let gridBox: PixelRect
    /// The boxes of the glyph components, by id.
    let glyphBox: (Int) -> PixelRect

    func split(_ lines: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        guard !lines.contains(where: { $0.role == .yLabel }) else { return lines }
        let ticks = lines.indices.filter { lines[$0].role == .yTick }
        let upright = ticks.filter { (lines[$0].line.angle ?? 0) == 0 }
        for i in upright {
            let line = lines[i].line
            guard line.glyphIDs.count >= 2 else { continue }
            let othersMinX = upright.filter { $0 != i }.map { lines[$0].line.box.minX }.min() ?? Int.max
            // The glyphs wholly left of every other tick label: the label, if they stand apart.
            let label = line.glyphIDs.filter { glyphBox($0).maxX <= othersMinX }
            let rest = line.glyphIDs.filter { glyphBox($0).maxX > othersMinX }
            guard !label.isEmpty, !rest.isEmpty else { continue }
            var axisLabel = TextLine(glyphIDs: label, angle: nil, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let tick = TextLine(glyphIDs: rest, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let labelBox = axisLabel.box
            // Turned lines in the label's column, left of every other tick label: its pieces.
            let pieces = ticks.filter { k in
                let piece = lines[k].line.box
                let overlap = min(piece.maxX, labelBox.maxX) - max(piece.minX, labelBox.minX)
                return (lines[k].line.angle ?? 0) != 0 && piece.maxX <= othersMinX && 2 * overlap >= min(piece.width, labelBox.width)
            }
            // Apart by half a glyph; with pieces of it beside, by more than any gap inside the
            // tick label.
            let gap = tick.box.minX - labelBox.maxX
            guard Double(gap) >= 0.5 * line.glyphSize || (!pieces.isEmpty && gap > Self.widestGap(rest.map(glyphBox))),
                  abs(labelBox.midY - gridBox.midY) <= 0.15 * Double(gridBox.height)
            else { continue }
            // Letters lying on their side, or stacked into a column, are turned, as y-axis
            // labels are.
            let turned = label.count == 1 ? labelBox.width >= labelBox.height : labelBox.height > labelBox.width
            if turned { axisLabel.angle = 90 }
            var out = lines
            out[i] = .init(line: tick, role: .yTick)
            out.append(.init(line: axisLabel, role: .yLabel))
            for k in pieces { out[k].role = .yLabel }
            return out
        }
        return lines
    }

    /// The widest gap between neighbouring boxes of a level line.
    static func widestGap(_ boxes: [PixelRect]) -> Int {
        let sorted = boxes.sorted { $0.minX < $1.minX }
        return zip(sorted, sorted.dropFirst()).map { $1.minX - $0.maxX }.max() ?? 0
    }
}
