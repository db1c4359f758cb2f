/// Tick marks grouped into the text line of the label they point at (a mark set a few
/// pixels off the grid or drawn from a colour strip's edge, its label as close): the mark
/// is no glyph of the label.
enum TickMarkGlyphs {
    /// A side of a box marks may stand on.
    enum Side: CaseIterable { case left, right, top, bottom }

    /// The grid's marks: marks right of the grid are left alone, where a minus sign opening
    /// a label may stand as close.
    static let gridSides: [Side] = [.left, .top, .bottom]

    /// The lines with a colour strip's tick marks taken out: those that touch it (or stand a
    /// pixel off) on every side, and on its left and top, where they end a label's line
    /// (no number ends in a dash or a bar), those within `TickMarks.reach` (matplotlib's
    /// 'ggplot' style sets them 2 px off the bar). Right of and under the strip a label's
    /// minus sign or first stroke may stand as near as a mark would.
    static func removedAroundStrip(
        from lines: [FigureLayout.RoledLine], strip box: PixelRect, component: (Int) -> ConnectedComponents.Component
    ) -> [FigureLayout.RoledLine] {
        let touching = removed(from: lines, around: box, sides: Side.allCases, reach: 1, component: component)
        return removed(from: touching, around: box, sides: [.left, .top], reach: TickMarks.reach, component: component)
    }

    /// The lines with every tick mark taken out: a thin straight stroke at right angles to
    /// one of `sides` of `box`, starting within `reach` of it (or a pixel inside: an
    /// outline) or drawn in from it, ending on it within the box's extent across it (a
    /// colour strip's inner mark where its pale end was not found as ink), that is the end
    /// of its line nearest the box.
    static func removed(
        from lines: [FigureLayout.RoledLine], around box: PixelRect, sides: [Side] = gridSides, reach: Int = TickMarks.reach,
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
                let b = c.box
                let level = b.height <= 2 && b.width >= TickMarks.minimumLength
                let upright = b.width <= 2 && b.height >= TickMarks.minimumLength
                // How far the stroke starts outside the box's side.
                let starts = { (distance: Int) in distance >= -1 && distance <= reach }
                // Whether it lies within the box's extent across the side, drawn in from it
                // (3 px thick at most: a fine line's antialiased edges show on a pale end).
                let across = { (lo: Int, hi: Int, boxLo: Int, boxHi: Int) in
                    lo >= boxLo && hi <= boxHi && min(b.width, b.height) <= 3 && max(b.width, b.height) >= TickMarks.minimumLength
                }
                return sides.contains { side in
                    switch side {
                    case .left:
                        return (level && starts(box.minX - b.maxX) || abs(b.minX - box.minX) <= 1 && across(b.minX, b.maxX, box.minX, box.maxX))
                            && others.allSatisfy { $0.maxX <= b.minX }
                    case .right:
                        return (level && starts(b.minX - box.maxX) || abs(b.maxX - box.maxX) <= 1 && across(b.minX, b.maxX, box.minX, box.maxX))
                            && others.allSatisfy { $0.minX >= b.maxX }
                    case .top:
                        return (upright && starts(box.minY - b.maxY) || abs(b.minY - box.minY) <= 1 && across(b.minY, b.maxY, box.minY, box.maxY))
                            && others.allSatisfy { $0.maxY <= b.minY }
                    case .bottom:
                        return (upright && starts(b.minY - box.maxY) || abs(b.maxY - box.maxY) <= 1 && across(b.minY, b.maxY, box.minY, box.maxY))
                            && others.allSatisfy { $0.minY >= b.maxY }
                    }
                }
            }
            guard !marks.isEmpty else { return roled }
            let kept = line.glyphIDs.indices.filter { !marks.contains($0) }.map { line.glyphIDs[$0] }
            var result = roled
            result.line = TextLine(glyphIDs: kept, angle: line.angle, glyphSize: line.glyphSize) { component($0).box }
            return result
        }
    }
}
