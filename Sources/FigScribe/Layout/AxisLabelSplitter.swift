/// Takes a short y-axis label back out of the tick label it was grouped with.
///
/// A short label turned along the y axis ("y", "Cell") sits centred on the axis, a word
/// space left of the middle tick label, and is grouped with it as one line ("y R4"). When
/// the y axis has no label of its own, the glyphs of a tick label that lie wholly beyond the
/// left edge of every other tick label, apart from the rest (a gap of half a glyph or more),
/// at the axis's middle, are given back as the axis label, turned when they lie on their
/// side or stand in a column.
struct AxisLabelSplitter {
    let gridBox: PixelRect
    /// The boxes of the glyph components, by id.
    let glyphBox: (Int) -> PixelRect

    func split(_ lines: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        guard !lines.contains(where: { $0.role == .yLabel }) else { return lines }
        let ticks = lines.indices.filter { lines[$0].role == .yTick }
        for i in ticks {
            let line = lines[i].line
            guard (line.angle ?? 0) == 0, line.glyphIDs.count >= 2 else { continue }
            let othersMinX = ticks.filter { $0 != i }.map { lines[$0].line.box.minX }.min() ?? Int.max
            // The glyphs wholly left of every other tick label: the label, if they stand apart.
            let label = line.glyphIDs.filter { glyphBox($0).maxX <= othersMinX }
            let rest = line.glyphIDs.filter { glyphBox($0).maxX > othersMinX }
            guard !label.isEmpty, !rest.isEmpty else { continue }
            var axisLabel = TextLine(glyphIDs: label, angle: nil, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let tick = TextLine(glyphIDs: rest, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox)
            let labelBox = axisLabel.box
            guard Double(tick.box.minX - labelBox.maxX) >= 0.5 * line.glyphSize,
                  abs(labelBox.midY - gridBox.midY) <= 0.15 * Double(gridBox.height)
            else { continue }
            // Letters lying on their side, or stacked into a column, are turned, as y-axis
            // labels are.
            let turned = label.count == 1 ? labelBox.width >= labelBox.height : labelBox.height > labelBox.width
            if turned { axisLabel.angle = 90 }
            var out = lines
            out[i] = .init(line: tick, role: .yTick)
            out.append(.init(line: axisLabel, role: .yLabel))
            return out
        }
        return lines
    }
}
