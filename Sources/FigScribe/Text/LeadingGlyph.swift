/// A line's first glyph read alone (see `LineReader.leadingGlyph(of:)`).
public struct LeadingGlyph: Equatable, Sendable {
    /// The letter it reads as, when it reads as one.
    public var letter: Character?
    /// Tesseract's confidence in that reading.
    public var confidence: Double
    /// Tesseract's confidence in reading it as a digit instead.
    public var digitConfidence: Double
    /// Its height over the tallest other glyph of the line.
    public var relativeHeight: Double
    /// Whether it is a plain upright bar (an I or l; a one has a flag).
    public var isBar: Bool = false
    /// Whether its left edge is one straight upright stroke from top to bottom (a B or D;
    /// the digits an 8 or 0 are round there).
    public var hasLeftStem: Bool = false

    /// Whether it reads as a letter more surely than as a digit.
    public var isLetter: Bool { letter != nil && confidence >= 20 && confidence >= digitConfidence + 10 }
}
