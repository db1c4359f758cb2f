/// Where a tick label points: its anchor along the axis, from the line's geometry, moved
/// to the tick mark it labels when one is drawn.
///
/// Horizontal and vertical labels are centred on their tick; labels at ±45° end at it:
/// the tick points at the middle of the text's end, half a line height inside the ink
/// box's corner. Renderers differ in these conventions; a drawn mark does not. Turned labels
/// may be aligned by one side of their text box (plotnine's `ha="right"`): without marks,
/// they stand off the cells' centres by one shared amount, which is taken off.
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

    /// Positions (in cells, 0 at the first cell's centre) of turned labels with the offset
    /// they share taken off, when every one stands off the cell centres by the same amount
    /// (within `sharedOffsetSpread`), between 0.15 and 0.4 of a cell and within a line
    /// height (`lineHeight`, in cells): labels aligned otherwise than their anchor supposes.
    /// Nil otherwise (three labels at least, on different cells).
    static func alignedToCells(_ positions: [Double], lineHeight: [Double]) -> [Double]? {
        guard positions.count >= 3, lineHeight.count == positions.count else { return nil }
        // The shared offset: the median of each label's offset from its nearest centre.
        let offsets = positions.map { $0 - $0.rounded() }.sorted()
        let offset = offsets[offsets.count / 2]
        let shifted = positions.map { $0 - offset }
        guard shifted.allSatisfy({ abs($0 - $0.rounded()) <= sharedOffsetSpread }),
              Set(shifted.map { $0.rounded() }).count == positions.count,
              abs(offset) >= 0.15, abs(offset) <= 0.4, lineHeight.allSatisfy({ abs(offset) <= $0 })
        else { return nil }
        return shifted
    }

    /// How far (in cells) a label aligned with the others may stand off their shared offset.
    static let sharedOffsetSpread = 0.15
}
