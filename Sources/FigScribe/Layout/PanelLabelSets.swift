/// Panel titles and colour-bar labels come in sets: each sits at the same place beside
/// its grid or its strip.
enum PanelLabelSets {
    /// The panels' roled lines, a line taken for the x label of a panel given to the panel
    /// right below it as its title when that panel has none and the line sits above its
    /// grid where another panel's title sits above its own (the same gap, to two pixels or
    /// a fifth of the line's height, the same offset from the grid's centre and the same
    /// height): between panel rows, the lower panel's title may lie nearer the upper grid.
    static func handingTitlesDown(
        _ texts: [[FigureLayout.RoledLine]], grids: [PixelRect], places: [(row: Int, column: Int)]
    ) -> [[FigureLayout.RoledLine]] {
        // Each titled panel's title line nearest its grid, as (gap, offset, height).
        let references = texts.indices.compactMap { p -> (gap: Int, offset: Double, height: Int)? in
            let nearest = texts[p].filter { $0.role == .title && $0.line.box.maxY <= grids[p].minY + 2 }
                .max { $0.line.box.maxY < $1.line.box.maxY }
            return nearest.map { (grids[p].minY - $0.line.box.maxY, $0.line.box.midX - grids[p].midX, $0.line.box.height) }
        }
        var texts = texts
        for p in texts.indices {
            guard let q = texts.indices.first(where: { places[$0] == (places[p].row + 1, places[p].column) }),
                !texts[q].contains(where: { $0.role == .title })
            else { continue }
            let below = grids[q]
            for i in texts[p].indices where texts[p][i].role == .xLabel {
                let b = texts[p][i].line.box
                guard b.minY >= grids[p].maxY - 2, b.maxY <= below.minY + 2 else { continue }
                let matches = references.contains { r in
                    let slack = max(2, b.height / 5)
                    return abs(below.minY - b.maxY - r.gap) <= slack && abs(b.height - r.height) <= slack
                        && abs(b.midX - below.midX - r.offset) <= max(3, 0.05 * Double(below.width))
                }
                guard matches else { continue }
                texts[q].append(.init(line: texts[p][i].line, role: .title))
                texts[p][i].role = .other
            }
        }
        return texts
    }

    /// The panels' roled lines, a turned line taken for a panel's y label given to the panel
    /// right of it as its colour bar's label when that panel's own vertical strip has none
    /// and the line sits beside the strip where another panel's bar label sits beside its
    /// strip (the same side and gap, to two pixels or a fifth of the line's width, the same
    /// offset from the strip's middle): a bar set left of its grid has its label nearer the
    /// panel on the left.
    static func handingBarLabelsAcross(
        _ texts: [[FigureLayout.RoledLine]], grids: [PixelRect], strips: [ColourStrip?], places: [(row: Int, column: Int)]
    ) -> [[FigureLayout.RoledLine]] {
        // Each panel's bar label beside its vertical strip, as (side, gap, offset, width).
        func placing(_ b: PixelRect, beside s: PixelRect) -> (left: Bool, gap: Int, offset: Double) {
            b.midX < s.midX ? (true, s.minX - b.maxX, b.midY - s.midY) : (false, b.minX - s.maxX, b.midY - s.midY)
        }
        let references = texts.indices.flatMap { p -> [(left: Bool, gap: Int, offset: Double, width: Int)] in
            guard let s = strips[p], s.orientation == .vertical else { return [] }
            return texts[p].filter { $0.role == .colorbarLabel && $0.line.angle == 90 }.map { t in
                let at = placing(t.line.box, beside: s.box)
                return (at.left, at.gap, at.offset, t.line.box.width)
            }
        }
        var texts = texts
        for p in texts.indices {
            guard let q = texts.indices.first(where: { places[$0] == (places[p].row, places[p].column + 1) }),
                let s = strips[q], s.orientation == .vertical, s.box.minX >= grids[p].maxX,
                !texts[q].contains(where: { $0.role == .colorbarLabel })
            else { continue }
            for i in texts[p].indices where texts[p][i].role == .yLabel && texts[p][i].line.angle == 90 {
                let b = texts[p][i].line.box
                guard b.minX >= grids[p].maxX - 2 else { continue }
                let at = placing(b, beside: s.box)
                let matches = references.contains { r in
                    let slack = max(2, b.width / 5)
                    return r.left == at.left && abs(at.gap - r.gap) <= slack && abs(b.width - r.width) <= slack
                        && abs(at.offset - r.offset) <= max(3, 0.05 * Double(s.box.height))
                }
                guard matches else { continue }
                texts[q].append(.init(line: texts[p][i].line, role: .colorbarLabel))
                texts[p][i].role = .other
            }
        }
        return texts
    }
}
