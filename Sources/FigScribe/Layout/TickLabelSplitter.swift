/// Splits an x tick-label line that runs over the centres of several columns into one line
/// per column: labels set close together (a wide grid of narrow cells) touch within word
/// spacing and are grouped as one line ("C10C11C12").
///
/// Only on an axis whose other tick labels sit centred on their columns, or whose labels
/// all ran into lines that split into one label for every column. Each glyph goes to
/// the column it lies over; the line is split only when that gives two or more groups, each
/// centred on its own column, with gaps between them (typically) half again as wide as the
/// gaps between glyphs within a group (or a word space, when each group is one piece).
/// A long label over several columns is not centred piecewise, nor spaced
/// wider where a column ends, and stays whole.
struct TickLabelSplitter {
    let gridBox: HeatmapFigure.Box
    let columns: Int
    /// The boxes of the glyph components, by id.
    let glyphBox: (Int) -> PixelRect

    private var step: Double { gridBox.width / Double(max(1, columns)) }

    func split(_ lines: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        let level = lines.filter { $0.role == .xTick && ($0.line.angle ?? 0) == 0 }.map(\.line)
        let single = level.filter { Double($0.box.width) < step }
        let centred = single.filter { isCentred($0.box) }
        let byCentredLabels = centred.count >= 2 && 4 * centred.count >= 3 * single.count
        guard byCentredLabels || single.isEmpty else { return lines }
        let isLevelTick = { (roled: FigureLayout.RoledLine) in roled.role == .xTick && (roled.line.angle ?? 0) == 0 }
        let split = lines.map { isLevelTick($0) ? pieces(of: $0.line) : [] }
        if !byCentredLabels {
            // No label stands alone: split only when the lines give one label per column.
            let levelSplit = lines.indices.filter { isLevelTick(lines[$0]) }.map { split[$0] }
            guard levelSplit.allSatisfy({ $0.count >= 2 }), levelSplit.map(\.count).reduce(0, +) == columns else { return lines }
        }
        return zip(lines, split).flatMap { roled, pieces -> [FigureLayout.RoledLine] in
            isLevelTick(roled) ? pieces.map { FigureLayout.RoledLine(line: $0, role: .xTick) } : [roled]
        }
    }

    private func column(_ x: Double) -> Int { Int(((x - gridBox.x) / step).rounded(.down)) }

    private func isCentred(_ box: PixelRect) -> Bool {
        abs(box.midX - (gridBox.x + (Double(column(box.midX)) + 0.5) * step)) <= 0.3 * step
    }

    private func pieces(of line: TextLine) -> [TextLine] {
        guard Double(line.box.width) >= 1.5 * step else { return [line] }
        let byColumn = Dictionary(grouping: line.glyphIDs) { column(glyphBox($0).midX) }
        guard byColumn.count >= 2 else { return [line] }
        let groups = byColumn.sorted { $0.key < $1.key }.map { _, ids in
            TextLine(glyphIDs: ids, angle: line.angle, glyphSize: line.glyphSize, glyphBox: glyphBox)
        }
        guard groups.allSatisfy({ isCentred($0.box) }) else { return [line] }
        let cuts = zip(groups, groups.dropFirst()).map { $1.box.minX - $0.box.maxX }.sorted()
        let inner = groups.flatMap { g -> [Int] in
            let boxes = g.glyphIDs.map(glyphBox).sorted { $0.minX < $1.minX }
            return zip(boxes, boxes.dropFirst()).map { $1.minX - $0.maxX }
        }.sorted()
        // Groups of one piece each (letters that touch: "Nov", "Dec") show no gaps within
        // them; their gaps are then held to a word space, 0.4 of the line's height.
        let least = inner.isEmpty ? 0.4 * Double(line.box.height) : 1.5 * Double(max(1, inner[inner.count / 2]))
        guard cuts[0] >= 2, Double(cuts[cuts.count / 2]) >= least else { return [line] }
        return groups
    }
}
