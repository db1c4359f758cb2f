/// The repairs of one axis's tick labels, in the order they build on each other.
enum TickAxisRepair {
    /// The labels, repaired.
    /// - Parameters:
    ///   - labels: the axis's labels as read.
    ///   - positions: each label's centre along the axis.
    ///   - leadingGlyphs: each label's first glyph measured alone, and read alone by OCR
    ///     when the argument is true; asked for only when the labels may open with a letter
    ///     read as a digit.
    static func repair(
        _ labels: [String], positions: [Double], leadingGlyphs: (_ reading: Bool) throws -> [LeadingGlyph?]
    ) rethrows -> [String] {
        // The count first, on the labels as read: respelling them to a common shape may turn
        // a letter read for one digit into another digit ("Cs" for "C8" into "C5").
        var repaired = TickLabelRepair.repair(CountedLabelRepair.repair(labels, positions: positions))
        // The shape the axis agrees on may still open with a digit OCR read for a letter.
        if LeadingLetterRepair.doubtfulOpening(of: repaired) != nil {
            let letters = try LeadingLetterRepair.repair(
                repaired, glyphs: try leadingGlyphs(false), readGlyphs: { try leadingGlyphs(true) }, positions: positions)
            repaired = TickLabelRepair.shapeConsistent(letters)
        }
        return CountedLabelRepair.repair(repaired, positions: positions)
    }
}
