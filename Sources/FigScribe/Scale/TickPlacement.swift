/// Where a tick label points: its anchor along the axis, from the line's geometry.
///
/// Horizontal and vertical labels are centred on their tick; labels at ±45° end at it:
/// the tick points at the middle of the text's end, half a line height inside the ink
/// box's corner.
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
}
