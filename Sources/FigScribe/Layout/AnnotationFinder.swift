/// Finds text printed inside the grid's cells (annotated heatmaps): pixels far in colour
/// from their own cell's colour, grouped into lines.
///
/// The lines' glyph ids refer to the components of the annotation ink found here, not to
/// `FigureLayout.ink`; annotations are read from plain crops of their boxes.
enum AnnotationFinder {
    /// How far (largest channel difference) a pixel must be from its cell's colour to be
    /// text: a quarter as far as the cell's farthest pixel (the text's own colour), so that
    /// anti-aliased strokes hold together whatever the text's contrast (red digits on a
    /// mid-gray cell are 142 away at most, their edges 40–60), but never over `contrast`
    /// nor under `leastContrast`.
    static let contrast = 64
    static let leastContrast = 24

    /// The text lines printed in the cells of the grid `box`, whose cells have the colours
    /// `cellColours` (`[row][column]`).
    static func lines(in image: RGBAImage, box: HeatmapFigure.Box, cellColours: [[RGBA]]) -> [TextLine] {
        let rows = cellColours.count, columns = cellColours.first?.count ?? 0
        guard rows > 0, columns > 0 else { return [] }
        let w = box.width / Double(columns), h = box.height / Double(rows)
        guard w >= 8, h >= 6 else { return [] }
        var mask = [Bool](repeating: false, count: image.width * image.height)
        var marked = false
        image.pixels.withUnsafeBufferPointer { pixels in
            mask.withUnsafeMutableBufferPointer { mask in
                for r in 0..<rows {
                    for c in 0..<columns {
                        let colour = cellColours[r][c]
                        func distance(_ i: Int) -> Int { colour.channelDistance(toPixelAt: 4 * i, in: pixels) }
                        // One pixel in from each edge: edges blend with the neighbours.
                        let x0 = max(0, Int((box.x + Double(c) * w).rounded(.up)) + 1)
                        let x1 = min(image.width, Int((box.x + Double(c + 1) * w).rounded(.down)) - 1)
                        let y0 = max(0, Int((box.y + Double(r) * h).rounded(.up)) + 1)
                        let y1 = min(image.height, Int((box.y + Double(r + 1) * h).rounded(.down)) - 1)
                        guard x1 > x0, y1 > y0 else { continue }
                        var farthest = 0
                        for y in y0..<y1 {
                            for i in (y * image.width + x0)..<(y * image.width + x1) { farthest = max(farthest, distance(i)) }
                        }
                        let threshold = min(contrast, max(leastContrast, farthest / 4))
                        // A flat cell (most are, without printed numbers) has no pixel past it.
                        guard farthest > threshold else { continue }
                        marked = true
                        for y in y0..<y1 {
                            for i in (y * image.width + x0)..<(y * image.width + x1) where distance(i) > threshold { mask[i] = true }
                        }
                    }
                }
            }
        }
        guard marked else { return [] }
        let ink = ConnectedComponents(mask: mask, width: image.width, height: image.height)
        func cell(of b: PixelRect) -> (row: Int, column: Int) { (Int((b.midY - box.y) / h), Int((b.midX - box.x) / w)) }
        // A glyph lies within one cell, clear of its edges; anything crossing or running
        // along a cell edge is not text. Digits are at least 5 pixels tall and 2 wide;
        // thinner marks (a minus sign aside, which the check of the numbers forgives) are
        // rules and grid lines drawn over the cells. Glyphs set tight touch ("0%" is one
        // piece), so a piece may be a few glyphs wide.
        let glyphs = ink.components.filter { g in
            let (r, c) = cell(of: g.box)
            let area = PixelRect(minX: Int((box.x + Double(c) * w).rounded(.down)), minY: Int((box.y + Double(r) * h).rounded(.down)),
                                 maxX: Int((box.x + Double(c + 1) * w).rounded(.up)), maxY: Int((box.y + Double(r + 1) * h).rounded(.up)))
            return area.contains(g.box) && g.box.height >= 5 && g.box.width >= 2 && g.box.width <= 4 * g.box.height
                && Double(g.box.height) <= 0.8 * h && Double(g.box.width) <= 0.9 * w
        }
        // One text per cell: each cell's glyphs are grouped on their own (a neighbour's
        // number, or a rule running on across cells, is no part of its text), and the
        // pieces its number fell into are read together.
        let glyphsByCell = Dictionary(grouping: glyphs) { glyph in
            let (r, c) = cell(of: glyph.box)
            return [r, c]
        }
        let byCell = glyphsByCell.values.compactMap { cellGlyphs -> TextLine? in
            let pieces = TextLineGrouper(glyphs: cellGlyphs).lines()
            guard let first = pieces.first else { return nil }
            return pieces.dropFirst().reduce(first) {
                TextLine(box: $0.box.union($1.box), angle: 0, glyphIDs: $0.glyphIDs + $1.glyphIDs, glyphSize: $0.glyphSize)
            }
        }
        return byCell.sorted { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }
    }
}
