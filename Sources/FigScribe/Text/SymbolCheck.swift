/// Shape tests for the unit symbols the `eng` model lacks and reads as a Latin look-alike:
/// µ as "u", "p", "y" or "j", Ω as "Q" or "O", ± as "+", and raised small digits (², ³) as "2", "?" or "*".
enum SymbolCheck {
    /// The symbol `shape` is, when `read` is the look-alike `eng` gives for it.
    /// - Parameters:
    ///   - isolated: whether the glyph stands apart from letters. A µ within a word is the
    ///     micro sign of a unit ("µm"); a lone one is the Greek letter μ, which the
    ///     Greek-letter check gives.
    ///   - opensWord: whether no letter precedes the glyph in its word: a micro sign opens
    ///     its unit, so only a "u" (which no p or y is read as) is checked after a letter.
    static func symbol(
        read: String, shape s: GlyphShape, metrics m: LineMetrics, isolated: Bool, opensWord: Bool = true
    ) -> Character? {
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
        case "+" where s.componentCount == 2:
            // ±: a plus with a separate bar under it.
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

    /// Whether a glyph is a raised small digit: about half a capital high, its bottom well
    /// above the baseline and its top near the capitals' top.
    static func isSuperscript(_ s: GlyphShape, metrics m: LineMetrics) -> Bool {
        guard m.isMeasured else { return false }
        let height = Double(s.height) / m.capHeight
        let bottom = m.heightAboveBaseline(s.box.maxY) * m.xHeight / m.capHeight
        let top = m.heightAboveBaseline(s.box.minY) * m.xHeight / m.capHeight
        return height >= 0.3 && height <= 0.7 && bottom >= 0.3 && top >= 0.8 && top <= 1.25
    }
}
