/// Tick marks grouped into the text line of the label they point at (a mark set a few
/// pixels off the grid, its label as close): the mark is no glyph of the label.
enum TickMarkGlyphs {
    /// The lines with every tick mark taken out: a thin straight stroke at right angles to
    /// the grid's left, top or bottom edge, starting within `reach` of it, that is the end
    /// of its line nearest the grid. (Marks right of the grid are left alone: a minus sign
    /// opens the labels there.)
    static func removed(
        from lines: [FigureLayout.RoledLine], around grid: PixelRect, reach: Int = TickMarks.reach,
        component: (Int) -> ConnectedComponents.Component
    ) -> [FigureLayout.RoledLine] {
        lines.map { roled in
            let line = roled.line
            guard line.glyphIDs.count >= 2, line.angle == 0 || line.angle == nil else { return roled }
            let boxes = line.glyphIDs.map { component($0).box }
            let marks = line.glyphIDs.indices.filter { i in
                let c = component(line.glyphIDs[i])
                guard c.fill >= 0.8, max(c.box.width, c.box.height) <= 2 * Int(line.glyphSize.rounded(.up)) else { return false }
                let others = boxes.indices.filter { $0 != i }.map { boxes[$0] }
                if c.box.height <= 2, c.box.width >= TickMarks.minimumLength {
                    // Left of the grid, after the rest of its line.
                    return c.box.maxX <= grid.minX && c.box.maxX >= grid.minX - reach
                        && others.allSatisfy { $0.maxX <= c.box.minX }
                }
                if c.box.width <= 2, c.box.height >= TickMarks.minimumLength {
                    // Below the grid above its line, or above the grid below it.
                    let below = c.box.minY >= grid.maxY && c.box.minY <= grid.maxY + reach && others.allSatisfy { $0.minY >= c.box.maxY }
                    let above = c.box.maxY <= grid.minY && c.box.maxY >= grid.minY - reach && others.allSatisfy { $0.maxY <= c.box.minY }
                    return below || above
                }
                return false
            }
            guard !marks.isEmpty else { return roled }
            let kept = line.glyphIDs.indices.filter { !marks.contains($0) }.map { line.glyphIDs[$0] }
            var result = roled
            result.line = TextLine(glyphIDs: kept, angle: line.angle, glyphSize: line.glyphSize) { component($0).box }
            return result
        }
    }
}
