/// Shape tests that tell a Greek letter from the Latin glyph the `eng` model reads instead.
///
/// The `eng` model has no Greek, so it reads Δ as A, σ as o, ρ as p and so on with high
/// confidence. Each test checks what distinguishes the pair in sans-serif fonts: Δ's
/// filled base, σ's top bar, ρ's round top-left and descender, the descending stems of
/// η and μ, θ's full-width middle bar, α's open right side.
enum GreekLetterCheck {
    /// Greek letters the `eng` model is known to misread as each Latin glyph.
    static let confusions: [String: [Character]] = [
        "A": ["Δ", "λ"], "X": ["λ"], "x": ["λ"], "o": ["σ"], "O": ["θ", "σ"], "0": ["θ", "σ"], "8": ["θ"],
        "6": ["θ"], "9": ["θ"], "p": ["ρ", "μ"], "P": ["ρ"], "n": ["η"], "u": ["μ"], "U": ["μ"], "y": ["μ"],
        "m": ["μ"], "4": ["μ"], "a": ["α"],
    ]

    /// Letters the Greek model may return for each candidate (variant forms; a small η's
    /// descender may come back as an iota subscript, ῃ).
    static let variants: [Character: Set<Character>] = [
        "ρ": ["ρ", "ϱ", "Ῥ", "Ρ"], "θ": ["θ", "ϑ", "Θ"], "σ": ["σ", "ς"], "μ": ["μ", "µ"], "Δ": ["Δ"], "λ": ["λ"],
        "η": ["η", "ή", "ὴ", "ῃ", "ἠ", "ἡ", "ῆ"], "α": ["α", "ά", "ὰ"],
    ]

    /// The confidence from which a glyph `eng` reads as several characters is taken for
    /// them, not tried as a Greek letter (over the 479 figures of the four corpora, no glyph
    /// read as several characters at 85 or more was confirmed Greek: 280 inside lines and
    /// 75 standing alone were tried).
    static let surelySeveralCharacters = 85.0

    /// Whether `eng` read a glyph surely as two or more characters: touching letters ("an",
    /// "C4"), not one Greek letter it does not know.
    static func isSurelySeveralCharacters(read text: String, confidence: Double) -> Bool {
        text.count > 1 && confidence >= surelySeveralCharacters
    }

    /// Whether a glyph `eng` read as `text` may be any Greek letter it does not know: one
    /// character read unsurely, or several not read surely.
    static func mayBeAnyGreekLetter(read text: String, confidence: Double) -> Bool {
        text.count > 1 ? !isSurelySeveralCharacters(read: text, confidence: confidence) : confidence < 60
    }

    /// Letters whose shape test alone is strong enough to apply inside a word (ΔT).
    static func hasDistinctShape(_ letter: Character) -> Bool { letter == "Δ" || letter == "θ" || letter == "λ" }

    /// Whether `shape` looks like `letter`; `metrics` is used only when it was measured.
    static func shape(_ s: GlyphShape, looksLike letter: Character, metrics m: LineMetrics) -> Bool {
        let known = m.isMeasured
        let top = m.heightAboveBaseline(s.box.minY), bottom = m.heightAboveBaseline(s.box.maxY)
        let descends = !known || bottom <= -0.2
        let xHigh = !known || top <= 1.3
        switch letter {
        case "Δ":
            // A thin serif outline may break where its strokes meet, leaving no closed hole;
            // the full-width base tells it from A, whose legs stand apart.
            return s.holeCount <= 1 && s.rowCoverage(fromFraction: 0.88, toFraction: 1) >= 0.8
        case "λ":
            // One stroke: a single hook at the top, two legs apart at the foot (an S, an x
            // or two touching letters are not).
            return s.holeCount == 0 && s.componentCount == 1 && (!known || top >= 1.15)
                && s.rowCoverage(fromFraction: 0.9, toFraction: 1) < 0.8
                && s.runs(atRowFraction: 0.08) == 1 && s.runs(atRowFraction: 0.92) == 2
        case "σ":
            // The top bar reaches at least as far right as the bowl; an o's top curls in.
            guard s.holeCount == 1, xHigh, let bar = s.rightmostInk(fromFraction: 0, toFraction: 0.15),
                let bowl = s.rightmostInk(fromFraction: 0.45, toFraction: 0.7)
            else { return false }
            return bar >= bowl && Double(bar) >= 0.85 * Double(s.width - 1)
        case "ρ": return s.holeCount == 1 && descends && !s.hasInk(x: 0, 0.15, y: 0, 0.1)
        case "η": return s.holeCount == 0 && descends && xHigh && s.runs(atRowFraction: 0.5) == 2
        case "μ":
            return s.holeCount == 0 && (descends || hasDescendingLeftStem(s)) && xHigh && s.runs(atRowFraction: 0.35) == 2
        case "θ": return s.holeCount == 2 && stride(from: 0.4, through: 0.6, by: 0.05).contains { s.longestRun(atRowFraction: $0) >= 0.8 }
        case "α": return s.holeCount == 1 && xHigh && (!known || bottom >= -0.1) && s.runs(atRowFraction: 0.5) == 2
        default: return false
        }
    }

    /// A left stem that runs on alone below the rest of the glyph (μ's descender, which a u
    /// lacks): told by the shape itself where the line's metrics come from this one glyph.
    static func hasDescendingLeftStem(_ s: GlyphShape) -> Bool {
        SymbolCheck.hasLeftStem(s) && s.hasInk(x: 0.6, 1, y: 0, 0.5) && !s.hasInk(x: 0.4, 1, y: 0.85, 1)
    }
}

extension GreekLetterCheck {
    private static let latinLookalikes: Set<Character> = [
        "Α", "Β", "Ε", "Ζ", "Η", "Ι", "Κ", "Μ", "Ν", "Ο", "Ρ", "Τ", "Υ", "Χ", "ο", "ι", "ν", "κ",
    ]

    /// True for a Greek letter that no Latin letter looks like (so reading it is informative).
    static func isDistinctGreek(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, (0x0391...0x03C9).contains(v) || v == 0x00B5 else { return false }
        return !latinLookalikes.contains(c)
    }
}
