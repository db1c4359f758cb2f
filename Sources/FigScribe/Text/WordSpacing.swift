/// Word spaces the ink shows but OCR left out ("RunA" for "Run A", "t=0" for "t = 0"),
/// and, in a monospace line, spaces OCR read at narrow letters' side bearings.
enum WordSpacing {
    /// A gap between glyphs at least this share of the line's height is a word space.
    static let minSpace = 0.3

    /// `text` with a space put in where the ink of a level line has a word-sized gap (a
    /// share `minSpace` of the line's height or more) that the text has no space at. Only
    /// when the line's glyphs, gathered into columns that overlap left to right (the two
    /// bars of '=', an 'i' and its dot), are one for each character the text shows, and
    /// every space the text has falls at such a gap (else the columns and the characters
    /// do not pair up: two letters touching, a sign in pieces).
    static func spaced(_ text: String, glyphBoxes: [PixelRect], lineHeight: Int) -> String {
        let columns = Self.columns(of: glyphBoxes)
        let characters = Array(text)
        let shown = characters.filter { $0 != " " }
        guard shown.count == columns.count, columns.count >= 2 else { return text }
        // A line of small letters only ("mm") stands an x-height tall: the gaps are measured
        // against the height of the capitals its font has.
        let lineHeight = shown.allSatisfy(LineMetrics.xHeightLetters.contains) ? Int((Double(lineHeight) / LineMetrics.xHeightShare).rounded()) : lineHeight
        // Four glyphs may step alike by chance: their pitch does not take back a space OCR
        // read at a clearly wide gap ("x (m)", 0.45 of the height; "Yea r" 0.3).
        // Whether a space follows each character the text shows.
        let spaceAfter = characters.indices.filter { characters[$0] != " " }.map { $0 + 1 < characters.count && characters[$0 + 1] == " " }
        let wide = Self.clearSpace * Double(lineHeight)
        let spaceAtWideGap = columns.count <= 4 && (0..<(columns.count - 1)).contains { (k: Int) -> Bool in
            spaceAfter[k] && Double(columns[k + 1].minX - columns[k].maxX) >= wide
        }
        if !spaceAtWideGap, let spaces = monospaceSpaces(columns, lineHeight: lineHeight) {
            return String(shown.enumerated().flatMap { k, c in k < spaces.count && spaces[k] ? [c, " "] : [c] })
        }
        let isWordGap = { (column: Int) in Self.isWordGap(after: column, in: columns, lineHeight: lineHeight) }
        var out = ""
        var column = 0
        for (k, c) in characters.enumerated() {
            out.append(c)
            guard c != " " else { continue }
            defer { column += 1 }
            guard column + 1 < columns.count, k + 1 < characters.count else { continue }
            if characters[k + 1] == " " {
                guard isWordGap(column) else { return text }
            } else if isWordGap(column), !"([{".contains(c), !")]}".contains(characters[k + 1]) {
                // Brackets hug what they enclose; a monospace bracket's side bearings only
                // look like a space.
                out.append(" ")
            }
        }
        return out
    }

    /// Where a line set in a monospace font has its word spaces: its glyph columns' centres
    /// step by one advance, or two across a space, each step within `pitchSlack` of that.
    /// Tesseract reads the wide side bearings of narrow letters there as spaces ("z - s co
    /// re"). Nil unless the columns are set at one pitch, at least three single steps, one
    /// of them between glyphs closer than a word space (words of a proportional font all
    /// set a space apart can step alike too: "a = b + c").
    static func monospaceSpaces(_ columns: [(minX: Int, maxX: Int)], lineHeight: Int) -> [Bool]? {
        let centres = columns.map { Double($0.minX + $0.maxX) / 2 }
        let steps = zip(centres, centres.dropFirst()).map { $1 - $0 }
        guard let shortest = steps.min(), shortest > 0 else { return nil }
        let singles = steps.filter { $0 < 1.5 * shortest }.sorted()
        guard singles.count >= 3 else { return nil }
        let pitch = singles[singles.count / 2]
        var spaces: [Bool] = []
        var tight = false
        for (k, step) in steps.enumerated() {
            if abs(step / pitch - 1) <= pitchSlack {
                spaces.append(false)
                tight = tight || !isWordGap(after: k, in: columns, lineHeight: lineHeight)
            } else if abs(step / pitch - 2) <= pitchSlack {
                spaces.append(true)
            } else {
                return nil
            }
        }
        return tight ? spaces : nil
    }

    /// A gap at least this share of the line's height is a word space whatever the pitch.
    static let clearSpace = 0.4

    /// The extents along a level line of its glyphs gathered into columns, left to right:
    /// glyphs that overlap along the line (the two bars of '=', an 'i' and its dot) are one.
    static func columns(of glyphBoxes: [PixelRect]) -> [(minX: Int, maxX: Int)] {
        var columns: [(minX: Int, maxX: Int)] = []
        for box in glyphBoxes.sorted(by: { $0.minX < $1.minX }) {
            if let last = columns.last, box.minX < last.maxX {
                columns[columns.count - 1].maxX = max(last.maxX, box.maxX)
            } else {
                columns.append((box.minX, box.maxX))
            }
        }
        return columns
    }

    /// Whether the ink gap after glyph column `column` is a word space: `minSpace` of the
    /// line's height or more.
    static func isWordGap(after column: Int, in columns: [(minX: Int, maxX: Int)], lineHeight: Int) -> Bool {
        Double(columns[column + 1].minX - columns[column].maxX) >= minSpace * Double(lineHeight)
    }

    /// How far (a share of the advance) a monospace line's glyph centres may stray from it:
    /// a narrow letter's ink sits off its advance's middle ("r" in an 8-px face, 17% short).
    static let pitchSlack = 0.2
}
