import Foundation

/// Groups glyph components into text lines, horizontal or rotated.
///
/// Glyphs closer than about half a glyph are linked; each linked group is then split into
/// lines along the direction (0°, 90°, 45° or −45°) in which its glyph centres line up best,
/// which separates stacked labels and the parallel strokes of rotated tick labels.
struct TextLineGrouper {
    let glyphs: [ConnectedComponents.Component]

    static let candidateAngles: [Double] = [0, 90, 45, -45]

    func lines() -> [TextLine] {
        guard !glyphs.isEmpty else { return [] }
        let size = medianSize(of: Array(glyphs.indices))
        let link = Self.link(for: size)
        var lines: [TextLine] = []
        for group in linkedGroups(gap: link) {
            lines += split(group, size: size, link: link)
        }
        lines = joinWords(lines, size: size).flatMap(splitRowOfUprightWords)
        return lines.sorted { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }
    }

    /// A level line that is a row of upright words standing apart, split into one line
    /// each (turned tick labels whose letters touch, one glyph per label, that joining words
    /// strung together: seaborn's gene names at 7 px). Three glyphs or more, at least three
    /// quarters of them words running upright (twice as tall as wide or more, no thin
    /// stroke), with every gap between them wider than half again their median width; a
    /// level word's tall letters ("Ill", "11") stand closer.
    private func splitRowOfUprightWords(_ line: TextLine) -> [TextLine] {
        guard (line.angle ?? 0) == 0, line.glyphIDs.count >= 3 else { return [line] }
        let ids = Set(line.glyphIDs)
        let members = glyphs.filter { ids.contains($0.id) }
        let words = members.filter { $0.box.height >= 2 * $0.box.width && $0.box.width >= 4 && Self.isWord($0, along: 90) }
        guard words.count >= 3, 4 * words.count >= 3 * members.count else { return [line] }
        let columns = WordSpacing.columns(of: members.map(\.box))
        let widths = words.map(\.box.width).sorted()
        let gaps = zip(columns, columns.dropFirst()).map { $1.minX - $0.maxX }
        guard columns.count >= 3, let narrowest = gaps.min(), 2 * narrowest >= 3 * widths[widths.count / 2] else { return [line] }
        // One line per column (a word with the dot or piece beside it).
        return columns.map { column in
            let pieces = members.filter { $0.box.minX >= column.minX && $0.box.maxX <= column.maxX }
            let box = pieces.dropFirst().reduce(pieces[0].box) { $0.union($1.box) }
            return TextLine(box: box, angle: nil, glyphIDs: pieces.map(\.id), glyphSize: line.glyphSize)
        }
    }

    /// Joins words of one horizontal (or vertical, 90°) line that the glyph linking kept
    /// apart: they overlap across the line and the space between them is under ¾ glyph.
    private func joinWords(_ lines: [TextLine], size: Double) -> [TextLine] {
        var lines = lines
        let turnedBlocks = Set(glyphs.filter { Self.isTurnedBlock($0, size: size) }.map(\.id))
        let boxes = Dictionary(glyphs.map { ($0.id, $0.box) }, uniquingKeysWith: { first, _ in first })
        var merged = true
        while merged {
            merged = false
            outer: for i in lines.indices {
                for j in lines.indices where j > i {
                    if let joined = join(lines[i], lines[j], size: size, turnedBlocks: turnedBlocks, boxes: boxes) {
                        lines[i] = joined
                        lines.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }
        return lines
    }

    private func join(_ a: TextLine, _ b: TextLine, size: Double, turnedBlocks: Set<Int>, boxes: [Int: PixelRect]) -> TextLine? {
        let space = Int((0.75 * size).rounded())
        // Level text up to twice the figure's typical glyph (a title) spaces its words wider,
        // as a level line of several glyphs shows. (A lone glyph's height may be a turned
        // word's length, or a dendrogram's.)
        let levelHeights = [a, b].filter { $0.angle == 0 && $0.glyphIDs.count >= 2 }.map { Double($0.box.height) }
        let levelHeight: Double = min(2 * size, max(size, levelHeights.min() ?? 0))
        let levelSpace = Int((0.75 * levelHeight).rounded())
        let angles = [a.angle, b.angle].compactMap { $0 }
        let bracketed = isBracket(a, beside: b) || isBracket(b, beside: a)
        guard Set(angles).count <= 1 || bracketed else { return nil }
        let angle = angles.contains(0) || bracketed ? 0 : angles.first
        let gap = a.box.gap(to: b.box)
        func overlap(_ lo1: Int, _ hi1: Int, _ lo2: Int, _ hi2: Int) -> Double {
            Double(max(0, min(hi1, hi2) - max(lo1, lo2))) / Double(max(1, min(hi1 - lo1, hi2 - lo2)))
        }
        // Glyphs of no angle standing half as tall again as the level line beside them (a
        // turned "(m)" or "°C" hard against a row name or tick label) are no word of it.
        let standsTaller = { (l: TextLine, level: TextLine) in
            l.angle == nil && l.glyphIDs.count >= 2 && level.angle == 0 && 2 * l.box.height >= 3 * level.box.height
        }
        // A lone glyph of no angle half again as wide as tall, and as the turned line beside
        // it (seaborn's level "Day" of touching letters right under the turned "Jun"), is a
        // level word, no letter of that line.
        let liesAcross = { (l: TextLine, turned: TextLine) in
            let b = l.box
            return l.angle == nil && l.glyphIDs.count == 1 && turned.angle == 90 && 2 * b.width >= 3 * b.height
                && 2 * Double(b.height) >= size && 2 * b.width >= 3 * turned.box.width
        }
        var along: Double?
        if angle == nil || angle == 0,
            overlap(a.box.minY, a.box.maxY, b.box.minY, b.box.maxY) >= 0.6,
            gap.x <= levelSpace || (angle == 0 && gap.x <= 2 * levelSpace && areFixedPitchWords(a, b, boxes: boxes)),
            !standsTaller(a, b) && !standsTaller(b, a)
        {
            along = 0
        } else if angle == nil || angle == 90,
            gap.y <= space && overlap(a.box.minX, a.box.maxX, b.box.minX, b.box.maxX) >= 0.6,
            !liesAcross(a, b) && !liesAcross(b, a)
        {
            along = 90
        }
        guard let along else { return nil }
        // Two single glyphs side by side make a horizontal word, never a vertical one, unless
        // one of them already runs vertically.
        if angle == nil && along == 90 { return nil }
        // A word turned by 45° (a tick label of touching digits) is a line of its own.
        if [a, b].contains(where: { $0.glyphIDs.count == 1 && turnedBlocks.contains($0.glyphIDs[0]) }) { return nil }
        return TextLine(box: a.box.union(b.box), angle: along,
                        glyphIDs: a.glyphIDs + b.glyphIDs, glyphSize: a.glyphSize)
    }

    /// Whether `a` and `b` are words of a fixed-pitch font one space apart (Courier's
    /// "depth (m)", whose space is a whole letter wide): the letters of both stand at one
    /// pitch (two across a space), and the space between the words is one step more. Small
    /// type joins neighbouring letters ("qua" of "quality" one glyph): a glyph as wide as
    /// two or more whole pitches counts as that many letters.
    private func areFixedPitchWords(_ a: TextLine, _ b: TextLine, boxes: [Int: PixelRect]) -> Bool {
        let (leftLine, rightLine) = a.box.minX <= b.box.minX ? (a, b) : (b, a)
        // Each glyph's extent, its pieces (an i's dot) merged where they overlap along the line.
        let glyphs = { (line: TextLine) in WordSpacing.columns(of: line.glyphIDs.compactMap { boxes[$0] }) }
        let (leftGlyphs, rightGlyphs) = (glyphs(leftLine), glyphs(rightLine))
        let centres = { (columns: [(minX: Int, maxX: Int)]) in columns.map { Double($0.minX + $0.maxX) / 2 } }
        let glyphSteps = [leftGlyphs, rightGlyphs].flatMap { c in zip(centres(c).dropFirst(), centres(c)).map { $0 - $1 } }
        guard !glyphSteps.isEmpty else { return false }
        let pitch = glyphSteps.sorted()[glyphSteps.count / 2]
        guard pitch > 0, let l = Self.letterCentres(leftGlyphs, pitch: pitch),
            let r = Self.letterCentres(rightGlyphs, pitch: pitch),
            l.count >= 2, r.count >= 2, l.count + r.count >= 5, let last = l.last, let first = r.first
        else { return false }
        // A narrow mark's ink may sit anywhere in its advance (a bracket's curve hugs the
        // letter inside it): a step beside one may stray by the room it leaves.
        let room = { (letter: (centre: Double, width: Double)) in
            letter.width < Self.narrowMark * pitch ? (pitch - letter.width) / 2 : 0
        }
        // A line already joined steps two pitches at its spaces.
        let pairs = Array(zip(l, l.dropFirst())) + Array(zip(r, r.dropFirst()))
        guard pairs.allSatisfy({ a, b in
            [pitch, 2 * pitch].contains { abs(b.centre - a.centre - $0) <= Self.pitchTolerance * pitch + room(a) + room(b) }
        }) else { return false }
        // The letters beside a space may be such marks too.
        return abs(first.centre - last.centre - 2 * pitch) <= Self.spaceTolerance * pitch
    }

    /// The centres and ink widths of the letters of a fixed-pitch word from its glyphs'
    /// extents: a glyph wider than the pitch is that many whole pitches of touching letters,
    /// spread evenly; nil when one is not (a "W" in a proportional face, or "99" of digits
    /// narrower than the pitch apart).
    private static func letterCentres(_ glyphs: [(minX: Int, maxX: Int)], pitch: Double) -> [(centre: Double, width: Double)]? {
        var letters: [(centre: Double, width: Double)] = []
        for g in glyphs {
            let width = Double(g.maxX - g.minX)
            guard width > (1 + pitchTolerance) * pitch else {
                letters.append((Double(g.minX + g.maxX) / 2, width))
                continue
            }
            let n = (width / pitch).rounded()
            guard n >= 2, abs(width - n * pitch) <= pitchTolerance * n * pitch else { return nil }
            letters += (0..<Int(n)).map { (Double(g.minX) + (Double($0) + 0.5) * width / n, width / n) }
        }
        return letters
    }

    /// How far a fixed-pitch font's letter steps stray from their pitch (pixel rounding).
    static let pitchTolerance = 0.15
    /// A glyph narrower than this share of the pitch is a mark whose ink may sit anywhere
    /// in its advance.
    static let narrowMark = 0.6
    /// How far the step across a fixed-pitch space may stray from two pitches.
    static let spaceTolerance = 0.25

    /// Whether `line` is one tall narrow glyph (a bracket or bar, which the grouper took for
    /// a turned word) no taller than the level line of several glyphs beside it, or opening
    /// a lone glyph of no direction two thirds its height or more ("(%)", "(m)").
    private func isBracket(_ line: TextLine, beside level: TextLine) -> Bool {
        guard line.glyphIDs.count == 1, line.angle == 90 else { return false }
        let height = Double(line.box.height), levelHeight = Double(level.box.height)
        if level.angle == 0 && level.glyphIDs.count >= 2 { return height <= 1.25 * levelHeight }
        return level.angle == nil && level.glyphIDs.count == 1 && 3 * levelHeight >= 2 * height && levelHeight <= height
    }

    /// A component larger than a letter, about as wide as tall, whose ink runs diagonally:
    /// a short word of touching letters turned by 45°.
    static func isTurnedBlock(_ glyph: ConnectedComponents.Component, size: Double) -> Bool {
        let w = Double(glyph.box.width), h = Double(glyph.box.height)
        let diagonal = abs(abs(glyph.axis.angle) - 45) <= 20 && glyph.axis.elongation >= 1.2
        return diagonal && min(w, h) >= 1.2 * size && max(w, h) <= 1.3 * min(w, h)
    }

    private func linkedGroups(gap: Int) -> [[Int]] {
        BoxLinking.groups(of: glyphs.map(\.box), reach: gap) { i, j in
            let g = glyphs[i].box.gap(to: glyphs[j].box)
            return g.x <= gap && g.y <= gap
        }
    }

    /// Splits a linked group into lines at the angle that explains it with the fewest,
    /// tightest lines. A line's glyphs follow each other closely (glyphs are linked only
    /// when that close), so a row of glyphs with wide gaps is several lines.
    private func split(_ group: [Int], size: Double, link: Int) -> [TextLine] {
        if group.count == 1 { return [makeLine(group, angle: singleGlyphAngle(group[0], size: size), size: size)] }
        var best: (cost: Double, angle: Double, clusters: [[Int]], lined: Bool)?
        for angle in Self.candidateAngles {
            let clusters = attachMinorGlyphs(clustersAcross(group, angle: angle, size: size), angle: angle, size: size)
                .flatMap { splitAlong($0, angle: angle, gap: Double(link + 1)) }
            var cost = 0.0, lined = true
            for c in clusters {
                // Equal counts are decided by how tightly the glyphs line up. Only letters
                // must line up: dots and underscores sit off the line's centre by design.
                // Three glyphs or more with at most one letter among them ("−1.0", whose thin
                // 1 counts as a mark) must all line up.
                cost += 1 + 0.01 * spreadAcross(c, angle: angle) / size
                let majors = c.filter { !isMinor($0, size: size) }
                let letters = majors.count >= 2 || (c.count < 3 && !majors.isEmpty) ? majors : c
                if spreadAcross(letters, angle: angle) > 0.3 * size {
                    cost += Double(c.count)
                    lined = false
                }
                cost += Double(diagonalGaps(c, angle: angle, size: size) + turnedBlocks(c, angle: angle, size: size))
                // (Upright lines only: a diagonal line through a turned label and a level tick
                // label may be the better start, and gives the tick label back below.)
                if angle == 90, !levelWords(in: c, angle: angle, size: size).isEmpty { cost += Double(c.count) }
            }
            if best == nil || cost < best!.cost - 1e-9 { best = (cost, angle, clusters, lined) }
        }
        guard let best else { return [] }
        // A group of text smaller than the figure's typical glyph (which tick labels of
        // touching letters, one component a label, can set) may be split at its own glyph
        // size: taken when its glyphs line up at no angle (lines of it linked across the gap
        // between them) and that makes a line of three glyphs or more at one angle and a
        // line at another. When most of them weigh as marks at the figure's size (which need
        // not line up, nor stay apart), their own lines are taken: when they line up at no
        // angle, lines of two glyphs or more each (a legend title over its first label);
        // when they do, which only its few large glyphs had to, a line of three glyphs or
        // more at another angle than the one chosen (a turned label beside such tick labels,
        // taken for a diagonal line with one of them).
        if group.count >= 3, case let own = medianSize(of: group), own < 0.85 * size {
            let mostlyMarks = group.count >= 4 && 2 * own >= size && 2 * group.filter({ !isMinor($0, size: size) }).count < group.count
            if mostlyMarks || !best.lined {
                let lines = split(group, size: own, link: Self.link(for: own))
                let angles = Set(lines.compactMap(\.angle))
                let longLines = lines.filter { $0.glyphIDs.count >= 3 }.compactMap(\.angle)
                let taken = best.lined
                    ? longLines.contains { $0 != best.angle }
                    : angles.count >= 2 && !longLines.isEmpty || mostlyMarks && lines.allSatisfy { $0.glyphIDs.count >= 2 }
                if taken { return lines }
            }
        }
        let long = best.clusters.filter { letterCount($0, size: size) >= 3 }
        let rest = best.clusters.filter { letterCount($0, size: size) < 3 }
        // A word of touching letters shows its own direction: when it runs across the
        // chosen angle and no line of three letters or more at that angle holds it (a
        // turned axis label hard against level tick labels), its line is taken out first
        // and the rest split on their own.
        if let word = wordAcross(Array(rest.joined()), angle: best.angle, size: size)
            ?? turnedWord(in: rest, angle: best.angle, size: size)
        {
            // Its line takes no glyph of a long line whose letters line up closely (within a
            // sixth of a glyph) that lies nearer a neighbour in that line than the word (a
            // turned label's letters beside a level tick label of one wide component:
            // gnuplot's "share" beside "50%"; a level label's capital under a turned tick
            // label, Vega-Lite's "H" of "Hour", goes with its word).
            let distance = { (a: Int, b: Int) in let g = glyphs[a].box.gap(to: glyphs[b].box); return max(g.x, g.y) }
            let held = Set(long.filter { c in
                spreadAcross(c.filter { !isMinor($0, size: size) }, angle: best.angle) <= size / 6
            }.flatMap { c in
                c.filter { i in (c.filter { $0 != i }.map { distance(i, $0) }.min() ?? Int.max) <= distance(i, word.index) }
            })
            let line = lineThrough(word.index, angle: word.angle, in: group.filter { !held.contains($0) }, size: size, link: link)
            let others = group.filter { !line.contains($0) }
            return [makeLine(line, angle: word.angle, size: size)] + (others.isEmpty ? [] : split(others, size: size, link: link))
        }
        // Lines at different angles can touch (a turned label hard against level tick
        // labels): the long lines stand; the glyphs left over are split on their own.
        if !long.isEmpty, rest.joined().count >= 2 {
            var long = long, left = Array(rest.joined())
            // A level label hard against turned tick labels can lend a turned label its
            // nearest glyph ("Time (h)" under "R11"): an end glyph set apart from the rest
            // of its line by more than any gap within it, that makes a line at another angle
            // with two or more of the glyphs left over, goes with them.
            for k in long.indices {
                if let end = strayEnd(of: long[k], angle: best.angle, joining: left, size: size, link: link) {
                    long[k].removeAll { $0 == end }
                    left.append(end)
                }
            }
            return long.map { makeLine($0, angle: best.angle, size: size) }
                + split(left.sorted(), size: size, link: link)
        }
        // A short cluster ("3," or "−5") says little of its direction: unless its letters
        // run clearly longer along the angle than across it, the role decides.
        func line(_ c: [Int]) -> TextLine {
            makeLine(c, angle: runsAlong(c, angle: best.angle, size: size) ? best.angle : nil, size: size)
        }
        // Letters left alone at the chosen angle may make lines at another (a turned word of
        // two components hard against a level tick label): split on their own, they stand
        // when that joins some of them.
        // (Where every cluster is one letter so counted, a level word of touching letters
        // and thin ones among them — "Ce", "l", "l" under a turned "C10" — the lone glyphs
        // are tried on their own, and the word keeps the chosen angle.)
        var singles = rest.filter { letterCount($0, size: size) == 1 }
        let wordsKept = singles.count == best.clusters.count
        if wordsKept { singles.removeAll { $0.count > 1 } }
        if singles.count >= 2, singles.count < best.clusters.count {
            let resplit = split(singles.joined().sorted(), size: size, link: link)
            if resplit.count < singles.count {
                return best.clusters.filter { !singles.contains($0) }.map {
                    wordsKept ? makeLine($0, angle: best.angle, size: size) : line($0)
                } + resplit
            }
        }
        // An upright or diagonal line that still holds a level word of touching letters (a
        // whole x label hard under a turned tick label: seaborn's "Station" under "C12"; a
        // level tick label taken into a diagonal line with a turned label: "03h" under
        // seaborn's "Row") gives it back.
        let words = best.clusters.flatMap { levelWords(in: $0, angle: best.angle, size: size) }
        if !words.isEmpty {
            return best.clusters.map { $0.filter { !words.contains($0) } }.filter { !$0.isEmpty }.map(line)
                + split(words.sorted(), size: size, link: link)
        }
        return best.clusters.map(line)
    }

    /// 1 when an upright line holds both a word turned by 45° (`isTurnedBlock`) and a level
    /// word (twice as wide as tall, at least two fifths of a glyph thick: no turned l or
    /// bar), else 0: a turned tick label of touching digits over the level axis label
    /// just below it make no upright line.
    private func turnedBlocks(_ members: [Int], angle: Double, size: Double) -> Int {
        guard members.count >= 2, angle == 90, members.contains(where: { Self.isTurnedBlock(glyphs[$0], size: size) }) else { return 0 }
        return members.contains {
            let b = glyphs[$0].box
            return b.width >= 2 * b.height && Double(b.height) >= 0.4 * size && isWord($0, along: 0)
        } ? 1 : 0
    }

    /// The glyphs of an upright or diagonal line (three glyphs or more) that are level words
    /// of touching letters: half as wide again as tall and nearly twice as wide as the line's
    /// other letters, where a turned line's glyphs are all about as wide as its text is tall
    /// (an x label's "Ce" of "Cell" set under the turned tick label "C10"); and, upright, glyphs
    /// side by side at an end of the line, level with one another and past all its other
    /// letters (seaborn's "D", "ay" of "Day" under the turned "GATA3": an upright line's
    /// letters follow one another down, never stand side by side).
    private func levelWords(in members: [Int], angle: Double, size: Double) -> [Int] {
        guard angle != 0, members.count >= 3 else { return [] }
        let letters = members.filter { !isMinor($0, size: size) }
        let wide = letters.filter { i in
            let b = glyphs[i].box
            let others = members.filter { $0 != i }.map { Double(glyphs[$0].box.width) }.sorted()
            guard others.count >= 2, b.width * 2 >= 3 * b.height else { return false }
            return Double(b.width) >= 1.8 * others[others.count / 2]
        }
        return wide.isEmpty && angle == 90 ? levelRowAtEnd(of: members, size: size) : wide
    }

    /// Glyphs of an upright line side by side at its top or bottom end: two or more, each
    /// at least 0.4 of a glyph tall (no dot beside a turned stem), overlapping the end glyph
    /// across 0.6 of their height, clear of the line's others.
    private func levelRowAtEnd(of members: [Int], size: Double) -> [Int] {
        let letters = members.filter { Double(glyphs[$0].box.height) >= 0.4 * size }
        guard letters.count >= 3 else { return [] }
        let byY = letters.sorted { glyphs[$0].box.midY < glyphs[$1].box.midY }
        for end in [byY.last!, byY.first!] {
            let e = glyphs[end].box
            let row = letters.filter { i in
                let b = glyphs[i].box
                return Double(min(b.maxY, e.maxY) - max(b.minY, e.minY)) >= 0.6 * Double(min(b.height, e.height))
            }
            let rest = letters.filter { !row.contains($0) }
            guard row.count >= 2, !rest.isEmpty else { continue }
            let top = row.map { glyphs[$0].box.minY }.min()!, bottom = row.map { glyphs[$0].box.maxY }.max()!
            if rest.allSatisfy({ glyphs[$0].box.maxY <= top }) || rest.allSatisfy({ glyphs[$0].box.minY >= bottom }) { return row }
        }
        return []
    }

    /// The glyph at either end of `line` (three letters or more) that lies further from the
    /// rest of it along `angle` than any two neighbours inside it do, and that makes a line
    /// at another angle with at least two of `others`; nil when none does.
    private func strayEnd(of line: [Int], angle: Double, joining others: [Int], size: Double, link: Int) -> Int? {
        guard letterCount(line, size: size) >= 3 else { return nil }
        let direction = ReadingDirection(degrees: angle)
        let order = line.sorted { direction.extent(glyphs[$0].box).lo < direction.extent(glyphs[$1].box).lo }
        let gaps = zip(order, order.dropFirst()).map { direction.extent(glyphs[$1].box).lo - direction.extent(glyphs[$0].box).hi }
        for (end, gap, inner) in [(order.first!, gaps.first!, gaps.dropFirst()), (order.last!, gaps.last!, gaps.dropLast())] {
            guard !isMinor(end, size: size), let widest = inner.max(), gap > widest else { continue }
            let lines = split((others + [end]).sorted(), size: size, link: link)
            if let joined = lines.first(where: { $0.glyphIDs.contains(glyphs[end].id) }),
                joined.glyphIDs.count >= 3, let a = joined.angle, a != angle
            {
                return end
            }
        }
        return nil
    }

    /// For a diagonal line of two letters alone, 1 when they are clear of each other both
    /// across and down, else 0: letters turned 45° follow each other overlapping both ways,
    /// while two level words (or a word and a number) set corner to corner only look
    /// diagonal, as do two words of touching letters running level. (In longer lines a space
    /// leaves such gaps, and between two letters an underscore.) For three letters or more,
    /// the steps between them that run straight (`straightSteps`).
    private func diagonalGaps(_ members: [Int], angle: Double, size: Double) -> Int {
        let letters = members.filter { !isMinor($0, size: size) }
        guard angle == 45 || angle == -45 else { return 0 }
        // A word of touching letters that runs level or upright (longer than one and a half
        // glyphs) is not turned 45°: a line it belongs to is no diagonal one (a turned axis
        // label's word beside a level tick label).
        if members.count >= 2, members.contains(where: {
            extent($0) >= 1.5 * size && (isWord($0, along: 0) || isWord($0, along: 90))
        }) { return 1 }
        // A narrow glyph as tall as the letters (a "1", light enough to count as a mark)
        // steps from letter to letter like one.
        let tallest = letters.map(extent).max() ?? 0
        let steppers = members.filter { !isMinor($0, size: size) || (tallest > 0 && extent($0) >= tallest) }
        if steppers.count >= 3 { return straightSteps(steppers, angle: angle) }
        guard letters.count == 2, members.count == 2 else { return 0 }
        // A word of touching letters drawn along the angle shows the line is truly diagonal.
        guard !letters.contains(where: { isWord($0, along: angle) }) else { return 0 }
        // Two words of touching letters that both run level (or both turned) are such words,
        // however their corners overlap (a legend's "ms" over its "300").
        if letters.allSatisfy({ isWord($0, along: 0) }) || letters.allSatisfy({ isWord($0, along: 90) }) { return 1 }
        let a = glyphs[letters[0]].box, b = glyphs[letters[1]].box
        return min(a.maxX, b.maxX) <= max(a.minX, b.minX) && min(a.maxY, b.maxY) <= max(a.minY, b.minY) ? 1 : 0
    }

    /// The steps from letter to letter along a diagonal line that run level or upright
    /// (one way at most 0.3 of the other), when they are half of its steps or more, else 0: letters
    /// turned 45° follow each other diagonally, while a level word ("(%)") set corner to
    /// corner with a number below it only looks diagonal as a whole.
    private func straightSteps(_ letters: [Int], angle: Double) -> Int {
        let direction = ReadingDirection(degrees: angle)
        let order = letters.sorted { direction.along(glyphs[$0].box) < direction.along(glyphs[$1].box) }
        let straight = zip(order, order.dropFirst()).filter { a, b in
            let dx = abs(glyphs[b].box.midX - glyphs[a].box.midX), dy = abs(glyphs[b].box.midY - glyphs[a].box.midY)
            return dy <= 0.3 * dx || dx <= 0.3 * dy
        }.count
        return 2 * straight >= order.count - 1 ? straight : 0
    }

    /// Whether glyph `i` is clearly elongated along `angle` (a word of touching letters).
    private func isWord(_ i: Int, along angle: Double) -> Bool {
        Self.isWord(glyphs[i], along: angle)
    }

    /// Whether a component is clearly elongated along `angle` (a word of touching letters).
    private static func isWord(_ glyph: ConnectedComponents.Component, along angle: Double) -> Bool {
        var d = abs(glyph.axis.angle - angle).truncatingRemainder(dividingBy: 180)
        if d > 90 { d = 180 - d }
        return glyph.axis.elongation >= 2 && d <= 22.5
    }

    /// The longest component of the group that is a whole word running at an angle other
    /// than `angle`, with its own angle.
    private func wordAcross(_ group: [Int], angle: Double, size: Double) -> (index: Int, angle: Double)? {
        group.compactMap { i in singleGlyphAngle(i, size: size).flatMap { $0 == angle ? nil : (i, $0) } }
            .max { max(glyphs[$0.index].box.width, glyphs[$0.index].box.height) < max(glyphs[$1.index].box.width, glyphs[$1.index].box.height) }
    }

    /// A turned word of touching letters not elongated enough to show its direction alone,
    /// in a short level cluster: a glyph at least half again as tall as wide, as thick as a
    /// glyph is tall at least (no bracket or bar), and at least 1.8 times as tall as the
    /// cluster's other letters (marks aside) by their median (matplotlib's serif "val" of a
    /// turned "value", level with the colour-bar label "1.4" beside it, whose thin 1 weighs
    /// as a mark). The tallest such, at 90°.
    private func turnedWord(in clusters: [[Int]], angle: Double, size: Double) -> (index: Int, angle: Double)? {
        guard angle == 0 else { return nil }
        let words = clusters.filter { $0.count >= 3 }.flatMap { c in
            c.filter { i in
                let b = glyphs[i].box
                let others = c.filter { $0 != i && !isMinor($0, size: size) }.map { Double(glyphs[$0].box.height) }.sorted()
                return !isMinor(i, size: size) && !others.isEmpty && b.height * 2 >= 3 * b.width
                    && Double(b.width) >= 0.6 * size && Double(b.height) >= 1.8 * others[others.count / 2]
            }
        }
        return words.max { glyphs[$0].box.height < glyphs[$1].box.height }.map { ($0, 90) }
    }

    /// The glyphs of the group on the line through glyph `start` at `angle`: centred on it
    /// across the line (within under half a glyph) and following each other along it
    /// without a gap wider than `link`.
    private func lineThrough(_ start: Int, angle: Double, in group: [Int], size: Double, link: Int) -> [Int] {
        let direction = ReadingDirection(degrees: angle)
        let centre = across(start, angle: angle)
        var members = [start]
        var extent = direction.extent(glyphs[start].box)
        var candidates = group.filter { $0 != start && abs(across($0, angle: angle) - centre) <= 0.45 * size }
        var grown = true
        while grown {
            grown = false
            for (k, i) in candidates.enumerated() {
                let e = direction.extent(glyphs[i].box)
                if e.lo - extent.hi <= Double(link), extent.lo - e.hi <= Double(link) {
                    members.append(i)
                    extent = (min(extent.lo, e.lo), max(extent.hi, e.hi))
                    candidates.remove(at: k)
                    grown = true
                    break
                }
            }
        }
        return members.sorted()
    }

    /// Whether the letters (dots and commas aside) reach at least half again as far along
    /// `angle` as across it, counting a glyph's size at each end; or, for a single
    /// component, whether it is elongated along `angle`.
    private func runsAlong(_ members: [Int], angle: Double, size: Double) -> Bool {
        let letters = members.filter { !isMinor($0, size: size) }
        if letters.count == 1, let word = letters.first {
            // Touching letters drawn as one component: its own axis tells.
            return isWord(word, along: angle)
        }
        guard letters.count >= 2 else { return false }
        let length = letters.map { along($0, angle: angle) }
        let width = letters.map { across($0, angle: angle) }
        return length.max()! - length.min()! + size >= 1.5 * (width.max()! - width.min()! + size)
    }

    /// Cuts a cluster where consecutive glyphs, projected on the reading direction, are
    /// more than `gap` pixels apart.
    private func splitAlong(_ members: [Int], angle: Double, gap: Double) -> [[Int]] {
        let direction = ReadingDirection(degrees: angle)
        func extent(_ i: Int) -> (lo: Double, hi: Double) { direction.extent(glyphs[i].box) }
        let sorted = members.sorted { extent($0).lo < extent($1).lo }
        var parts: [[Int]] = [[sorted[0]]]
        var reach = extent(sorted[0]).hi
        for i in sorted.dropFirst() {
            let e = extent(i)
            if e.lo - reach > gap { parts.append([i]) } else { parts[parts.count - 1].append(i) }
            reach = max(reach, e.hi)
        }
        return parts
    }

    /// A lone component that is a whole word (letters touching) runs along its principal
    /// axis when it is clearly elongated; a single letter leaves the angle open.
    private func singleGlyphAngle(_ i: Int, size: Double) -> Double? {
        let axis = glyphs[i].axis
        guard axis.elongation >= 2.5, Double(max(glyphs[i].box.width, glyphs[i].box.height)) >= 1.6 * size else {
            return nil
        }
        // A box twice as wide as tall is a level word, whatever its ascenders do to the
        // ink's axis ("00h" leans towards its h); twice as tall as wide, a turned one.
        let box = glyphs[i].box
        if box.width >= 2 * box.height { return 0 }
        if box.height >= 2 * box.width { return 90 }
        var a = axis.angle
        if a <= -67.5 { a += 180 }
        if a > 112.5 { a -= 180 }
        return Self.candidateAngles.min { abs($0 - a) < abs($1 - a) }
    }

    /// Dots, underscores and other small marks sit off the line's centre; a cluster made
    /// only of them joins the cluster whose glyphs they touch, but a mark as tall as a small
    /// letter ("r") wholly above or below a level line is a word of its own, not its accent,
    /// unless it is a solid bar (a tick mark over its label).
    private func attachMinorGlyphs(_ clusters: [[Int]], angle: Double, size: Double) -> [[Int]] {
        var majors = clusters.filter { !$0.allSatisfy { isMinor($0, size: size) } }
        guard !majors.isEmpty else { return clusters }
        let link = max(2, Int(size.rounded()))
        var loose: [[Int]] = []
        for minor in clusters where minor.allSatisfy({ isMinor($0, size: size) }) {
            // A lone mark as tall as a small letter, not a solid bar, beside a level line.
            let letter = angle == 0 && minor.count == 1 && Double(glyphs[minor[0]].box.height) >= 0.5 * size
                && glyphs[minor[0]].fill < 0.8 ? glyphs[minor[0]].box : nil
            var best: (index: Int, gap: Int)?
            for (k, major) in majors.enumerated() {
                if let letter, let top = major.map({ glyphs[$0].box.minY }).min(), let bottom = major.map({ glyphs[$0].box.maxY }).max(),
                    letter.maxY <= top || letter.minY >= bottom
                {
                    continue
                }
                for i in minor {
                    for j in major {
                        let g = glyphs[i].box.gap(to: glyphs[j].box)
                        let d = max(g.x, g.y)
                        if d <= link && (best == nil || d < best!.gap) { best = (k, d) }
                    }
                }
            }
            if let best { majors[best.index] += minor } else { loose.append(minor) }
        }
        return majors + loose
    }

    /// The glyphs' typical size: the median of their extents, at least 4 px.
    private func medianSize(of group: [Int]) -> Double {
        let sizes = group.map(extent).sorted()
        return max(4, sizes[sizes.count / 2])
    }

    /// A glyph's extent: the longer side of its box.
    private func extent(_ i: Int) -> Double { Double(max(glyphs[i].box.width, glyphs[i].box.height)) }

    /// How far apart glyphs of `size` may lie and still be linked.
    private static func link(for size: Double) -> Int { max(2, Int((0.45 * size).rounded())) }

    /// How many of the glyphs are letters, not marks.
    private func letterCount(_ members: [Int], size: Double) -> Int {
        members.filter { !isMinor($0, size: size) }.count
    }

    /// A dot, comma, underscore or other mark much smaller than a letter.
    private func isMinor(_ i: Int, size: Double) -> Bool { Double(glyphs[i].pixelCount) < 0.25 * size * size }

    /// Position of a glyph centre along lines running at `angle`.
    private func along(_ i: Int, angle: Double) -> Double { ReadingDirection(degrees: angle).along(glyphs[i].box) }

    /// Position of a glyph centre across lines running at `angle`.
    private func across(_ i: Int, angle: Double) -> Double { ReadingDirection(degrees: angle).across(glyphs[i].box) }

    private func spreadAcross(_ members: [Int], angle: Double) -> Double {
        let v = members.map { across($0, angle: angle) }
        let mean = v.reduce(0, +) / Double(v.count)
        return (v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(v.count)).squareRoot()
    }

    private func clustersAcross(_ group: [Int], angle: Double, size: Double) -> [[Int]] {
        let sorted = group.sorted { across($0, angle: angle) < across($1, angle: angle) }
        var clusters: [[Int]] = [[sorted[0]]]
        for i in sorted.dropFirst() {
            let previous = across(clusters[clusters.count - 1].last!, angle: angle)
            if across(i, angle: angle) - previous > 0.45 * size {
                clusters.append([i])
            } else {
                clusters[clusters.count - 1].append(i)
            }
        }
        return clusters
    }

    private func makeLine(_ members: [Int], angle: Double?, size: Double) -> TextLine {
        var box = glyphs[members[0]].box
        for i in members.dropFirst() { box = box.union(glyphs[i].box) }
        return TextLine(box: box, angle: angle, glyphIDs: members.map { glyphs[$0].id }, glyphSize: size)
    }
}
