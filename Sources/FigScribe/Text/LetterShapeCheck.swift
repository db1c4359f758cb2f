/// Shape tests that tell apart small letters the `eng` model confuses on small or turned
/// labels ("ctrl" read as "ctri" or "etrl", "Expression" as "Expresslon").
enum LetterShapeCheck {
    /// The letter `shape` is, when `read` is the letter it is mistaken for.
    /// - Parameters:
    ///   - rowDarkness: the darkest gray level of each row of the glyph's box, top to bottom
    ///     (0 black, 255 background): where the ink mask runs an i's dot into its stem, the
    ///     row between them is paler than the stroke (measured only for an "i" or an "l").
    ///   - isTopmost: whether no ink of the line rises above the glyph: nor an i's dot, nor
    ///     the ascenders an i falls short of (asked only of an "i").
    static func letter(
        read: String, shape: GlyphShape, metrics: LineMetrics, rowDarkness: @autoclosure () -> [Float],
        isTopmost: @autoclosure () -> Bool
    ) -> Character? {
        switch read {
        case "i": return isEvenStem(shape, metrics) && !isDotted(shape, rowDarkness: rowDarkness()) && isTopmost() ? "l" : nil
        case "l": return isDotted(shape, rowDarkness: rowDarkness()) ? "i" : nil
        case "e", "¢": return isOpenBowl(shape, metrics) ? "c" : nil
        default: return nil
        }
    }

    /// One unbroken stroke of even width, up to the ascenders where the line is measured:
    /// an i's dot, even where it runs into the stem, leaves the stroke pinched under it.
    static func isEvenStem(_ s: GlyphShape, _ m: LineMetrics) -> Bool {
        guard s.componentCount == 1, s.holeCount == 0, s.aspect <= 0.4, s.height >= 8 else { return false }
        if m.isMeasured {
            guard Double(s.height) >= 0.9 * m.capHeight, abs(m.heightAboveBaseline(s.box.maxY)) <= 0.15 else { return false }
        }
        let widths = (0..<s.height).map { y in (0..<s.width).filter { s.isInk($0, y) }.count }
        let typical = Double(widths.sorted()[widths.count / 2])
        // The stroke's ends round off: the rows next to the top are left out.
        let upper = widths[2..<Int(0.45 * Double(widths.count))]
        return !upper.contains { Double($0) <= 0.6 * typical }
    }

    /// A narrow stroke whose upper part is an i's dot, which the ink mask may run into the
    /// stem: cut from the stem, under a top as dark as the stroke, by a row paler by a third
    /// of the way to the background (a dot a pixel above the stem), or as a whole paler than
    /// the stem by a fifth of that way (a dot of one pixel, antialiased, sitting on the stem).
    /// An l's stroke is as dark all along; its rounded top pales only its first rows.
    static func isDotted(_ s: GlyphShape, rowDarkness: [Float]) -> Bool {
        guard s.componentCount <= 2, s.holeCount == 0, s.aspect <= 0.4, s.height >= 8, rowDarkness.count == s.height
        else { return false }
        let upper = Array(rowDarkness.prefix(Int(0.45 * Double(rowDarkness.count))))
        let stem = rowDarkness.suffix(rowDarkness.count / 2).sorted()[rowDarkness.count / 4]
        if upper.sorted()[upper.count / 2] >= stem + (255 - stem) / 5 { return true }
        let pale = stem + (255 - stem) / 3
        var dot = false
        for level in upper {
            if level >= pale, dot { return true }
            if level < pale { dot = true }
        }
        return false
    }

    /// One stroke standing in the left part of the glyph, under an arm reaching right at
    /// the top: an r (a serif one read "T" as a lone colour-bar label), where a T's stem
    /// stands in the middle of its bar. (Asked only of a glyph that is a whole line or stands
    /// amid lowercase letters: in small labels a T touches its neighbour, "T3", and the
    /// glyph is not the letter's.)
    static func isLeftStemWithArm(_ s: GlyphShape) -> Bool {
        guard s.componentCount == 1, s.holeCount == 0, s.height >= 6, (0.4...1.0).contains(s.aspect) else { return false }
        let counts = (0..<s.width).map { x in (0..<s.height).filter { s.isInk(x, $0) }.count }
        guard let most = counts.max(), Double(most) >= 0.8 * Double(s.height) else { return false }
        let stem = counts.indices.filter { Double(counts[$0]) >= 0.8 * Double(most) }
        let stemCentre = Double(stem.first! + stem.last! + 1) / 2
        return stemCentre <= 0.4 * Double(s.width) && s.hasInk(x: 0.75, 1, y: 0, 0.25)
    }

    /// A one-piece round letter of x-height, open on the right between ends that reach
    /// there above and below: a c, where an e's bar would close the bowl.
    static func isOpenBowl(_ s: GlyphShape, _ m: LineMetrics) -> Bool {
        guard m.isMeasured, m.hasXHeight, s.componentCount == 1, s.holeCount == 0, s.height >= 6,
              (0.6...1.3).contains(s.aspect), (0.8...1.2).contains(Double(s.height) / m.xHeight)
        else { return false }
        return !s.hasInk(x: 0.67, 1, y: 0.4, 0.6) && s.hasInk(x: 0, 0.33, y: 0.4, 0.6)
            && s.hasInk(x: 0.67, 1, y: 0, 0.3) && s.hasInk(x: 0.67, 1, y: 0.7, 1) && !hasEye(s)
    }

    /// Whether, in the upper part, a row crossing background between ink on the left and on
    /// the right lies above a row of ink across: an e's eye closed by its bar (a bar set high,
    /// or an eye broken open where they meet). A c's terminal has no bar under it.
    private static func hasEye(_ s: GlyphShape) -> Bool {
        let rows = (0..<Int(0.6 * Double(s.height))).map { y -> (across: Bool, open: Bool) in
            let inked = (0..<s.width).filter { s.isInk($0, y) }
            guard let first = inked.first, let last = inked.last,
                  Double(first) < 0.33 * Double(s.width), Double(last) >= 0.67 * Double(s.width) else { return (false, false) }
            let open = zip(inked, inked.dropFirst()).contains { $1 - $0 >= 3 }
            return (!open, open)
        }
        guard let eye = rows.firstIndex(where: \.open) else { return false }
        return rows[(eye + 1)...].contains(where: \.across)
    }
}
