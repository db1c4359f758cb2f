/// Shape tests for the unit symbols the `eng` model lacks and reads as a Latin look-alike:
/// µ as "u", "p", "y" or "j", Ω as "Q" or "O", ± as "+", ▁ as "_", and raised small digits (², ³) as "2", "?" or "*".
enum SymbolCheck {
    /// The symbol `shape` is, when `read` is the look-alike `eng` gives for it.
    /// - Parameters:
    ///   - isolated: whether the glyph stands apart from letters. A µ within a word is the
    ///     micro sign of a unit ("µm"); a lone one is the Greek letter μ, which the
    ///     Greek-letter check gives.
    ///   - continuesWord: whether a letter or digit follows the glyph in its word: Ω ends a
    ///     number's unit, so a glyph there is no Ω (a small serif 0 or O whose bottom broke
    ///     open, "2Ω04", "FΩXA1").
    ///   - letterBefore: the letter before the glyph in its word, if any: Ω follows a
    ///     number or a unit prefix ("kΩ"), not another letter ("runl0"); a micro sign opens
    ///     its unit, so after a letter only a "u" (which no p or y is read as) is checked.
    static func symbol(
        read: String, shape s: GlyphShape, metrics m: LineMetrics, isolated: Bool,
        continuesWord: Bool = false, letterBefore: Character? = nil
    ) -> Character? {
        let opensWord = letterBefore == nil
        if ["Q", "O", "0"].contains(read), continuesWord || letterBefore.map({ !unitPrefixes.contains($0) }) == true {
            return nil
        }
        // A lone Ω (a legend label) has no line to measure against: its feet tell.
        if ["Q", "O"].contains(read), s.componentCount <= 2, hasFeet(s) { return "Ω" }
        guard m.isMeasured else { return nil }
        let height = Double(s.height)
        switch read {
        case "u", "p", "y", "j":
            // µ: an open u (no bowl, unlike p) whose left stem runs straight from the
            // x-height down below the baseline (y's tail slants; j's stem is on the right).
            guard s.componentCount <= (read == "j" ? 2 : 1), !isolated, read == "u" ? m.hasXHeight : opensWord else { return nil }
            let descends = m.heightAboveBaseline(s.box.maxY) <= -0.2 || height >= 1.2 * m.xHeight
            return s.holeCount == 0 && descends && m.heightAboveBaseline(s.box.minY) <= 1.2 && hasLeftStem(s) ? "µ" : nil
        case "Q", "O", "0":
            // Ω: as tall as a capital and open at the bottom (no enclosed hole), resting on the baseline.
            return s.componentCount <= 2 && s.holeCount == 0 && height >= 0.85 * m.capHeight
                && abs(m.heightAboveBaseline(s.box.maxY)) <= 0.15 && s.aspect >= 0.7 ? "Ω" : nil
        case "_" where s.componentCount == 1:
            // ▁ (a lower one-eighth block, SentencePiece's word mark): a solid bar an eighth of
            // an em thick and as wide as a letter's advance; an underscore is thinner and narrower.
            return s.fillRatio >= 0.85 && Double(s.width) >= 0.9 * m.capHeight && height >= 0.15 * m.capHeight ? "▁" : nil
        case "+" where s.componentCount <= 2:
            // ±: a plus with a bar under it (which a bold or blurred stroke may join to the plus).
            return s.rowCoverage(fromFraction: 0.85, toFraction: 1.0) >= 0.6 ? "±" : nil
        default:
            return nil
        }
    }

    /// Whether ink runs down the glyph's left quarter in nearly every row.
    static func hasLeftStem(_ s: GlyphShape) -> Bool {
        let quarter = max(1, s.width / 4)
        let rows = (0..<s.height).filter { y in (0..<quarter).contains { s.isInk($0, y) } }.count
        return Double(rows) >= 0.95 * Double(s.height)
    }

    /// The SI prefixes a unit such as Ω may follow in its word (u for a µ read as u).
    static let unitPrefixes = Set("kMGTmµu")

    /// Whether a round glyph stands on feet as wide as itself (Ω), where O and Q narrow to
    /// their bottom: the lowest rows reach across nearly the whole glyph, clearly wider than
    /// its arched top, with no ink between the legs above them. Bold Ω's feet may touch and
    /// close it, so holes are not counted.
    static func hasFeet(_ s: GlyphShape) -> Bool {
        let feet = s.rowCoverage(fromFraction: 0.88, toFraction: 1.0)
        return s.height >= 6 && feet >= 0.85 && s.rowCoverage(fromFraction: 0, toFraction: 0.12) <= feet - 0.2
            && !s.hasInk(x: 0.4, 0.6, y: 0.6, 0.8)
    }

    /// Whether a glyph read as a small o or zero just after a per-cent sign is the third
    /// circle of a per-mille sign (‰, read "%o"): no taller than the sign's own circles and
    /// level with its lower one.
    static func isPerMilleCircle(_ s: GlyphShape, after percent: GlyphShape, read: String) -> Bool {
        guard ["o", "0", "O", "°", "."].contains(read) else { return false }
        let tolerance = max(1.0, 0.15 * Double(percent.height))
        return Double(s.height) <= 0.6 * Double(percent.height) && s.box.midX > Double(percent.box.maxX) - Double(percent.box.width) / 4
            && abs(Double(s.box.maxY - percent.box.maxY)) <= tolerance
    }

    private static let subscriptLookalikes = Set("zZsS:,")

    /// Whether a glyph read as a digit or a look-alike (z or a comma for ₂) is a subscript digit.
    /// - Parameter m: the metrics of the line's other glyphs, as a subscript read "z" would
    ///   otherwise give the x-height itself ("logz FC").
    static func isSubscript(_ s: GlyphShape, read text: String, metrics m: LineMetrics) -> Bool {
        // Small strokes may break apart once enlarged: a subscript may come in two pieces.
        // `eng` reads a subscript digit as a digit or a look-alike letter; any other letter
        // is taken at its word (a mismeasured x-height makes every lowercase letter small).
        guard m.isMeasured, s.componentCount <= 2, text.count == 1,
            let c = text.first, c.isNumber || subscriptLookalikes.contains(c)
        else { return false }
        // A colon has nothing between its dots; a digit broken in two does.
        if c == ":" && !s.hasInk(x: 0, 1, y: 0.35, 0.65) { return false }
        let top = m.heightAboveBaseline(s.box.minY)
        // A subscript digit is about half a capital and its top stays well under the
        // x-height; it sits on the baseline (a Unicode subscript) or below it. A point or
        // comma is much smaller.
        let height = Double(s.height) / m.capHeight
        return m.heightAboveBaseline(s.box.maxY) <= 0.15 && height >= 0.4 && height <= 0.65
            && top >= 0.3 && top <= 0.85
    }

    /// Whether a glyph is a raised small digit: about half a capital high, its bottom well
    /// above the baseline and its top near the capitals' top.
    static func isSuperscript(_ s: GlyphShape, metrics m: LineMetrics) -> Bool {
        guard m.isMeasured else { return false }
        let height = Double(s.height) / m.capHeight
        let bottom = m.heightAboveBaseline(s.box.maxY) * m.xHeight / m.capHeight
        let top = m.heightAboveBaseline(s.box.minY) * m.xHeight / m.capHeight
        return height >= 0.3 && height <= 0.7 && bottom >= 0.3 && top >= 0.8 && top <= 1.25
    }

    /// A small round blob hanging from the top of the C or F after it: a degree sign whose
    /// ring has filled in at a few pixels (read "*" or "•": "(*C)", "•c").
    static func isDegreeBlob(_ s: GlyphShape, before unit: GlyphShape) -> Bool {
        let h = Double(unit.height)
        return s.componentCount == 1 && (0.6...1.6).contains(s.aspect) && s.box.maxX <= unit.box.minX + 1
            && Double(s.height) <= 0.6 * h && abs(Double(s.box.minY - unit.box.minY)) <= 0.25 * h
            && Double(s.box.maxY - unit.box.minY) <= 0.6 * h
    }
}
