/// Fixes glyphs the `eng` model cannot know (•, ×, °, subscript digits, Greek letters) by
/// looking at their ink and, for Greek, asking the `Greek` model to confirm.
struct GlyphRepairer {
    let line: PreparedLine
    /// The ink of `line.gray` (`InkMask(gray:)`).
    let mask: InkMask
    let english: OCREngine
    let greek: () throws -> OCREngine

    private static let operatorLookalikes: Set<String> = ["x", "X", "*", "+", "×", "»", "«"]
    /// Small letters shaped like their capital, without ascender or descender: told apart
    /// by height alone.
    static let lowercaseLookalikes = Set("cosuvwxz")
    private static let superscriptDigits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
    private static let subscriptDigits: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
    ]

    /// Returns the repaired text of `result`, read from `line.image`.
    func repair(_ result: OCRResult) throws -> String {
        var groups = makeGroups(result.symbols, mask: mask)
        guard !groups.isEmpty else { return result.text }
        let measured = groups.compactMap { g in g.shape.map { (text: g.text, box: $0.box, confidence: g.confidence) } }
        let metrics = LineMetrics(glyphs: measured)
        let words = Dictionary(grouping: groups, by: \.wordIndex)
        let wordSizes = words.mapValues(\.count)
        let numericWords = Set(words.filter { _, glyphs in
            glyphs.allSatisfy { $0.text.allSatisfy { $0.isNumber || $0 == "." } }
        }.keys)
        var separateWord = (groups.map(\.wordIndex).max() ?? 0) + 1
        let read = groups.map(\.text)
        for i in groups.indices {
            guard let shape = groups[i].shape else { continue }
            let g = groups[i]
            // The glyph measured against the rest of its line (made once, when a rule asks).
            lazy var others = Self.metrics(of: shape.box, among: measured)
            if i > 0, groups[i - 1].wordIndex == g.wordIndex, groups[i - 1].text == "%",
               let percent = groups[i - 1].shape, SymbolCheck.isPerMilleCircle(shape, after: percent, read: g.text) {
                groups[i - 1].text = "‰"
                groups[i].text = ""
            } else if g.text == "i", Self.isStrokelessI(i, in: groups, mask: mask) {
                groups[i].text = ""
            } else if ["%o", "%0", "%O", "%°"].contains(g.text) {
                // One glyph read as a per-cent sign and a small circle: a per-mille sign.
                groups[i].text = "‰"
            } else if let unit = temperatureUnit(after: i, in: groups), SymbolCheck.isDegreeBlob(shape, before: unit) {
                groups[i].text = "°"
            } else if isBullet(shape, metrics), !isInsideWord(i, in: groups) {
                groups[i].text = "•"
            } else if isDegree(shape, metrics) {
                groups[i].text = "°"
            } else if wordSizes[g.wordIndex] == 1, Self.operatorLookalikes.contains(g.text),
                      isCrossOperator(shape, metrics) || isBetweenSymbols(g.wordIndex, wordSizes: wordSizes)
                          || (numericWords.contains(g.wordIndex - 1) && numericWords.contains(g.wordIndex + 1)) {
                groups[i].text = "×"
            } else if Self.operatorLookalikes.contains(g.text), isCrossOperator(shape, metrics),
                      Self.standsApart(i, in: groups, metrics: metrics) {
                // Tesseract joined a × to its word across a space ("λX"): a word of its own.
                groups[i].text = "×"
                groups[i].wordIndex = separateWord
                separateWord += 1
            } else if i > 0, groups[i - 1].wordIndex == g.wordIndex, SymbolCheck.isSubscript(shape, read: g.text, metrics: others),
                      let digit = try readDigit(shape) {
                groups[i].text = String(digit)
            } else if i > 0, groups[i - 1].wordIndex == g.wordIndex, g.text.count == 1,
                      SymbolCheck.isSuperscript(shape, metrics: metrics), let digit = try readSuperscript(shape) {
                groups[i].text = String(digit)
            } else if g.text == "T", groups.count == 1 || isAmidLowercase(i, in: groups), LetterShapeCheck.isLeftStemWithArm(shape) {
                groups[i].text = "r"
            } else if let letter = LetterShapeCheck.letter(
                read: g.text, shape: shape, metrics: metrics, rowDarkness: rowDarkness(of: shape),
                isTopmost: isTopmost(g, shape: shape, mask: mask)),
                isAlignedWord(g.wordIndex, in: groups) {
                groups[i].text = String(letter)
            } else if g.text != "o" || isDigit(i - 1, inWordOf: i, in: groups) || isDigit(i + 1, inWordOf: i, in: groups),
                      // (An L opening a word of small letters is that word's capital: a
                      // monospace "Lag" whose L stem stands near its middle.)
                      g.text != "L" || !Self.opensWordOfSmallLetters(i, in: groups),
                      // (A small o is measured against the other glyphs: as one of the line's
                      // few small letters it sets the x-height itself.)
                      let digit = DigitLetterCheck.digit(read: g.text, shape: shape, metrics: g.text == "o" ? others : metrics) {
                groups[i].text = String(digit)
            } else if let letter = try greekLetter(
                for: g, shape: shape, metrics: others, isolated: isIsolatedLetter(i, in: groups)) {
                groups[i].text = String(letter)
            } else if let symbol = SymbolCheck.symbol(
                read: g.text, shape: shape, metrics: others, isolated: isIsolatedLetter(i, in: groups),
                continuesWord: isDigit(i + 1, inWordOf: i, in: groups) || isLetter(i + 1, inWordOf: i, in: groups),
                letterBefore: isLetter(i - 1, inWordOf: i, in: groups) ? groups[i - 1].text.last : nil) {
                groups[i].text = String(symbol)
            } else if g.text.count == 1, let c = g.text.first, c.isUppercase, !startsCapitalisedWord(i, in: groups),
                      Self.lowercaseLookalikes.contains(Character(c.lowercased())), metrics.hasXHeight,
                      Double(shape.height) <= 1.12 * metrics.xHeight, Double(shape.height) >= 0.7 * metrics.xHeight {
                groups[i].text = c.lowercased()
            }
        }
        // A Greek letter Tesseract joined to its word across a space ("Δacc"): a word of its own.
        for i in groups.indices where Self.isLooseGreekLetter(i, in: groups, read: read[i], metrics: metrics) {
            groups[i].wordIndex = separateWord
            separateWord += 1
        }
        // SentencePiece's word mark opens the word it stands against; Tesseract, seeing a
        // wide glyph, may set a space after it ("▁ quick").
        for i in groups.indices.dropLast() where groups[i].text == "▁" && Self.touchesNext(i, in: groups, metrics: metrics) {
            groups[i].wordIndex = groups[i + 1].wordIndex
        }
        groups.append(contentsOf: orphanBullets(mask: mask, groups: groups, metrics: metrics))
        return DegreeUnits.capitalised(assemble(groups))
    }

    /// Small letters whose strokes cross the middle of the x-height a known number of times.
    static let strokeCounts: [Character: Int] = ["m": 3, "n": 2, "u": 2]

    /// Whether the "i" at `i`, between two letters of its word among m, n and u, adds no
    /// stroke: across the three letters, the line's ink crosses the middle of the x-height
    /// only as often as the two letters' own strokes (the `eng` model reads the gap of a
    /// touching "mm" as "mim").
    static func isStrokelessI(_ i: Int, in groups: [GlyphGroup], mask: InkMask) -> Bool {
        guard i > 0, i + 1 < groups.count else { return false }
        let (left, right) = (groups[i - 1], groups[i + 1])
        guard left.wordIndex == groups[i].wordIndex, right.wordIndex == groups[i].wordIndex,
            left.text.count == 1, right.text.count == 1,
            let a = strokeCounts[left.text.first!], let b = strokeCounts[right.text.first!],
            let l = left.shape?.box, let r = right.shape?.box
        else { return false }
        let y = (min(l.minY, r.minY) + max(l.maxY, r.maxY)) / 2
        guard y >= 0, y < mask.height else { return false }
        var crossings = 0, inked = false
        for x in max(0, l.minX)..<min(mask.width, max(l.minX, r.maxX)) {
            let ink = mask.labels[y * mask.width + x] >= 0
            if ink && !inked { crossings += 1 }
            inked = ink
        }
        return crossings == a + b
    }

    /// Whether glyph `i` opens its word and the next two glyphs of the word are small letters.
    static func opensWordOfSmallLetters(_ i: Int, in groups: [GlyphGroup]) -> Bool {
        guard i == 0 || groups[i - 1].wordIndex != groups[i].wordIndex, i + 2 < groups.count else { return false }
        return groups[(i + 1)...(i + 2)].allSatisfy {
            $0.wordIndex == groups[i].wordIndex && $0.text.count == 1 && $0.text.first!.isLowercase
        }
    }

    // MARK: Grouping symbols onto ink

    /// Assigns each ink component to the symbol box it overlaps most, then merges symbols
    /// that share one component (the `eng` model often splits an unknown glyph in two).
    private func makeGroups(_ symbols: [RecognizedSymbol], mask: InkMask) -> [GlyphGroup] {
        // LSTM symbol boxes are approximate, so each component goes to the symbol whose
        // centre is nearest among those whose box it overlaps vertically.
        var owner: [Int: Int] = [:]  // component -> symbol
        for c in mask.componentBoxes.indices where mask.componentAreas[c] >= 3 {
            let box = mask.componentBoxes[c]
            var best = -1, bestDistance = Double.infinity
            for (s, symbol) in symbols.enumerated()
            where symbol.box.minY < box.maxY && box.minY < symbol.box.maxY
                && box.midX >= Double(symbol.box.minX - symbol.box.width / 2)
                && box.midX <= Double(symbol.box.maxX + symbol.box.width / 2) {
                let d = abs(symbol.box.midX - box.midX)
                if d < bestDistance { best = s; bestDistance = d }
            }
            if best >= 0 { owner[c] = best }
        }
        var componentsOf = [[Int]](repeating: [], count: symbols.count)
        for (c, s) in owner { componentsOf[s].append(c) }
        componentsOf = Self.inkForInklessSymbols(componentsOf, symbols: symbols, boxes: mask.componentBoxes)
        var groups: [GlyphGroup] = []
        var pending: [RecognizedSymbol] = []  // ink-less symbols waiting for the next glyph
        for (s, symbol) in symbols.enumerated() {
            let comps = componentsOf[s].sorted()
            if comps.isEmpty {
                // A symbol without its own ink is a second reading of a neighbouring glyph.
                if var last = groups.last, last.wordIndex == symbol.wordIndex, symbol.box.overlapArea(last.box) > 0 {
                    last.text += symbol.text
                    last.confidence = min(last.confidence, symbol.confidence)
                    groups[groups.count - 1] = last
                } else {
                    pending.append(symbol)
                }
                continue
            }
            var group = GlyphGroup(text: symbol.text, confidence: symbol.confidence, wordIndex: symbol.wordIndex,
                                   box: symbol.box, shape: line.mask(mask, components: comps), components: comps)
            for p in pending {
                if p.wordIndex == symbol.wordIndex, p.box.overlapArea(symbol.box) > 0 {
                    group.text = p.text + group.text
                    group.confidence = min(group.confidence, p.confidence)
                } else {
                    groups.append(GlyphGroup(text: p.text, confidence: p.confidence, wordIndex: p.wordIndex,
                                             box: p.box, shape: nil, components: []))
                }
            }
            pending = []
            groups.append(group)
        }
        for p in pending {
            groups.append(GlyphGroup(text: p.text, confidence: p.confidence, wordIndex: p.wordIndex, box: p.box, shape: nil, components: []))
        }
        return groups
    }

    /// Gives a symbol left without ink the glyph under its box that a neighbour in its word
    /// holds beside another: the boxes are loose, and "(μ," read "(u," gave the μ to the comma.
    /// - Parameters:
    ///   - componentsOf: for each symbol, the ink components it was given.
    ///   - boxes: each component's box.
    static func inkForInklessSymbols(_ componentsOf: [[Int]], symbols: [RecognizedSymbol], boxes: [PixelRect]) -> [[Int]] {
        var result = componentsOf
        func overlapAcross(_ a: PixelRect, _ b: PixelRect) -> Bool { a.minX < b.maxX && b.minX < a.maxX }
        for s in symbols.indices where result[s].isEmpty {
            let box = symbols[s].box
            for n in [s - 1, s + 1] where symbols.indices.contains(n) && symbols[n].wordIndex == symbols[s].wordIndex
                && result[n].count >= 2 {
                let under = result[n].filter { overlapAcross(boxes[$0], box) }
                guard let c = under.min(by: { abs(boxes[$0].midX - box.midX) < abs(boxes[$1].midX - box.midX) }) else { continue }
                let rest = result[n].filter { $0 != c }
                guard rest.allSatisfy({ !overlapAcross(boxes[$0], boxes[c]) }) else { continue }
                result[n] = rest
                result[s] = [c]
                break
            }
        }
        return result
    }

    // MARK: Shape rules

    private func isBullet(_ s: GlyphShape, _ m: LineMetrics) -> Bool {
        guard s.componentCount == 1, s.holeCount == 0, (0.7...1.4).contains(s.aspect), s.fillRatio >= 0.6 else { return false }
        guard m.isMeasured else { return false }
        let h = Double(s.height) / m.xHeight
        return (0.2...0.85).contains(h) && m.heightAboveBaseline(s.box.maxY) >= 0.1 && m.heightAboveBaseline(s.box.minY) <= 1.0
    }

    private func isDegree(_ s: GlyphShape, _ m: LineMetrics) -> Bool {
        guard m.isMeasured, s.componentCount == 1, s.holeCount == 1 else { return false }
        return Double(s.height) <= 0.55 * m.capHeight && m.heightAboveBaseline(s.box.maxY) >= 0.6 && (0.6...1.6).contains(s.aspect)
    }

    /// Whether each glyph of the word holds one character: the symbols' boxes fell on the
    /// right ink. (A symbol left without ink joins its neighbour's text, and the ink a
    /// glyph holds may then be its neighbour's.)
    private func isAlignedWord(_ w: Int, in groups: [GlyphGroup]) -> Bool {
        groups.allSatisfy { $0.wordIndex != w || $0.text.count == 1 }
    }

    /// The darkest gray level of each row of a glyph's box, top to bottom (0 black, 255 the
    /// line's background).
    private func rowDarkness(of shape: GlyphShape) -> [Float] {
        (shape.box.minY..<shape.box.maxY).map { y in
            (shape.box.minX..<shape.box.maxX).reduce(Float(255)) { min($0, line.gray[$1, y]) }
        }
    }

    /// Whether no ink of the line rises above the glyph (a pixel, or a tenth of its height).
    private func isTopmost(_ g: GlyphGroup, shape: GlyphShape, mask: InkMask) -> Bool {
        let margin = max(1, shape.height / 10)
        return !mask.componentBoxes.indices.contains { c in
            !g.components.contains(c) && mask.componentBoxes[c].minY < shape.box.minY - margin
        }
    }

    private func isCrossOperator(_ s: GlyphShape, _ m: LineMetrics) -> Bool {
        guard m.isMeasured, s.componentCount == 1, s.holeCount == 0 else { return false }
        return m.heightAboveBaseline(s.box.maxY) >= 0.08 && (0.7...1.4).contains(s.aspect) && s.fillRatio < 0.6
    }

    /// The metrics a glyph's Greek-letter and unit-symbol shapes are judged by: the other
    /// glyphs' of its line, as a μ read "u" would otherwise set the baseline at its own foot.
    static func metrics(of box: PixelRect, among line: [(text: String, box: PixelRect, confidence: Double)]) -> LineMetrics {
        LineMetrics(glyphs: line.filter { $0.box != box })
    }

    /// Whether glyph `i` shares its word with others yet stands at least half an x-height
    /// from each neighbour in it: a word space Tesseract did not see.
    static func standsApart(_ i: Int, in groups: [GlyphGroup], metrics m: LineMetrics) -> Bool {
        guard m.isMeasured, let box = groups[i].shape?.box else { return false }
        let neighbours = [i - 1, i + 1].filter { groups.indices.contains($0) && groups[$0].wordIndex == groups[i].wordIndex }
        return !neighbours.isEmpty && neighbours.allSatisfy { j in
            guard let other = groups[j].shape?.box else { return false }
            let gap = j < i ? box.minX - other.maxX : other.minX - box.maxX
            return Double(gap) >= 0.5 * m.xHeight
        }
    }

    /// Whether the next glyph follows glyph `i` closer than a word space (half an x-height).
    static func touchesNext(_ i: Int, in groups: [GlyphGroup], metrics m: LineMetrics) -> Bool {
        guard m.isMeasured, i + 1 < groups.count, let box = groups[i].shape?.box, let next = groups[i + 1].shape?.box
        else { return false }
        return Double(next.minX - box.maxX) < 0.5 * m.xHeight
    }

    /// Whether glyph `i` was repaired into a Greek letter (from `read`) and stands apart
    /// from the rest of its word.
    static func isLooseGreekLetter(_ i: Int, in groups: [GlyphGroup], read: String, metrics: LineMetrics) -> Bool {
        let text = groups[i].text
        return text != read && !text.isEmpty && text.allSatisfy(GreekLetterCheck.isDistinctGreek)
            && standsApart(i, in: groups, metrics: metrics)
    }

    /// Whether the words before and after word `w` are single symbols, as in "λ x η" or
    /// "3 x 4": an "x" standing alone there (or between two numbers, "60 x 120") is a
    /// multiplication sign, whatever its shape (at small sizes × and x differ by a pixel).
    private func isBetweenSymbols(_ w: Int, wordSizes: [Int: Int]) -> Bool {
        wordSizes[w - 1] == 1 && wordSizes[w + 1] == 1
    }

    /// Re-reads a subscript glyph alone, enlarged, with a digit whitelist.
    private func readDigit(_ s: GlyphShape) throws -> Character? {
        let crop = glyphImage(s, targetHeight: 48)
        let r = try english.recognize(crop, mode: .singleCharacter, whitelist: "0123456789")
        guard r.text.count == 1, let d = r.text.first, let sub = Self.subscriptDigits[d] else { return nil }
        return sub
    }

    /// Re-reads a raised small glyph alone, enlarged, as a superscript digit (² in "m²").
    private func readSuperscript(_ s: GlyphShape) throws -> Character? {
        let crop = glyphImage(s, targetHeight: 48)
        let r = try english.recognize(crop, mode: .singleCharacter, whitelist: "0123456789")
        guard r.text.count == 1, let d = r.text.first, r.confidence >= 50 else { return nil }
        return Self.superscriptDigits[d]
    }

    /// True when the glyph opens its word and lowercase letters follow ("Sample"): a
    /// capital there is the normal spelling, whatever its measured height.
    private func startsCapitalisedWord(_ i: Int, in groups: [GlyphGroup]) -> Bool {
        let opens = i == 0 || groups[i - 1].wordIndex != groups[i].wordIndex
        let next = i + 1 < groups.count && groups[i + 1].wordIndex == groups[i].wordIndex ? groups[i + 1].text.first : nil
        return opens && (next?.isLowercase ?? false)
    }

    /// True when the glyph has neighbours of its own word on both sides: a mid-height dot
    /// there is a hyphen drawn small ("S-03"), while a separator bullet stands apart.
    private func isInsideWord(_ i: Int, in groups: [GlyphGroup]) -> Bool {
        i > 0 && i + 1 < groups.count
            && groups[i - 1].wordIndex == groups[i].wordIndex && groups[i + 1].wordIndex == groups[i].wordIndex
    }

    /// True when the glyph is not part of a run of letters (Greek variables stand alone:
    /// "rate η", "(μ, θ)", "(σ-normalised)"); mixed-script words are rare.
    private func isIsolatedLetter(_ i: Int, in groups: [GlyphGroup]) -> Bool {
        !isLetter(i - 1, inWordOf: i, in: groups) && !isLetter(i + 1, inWordOf: i, in: groups)
    }

    /// The shape of the C or F that ends glyph `i`'s word right after it, if any.
    private func temperatureUnit(after i: Int, in groups: [GlyphGroup]) -> GlyphShape? {
        let j = i + 1
        guard groups.indices.contains(j), groups[j].wordIndex == groups[i].wordIndex, "CcFf".contains(groups[j].text),
            !isLetter(j + 1, inWordOf: j, in: groups)
        else { return nil }
        return groups[j].shape
    }

    /// Whether glyph `i` stands between lowercase letters of its word ("scoTe").
    private func isAmidLowercase(_ i: Int, in groups: [GlyphGroup]) -> Bool {
        [i - 1, i + 1].allSatisfy { j in
            isLetter(j, inWordOf: i, in: groups) && groups[j].text.first?.isLowercase == true
        }
    }

    /// Whether glyph `j` exists, lies in glyph `i`'s word and is a letter.
    private func isLetter(_ j: Int, inWordOf i: Int, in groups: [GlyphGroup]) -> Bool {
        groups.indices.contains(j) && groups[j].wordIndex == groups[i].wordIndex
            && (groups[j].text.first?.isLetter ?? false)
    }

    /// Whether glyph `j` is an ASCII digit in the word of glyph `i`.
    private func isDigit(_ j: Int, inWordOf i: Int, in groups: [GlyphGroup]) -> Bool {
        groups.indices.contains(j) && groups[j].wordIndex == groups[i].wordIndex
            && (groups[j].text.first?.isASCIIDigit ?? false)
    }

    /// A Greek letter for a glyph the shape says is one, confirmed by the Greek model.
    private func greekLetter(for g: GlyphGroup, shape: GlyphShape, metrics: LineMetrics, isolated: Bool) throws -> Character? {
        // Inside a word only a letter no Latin letter shares a shape with may be taken,
        // or a μ whose own left stem runs on below it ("µg/L": a u has no descender).
        let allowed = { (c: Character) in
            isolated || GreekLetterCheck.hasDistinctShape(c) || (c == "μ" && GreekLetterCheck.hasDescendingLeftStem(shape))
        }
        var candidates = (GreekLetterCheck.confusions[g.text] ?? []).filter(allowed)
        if candidates.isEmpty && GreekLetterCheck.mayBeAnyGreekLetter(read: g.text, confidence: g.confidence) {
            candidates = GreekLetterCheck.variants.keys.filter(allowed)
        }
        let plausible = candidates.filter { GreekLetterCheck.shape(shape, looksLike: $0, metrics: metrics) }
        guard !plausible.isEmpty else { return nil }
        let r = try greek().recognize(glyphImage(shape, targetHeight: Double(shape.height)), mode: .singleCharacter)
        if let read = r.text.first, r.text.count == 1,
            let confirmed = plausible.first(where: { GreekLetterCheck.variants[$0]?.contains(read) ?? false })
        {
            // Inside a word, μ is the SI prefix: the micro sign, as units are typed ("µg/L").
            return confirmed == "μ" && !isolated ? "µ" : confirmed
        }
        // A standing-alone σ is told from o (or 0) by its bar alone; the Greek model often
        // reads ο.
        let sigmaLookalike = GreekLetterCheck.confusions[g.text]?.contains("σ") ?? false
        return isolated && sigmaLookalike && plausible.contains("σ") ? "σ" : nil
    }

    /// Free-standing round dots Tesseract dropped entirely become `•` words.
    private func orphanBullets(mask: InkMask, groups: [GlyphGroup], metrics: LineMetrics) -> [GlyphGroup] {
        let used = Set(groups.flatMap(\.components))
        var extra: [GlyphGroup] = []
        for c in mask.componentBoxes.indices where !used.contains(c) && mask.componentAreas[c] >= 9 {
            guard let s = line.mask(mask, components: [c]), isBullet(s, metrics) else { continue }
            let covered = groups.contains { $0.box.overlapArea(s.box) > s.box.width * s.box.height / 2 }
            if !covered {
                extra.append(GlyphGroup(text: "•", confidence: 90, wordIndex: -1, box: s.box, shape: s, components: [c]))
            }
        }
        return extra
    }

    // MARK: Output

    private func assemble(_ groups: [GlyphGroup]) -> String {
        var ordered = groups.filter { $0.wordIndex >= 0 }
        for orphan in groups where orphan.wordIndex < 0 {
            let at = ordered.firstIndex { $0.box.midX > orphan.box.midX } ?? ordered.count
            ordered.insert(orphan, at: at)
        }
        var text = ""
        var lastWord: Int? = nil
        for g in ordered {
            if let w = lastWord, w != g.wordIndex || g.wordIndex < 0 { text += " " }
            text += g.text
            lastWord = g.wordIndex
        }
        return text
    }

    private func glyphImage(_ s: GlyphShape, targetHeight: Double) -> RGBAImage {
        let crop = GrayImage(width: s.width, height: s.height, values: s.ink.map { $0 ? 0 : 255 })
        let grayCrop = line.grayCrop(s.box) ?? crop
        let scale = max(1, targetHeight / Double(max(1, s.height)))
        let enlarged = scale > 1.01 ? grayCrop.scaledBicubic(by: scale) : grayCrop
        return enlarged.padded(by: max(10, Int(Double(enlarged.height) * 0.4)), fill: 255).rgba()
    }
}
