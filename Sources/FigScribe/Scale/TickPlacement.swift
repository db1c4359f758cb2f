/// Where a tick label points: its anchor along the axis, from the line's geometry.
///
/// Horizontal and vertical labels are centred on their tick; labels at ±45° end at it
/// (the end nearest the grid).
enum TickPlacement {
    /// Anchor x (pixels) of an x-axis tick label.
    static func xAnchor(of line: TextLine, angle: Double) -> Double {
        if angle == 45 { return Double(line.box.maxX) }
        if angle == -45 { return Double(line.box.minX) }
        return line.box.midX
    }

    /// Anchor y (pixels) of a y-axis tick label.
    static func yAnchor(of line: TextLine, angle: Double) -> Double {
        line.box.midY
    }
}
