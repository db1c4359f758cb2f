/// A glyph drawn as a zero on the same axis is a zero: OCR that reads the first glyph of
/// "00h" as "D" (or "o") reads its twin, the second, as "0".
///
/// An axis's labels share a font and a size, so one character is drawn alike wherever it
/// stands. OCR's word model pulls a label's opening glyph towards a letter; inside a label
/// it reads the digit. A label's opening letter that stands for a zero (O, o, D) and is
/// drawn as a glyph read as 0 inside some label of the axis is a zero: as wide and as tall
/// (within a tenth), most of their ink in common, and with a straight left edge only if the
/// zero has one (D and 0 differ there, in monospaced fonts too). Other digits' look-alikes
/// (S and 5, G and 6, I and 1) are drawn too much alike in small type to be told apart so.
enum GlyphTwins {
    /// The least share of their joined ink two glyphs hold in common to be twins (glyphs
    /// drawn at different fractions of a pixel hold four fifths; 0 and D or O in
    /// proportional fonts, under three fifths).
    static let minimumOverlap = 0.7
    /// How much (as a share) twins' widths and heights may differ.
    static let sizeTolerance = 0.1
    /// The letters OCR reads for a zero.
    static let zeroLookalikes = LeadingLetterRepair.letterLookalikes["0"] ?? []

    /// The labels with each such opening letter made a zero.
    /// - Parameters:
    ///   - labels: one axis's labels.
    ///   - shapes: each label's glyphs in reading order, all to one scale (labels whose
    ///     glyphs do not pair up with their characters are left alone).
    static func repaired(_ labels: [String], shapes: [[GlyphShape]]) -> [String] {
        guard labels.count == shapes.count else { return labels }
        let paired = zip(labels, shapes).map { label, glyphs -> [(Character, GlyphShape)]? in
            let characters = label.filter { !$0.isWhitespace }
            return characters.count == glyphs.count ? Array(zip(characters, glyphs)) : nil
        }
        let zeros = paired.compactMap { $0 }.flatMap { $0.dropFirst() }.filter { $0.0 == "0" }.map(\.1)
        guard !zeros.isEmpty else { return labels }
        return zip(labels, paired).map { label, glyphs in
            guard let (letter, glyph) = glyphs?.first, zeroLookalikes.contains(letter),
                  zeros.contains(where: { areTwins(glyph, $0) }) else { return label }
            return "0" + label.dropFirst()
        }
    }

    /// Whether two glyphs are one character drawn twice.
    static func areTwins(_ a: GlyphShape, _ b: GlyphShape) -> Bool {
        func near(_ x: Int, _ y: Int) -> Bool { Double(abs(x - y)) <= sizeTolerance * Double(max(x, y)) }
        return near(a.width, b.width) && near(a.height, b.height)
            && (!a.hasStraightLeftEdge || b.hasStraightLeftEdge)
            && overlap(a, b) >= minimumOverlap
    }

    /// The share of their joined ink two glyphs hold in common, laid on each other at the
    /// best offset of at most a pixel.
    static func overlap(_ a: GlyphShape, _ b: GlyphShape) -> Double {
        var best = 0.0
        for dy in -1...1 {
            for dx in -1...1 {
                var common = 0, joined = 0
                for y in min(0, dy)..<max(a.height, b.height + dy) {
                    for x in min(0, dx)..<max(a.width, b.width + dx) {
                        let inA = a.isInk(x, y), inB = b.isInk(x - dx, y - dy)
                        if inA && inB { common += 1 }
                        if inA || inB { joined += 1 }
                    }
                }
                if joined > 0 { best = max(best, Double(common) / Double(joined)) }
            }
        }
        return best
    }
}
