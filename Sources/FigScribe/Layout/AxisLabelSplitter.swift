/// Takes a short y-axis label back out of the tick label it was grouped with.
///
/// A one-letter label turned along the y axis ("y") sits centred on the axis, a word space
/// left of the middle tick label, and is grouped with it as one line ("y R4"). When the y
/// axis has no label of its own, a tick label whose leftmost glyph stands apart (a gap of
/// half a glyph or more), beyond the left edge of every other tick label, at the axis's
/// middle, gives that glyph back as the axis label, turned when it lies on its side.
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
            let boxes = line.glyphIDs.map { (id: $0, box: glyphBox($0)) }.sorted { $0.box.minX < $1.box.minX }
            let first = boxes[0], rest = boxes.dropFirst()
            let restMinX = rest.map(\.box.minX).min() ?? first.box.maxX
            let othersMinX = ticks.filter { $0 != i }.map { lines[$0].line.box.minX }.min() ?? Int.max
            guard Double(restMinX - first.box.maxX) >= 0.5 * line.glyphSize, first.box.maxX <= othersMinX,
                  abs(first.box.midY - gridBox.midY) <= 0.15 * Double(gridBox.height)
            else { continue }
            // A letter lying on its side (wider than tall) is turned, as y-axis labels are.
            let turned = first.box.width >= first.box.height
            let label = TextLine(box: first.box, angle: turned ? 90 : nil, glyphIDs: [first.id], glyphSize: line.glyphSize)
            let tickBox = rest.dropFirst().reduce(rest.first!.box) { $0.union($1.box) }
            let tick = TextLine(box: tickBox, angle: line.angle, glyphIDs: rest.map(\.id), glyphSize: line.glyphSize)
            var out = lines
            out[i] = .init(line: tick, role: .yTick)
            out.append(.init(line: label, role: .yLabel))
            return out
        }
        return lines
    }
}
