/// Where a tick label points: its anchor along the axis, from the line's geometry, moved
/// to the tick mark it labels when one is drawn.
///
/// Horizontal and vertical labels are centred on their tick; labels at ±45° end at it:
/// the tick points at the middle of the text's end, half a line height inside the ink
/// box's corner. Renderers differ in these conventions; a drawn mark does not.
enum TickPlacement {
    /// Anchor x (pixels) of an x-axis tick label.
    static func xAnchor(of line: TextLine, angle: Double) -> Double {
        let halfLine = 0.5 * line.glyphSize
        if angle == 45 { return Double(line.box.maxX) - halfLine }
        if angle == -45 { return Double(line.box.minX) + halfLine }
        return line.box.midX
    }

    /// Anchor y (pixels) of a y-axis tick label.
    static func yAnchor(of line: TextLine, angle: Double) -> Double {
        line.box.midY
    }

    /// The tick mark nearest `anchor`, when it lies along the label's own extent (`span`,
    /// with 3 pixels to spare) and closer to the anchor than half the marks' spacing;
    /// otherwise `anchor`.
    static func snapped(_ anchor: Double, to marks: [Double], within span: ClosedRange<Double>) -> Double {
        guard let nearest = marks.min(by: { abs($0 - anchor) < abs($1 - anchor) }) else { return anchor }
        let gaps = zip(marks, marks.dropFirst()).map { $1 - $0 }.sorted()
        let spacing = gaps.isEmpty ? Double.infinity : gaps[gaps.count / 2]
        guard nearest >= span.lowerBound - 3, nearest <= span.upperBound + 3,
            abs(nearest - anchor) <= 0.5 * spacing
        else { return anchor }
        return nearest
    }
}
