/// Gives each text line its role from where it sits relative to the grid and the strip.
///
/// Lines beyond the strip's outer edge belong to the colour scale; the rest are sorted to
/// the grid's sides. On each side, lines form bands by distance from the grid: the nearest
/// band of several lines holds tick labels, farther bands the axis label (or the title).
struct RoleAssigner {
    let gridBox: PixelRect
    let strip: ColourStrip?
    let imageWidth: Int
    /// The grid's columns, when known: above the grid, a band of lines centred on them is
    /// the x tick labels even when a heading sits between it and the grid.
    var columns: CellLattice? = nil

    private enum Side { case top, bottom, left, right }

    func assign(_ lines: [TextLine]) -> [FigureLayout.RoledLine] {
        var roles = [TextRole](repeating: .other, count: lines.count)
        var remaining = Array(lines.indices)
        if let strip {
            let (ticks, labels, others) = stripLines(lines, strip: strip)
            for i in ticks { roles[i] = .colorbarTick }
            for i in labels { roles[i] = .colorbarLabel }
            remaining.removeAll { ticks.contains($0) || labels.contains($0) || others.contains($0) }
        }
        var sides: [Side: [Int]] = [:]
        for i in remaining {
            if let side = side(of: lines[i]) { sides[side, default: []].append(i) }
        }
        for (side, members) in sides {
            let spans = members.map { (index: $0, span: span(lines[$0], outward: side)) }
            let bands = settingApartCrossLines(self.bands(spans), spans: spans, lines)
            guard let first = bands.first else { continue }
            let tickRole: TextRole = (side == .top || side == .bottom) ? .xTick : .yTick
            let labelRole: TextRole = side == .top ? .title : ((side == .bottom) ? .xLabel : .yLabel)
            let firstIsTicks: Bool
            if side == .top {
                // Above the grid, one band of words on one baseline is a title, not ticks.
                firstIsTicks = first.count >= 2 && !isOneRowOfWords(first.map { lines[$0] })
            } else {
                firstIsTicks = first.count >= 2 || bands.count >= 2 || !isCentredLabel(lines[first[0]], side: side)
            }
            // Above the grid: tick labels, then the x axis's label, then the title, which may
            // run over several lines set close together.
            var titleStart = bands.count - 1
            if side == .top {
                while titleStart > 1 && isCloseAbove(bands[titleStart], bands[titleStart - 1], lines) { titleStart -= 1 }
                // Tick labels set above a heading (lattice's strips): the heading and what
                // lies beyond are titles.
                if !firstIsTicks, let columns,
                    let ticks = bands.dropFirst().firstIndex(where: { ColumnLabels.areTicks($0.map { lines[$0] }, of: columns) })
                {
                    for (n, band) in bands.enumerated() {
                        for i in band { roles[i] = n == ticks ? .xTick : .title }
                    }
                    continue
                }
            }
            for (n, band) in bands.enumerated() {
                var role = (n == 0 && firstIsTicks) ? tickRole : labelRole
                if side == .top && firstIsTicks && n > 0 && n < titleStart { role = .xLabel }
                for i in band { roles[i] = role }
            }
        }
        return lines.indices.map { i in
            var line = lines[i]
            if roles[i] == .colorbarLabel, line.angle == nil, let strip { line.angle = legendLabelAngle(line, strip: strip) }
            return FigureLayout.RoledLine(line: line, role: roles[i])
        }
    }

    /// The direction of a legend label too short to show its own (one glyph): turned beside
    /// a vertical strip, level above or below a strip (a heading).
    private func legendLabelAngle(_ line: TextLine, strip: ColourStrip) -> Double {
        let s = strip.box, b = line.box
        let beside = b.midY > Double(s.minY) && b.midY < Double(s.maxY) && (b.minX >= s.maxX || b.maxX <= s.minX)
        return strip.orientation == .vertical && beside ? 90 : 0
    }

    /// Whether the `upper` band sits less than half a line above the `lower` one: lines
    /// of one text block.
    private func isCloseAbove(_ upper: [Int], _ lower: [Int], _ lines: [TextLine]) -> Bool {
        let bottom = upper.map { lines[$0].box.maxY }.max() ?? 0
        let top = lower.map { lines[$0].box.minY }.min() ?? 0
        let height = lower.map { lines[$0].box.height }.max() ?? 0
        return Double(top - bottom) < 0.5 * Double(height)
    }

    /// Horizontal lines on one baseline with word-sized spaces between them: spaces for
    /// the figure's typical glyph, or for the lines' own size when they are set in a much
    /// larger font (a title), up to twice the typical glyph. The taller word gives the
    /// size: a word of small letters alone ("z-score") is no taller than its x-height.
    private func isOneRowOfWords(_ row: [TextLine]) -> Bool {
        let sorted = row.sorted { $0.box.minX < $1.box.minX }
        guard sorted.allSatisfy({ ($0.angle ?? 0) == 0 }) else { return false }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let gap = b.box.minX - a.box.maxX
            let overlap = min(a.box.maxY, b.box.maxY) - max(a.box.minY, b.box.minY)
            let height = Double(max(a.box.height, b.box.height))
            let size = height >= 1.5 * a.glyphSize ? min(2 * a.glyphSize, height) : a.glyphSize
            if Double(gap) > 1.5 * size || Double(overlap) < 0.5 * Double(min(a.box.height, b.box.height)) {
                return false
            }
        }
        return true
    }

    /// `roled` with a title set among the tick labels above the grid (matplotlib's matshow,
    /// its ticks on top) given its role: the one line of them that stands between two of
    /// `columns` while each other stands on one, centred over the grid (`isCentredLabel`)
    /// and a quarter taller than the labels.
    func titleAmongTopTicks(_ roled: [FigureLayout.RoledLine], columns: CellLattice) -> [FigureLayout.RoledLine] {
        let top = roled.indices.filter { roled[$0].role == .xTick && roled[$0].line.box.maxY <= gridBox.minY }
        guard top.count >= 3, columns.step > 0, !roled.contains(where: { $0.role == .title }) else { return roled }
        let offColumn = top.filter { i in
            let place = columns.place(of: roled[i].line.box.midX)
            return abs(place - place.rounded()) > 0.25
        }
        guard offColumn.count == 1, let title = offColumn.first, isCentredLabel(roled[title].line, side: .top) else { return roled }
        let heights = top.filter { $0 != title }.map { roled[$0].line.box.height }.sorted()
        guard 4 * roled[title].line.box.height >= 5 * heights[heights.count / 2] else { return roled }
        var result = roled
        result[title].role = .title
        return result
    }

    /// A lone line that runs along its side of the grid and sits at its middle: an axis label.
    private func isCentredLabel(_ line: TextLine, side: Side) -> Bool {
        switch side {
        case .bottom, .top:
            return abs(line.box.midX - gridBox.midX) < 0.1 * Double(gridBox.width) && (line.angle ?? 0) == 0
        case .left, .right:
            return abs(line.box.midY - gridBox.midY) < 0.1 * Double(gridBox.height) && line.angle == 90
        }
    }

    private func side(of line: TextLine) -> Side? {
        let b = line.box, g = gridBox
        let slack = line.glyphSize
        // A line may reach a little into the grid's box: 2 px, or a third of a glyph (the
        // box trimmed a pixel or two wide of cells set hard against their labels).
        let reach = max(2, Int(slack / 3))
        // A line wholly above or below the grid that also lies beside it (a tick label centred
        // on the first or last column's outer edge, reaching past it) belongs to the side it
        // stands farther out from.
        let vertical: (side: Side, distance: Int)? = b.maxY <= g.minY + reach ? (.top, g.minY - b.maxY)
            : b.minY >= g.maxY - reach ? (.bottom, b.minY - g.maxY) : nil
        if b.maxX <= g.minX + reach && b.midY >= Double(g.minY) - slack && b.midY <= Double(g.maxY) + slack {
            if let vertical, vertical.distance > g.minX - b.maxX { return vertical.side }
            return .left
        }
        if b.minX >= g.maxX - reach && b.midY >= Double(g.minY) - slack && b.midY <= Double(g.maxY) + slack {
            if let vertical, vertical.distance > b.minX - g.maxX { return vertical.side }
            return .right
        }
        if b.maxY <= g.minY + reach { return .top }
        if b.minY >= g.maxY - reach { return .bottom }
        return nil
    }

    /// The line's extent measured outward from the edge of `edgeBox` (the grid by default)
    /// on `side`.
    private func span(_ line: TextLine, outward side: Side, from edgeBox: PixelRect? = nil) -> (near: Int, far: Int) {
        let b = line.box, g = edgeBox ?? gridBox
        switch side {
        case .top: return (g.minY - b.maxY, g.minY - b.minY)
        case .bottom: return (b.minY - g.maxY, b.maxY - g.maxY)
        case .left: return (g.minX - b.maxX, g.minX - b.minX)
        case .right: return (b.minX - g.maxX, b.maxX - g.maxX)
        }
    }

    /// Groups lines into bands that do not overlap in distance from the edge, nearest first.
    private func bands(_ items: [(index: Int, span: (near: Int, far: Int))]) -> [[Int]] {
        let sorted = items.sorted { $0.span.near < $1.span.near }
        var bands: [[Int]] = []
        var far = Int.min
        for item in sorted {
            if bands.isEmpty || item.span.near >= far {
                bands.append([item.index])
                far = item.span.far
            } else {
                bands[bands.count - 1].append(item.index)
                far = max(far, item.span.far)
            }
        }
        return bands
    }

    /// The bands, with a line of the first band set across all its others (a level axis
    /// label beyond turned tick labels of unlike lengths, the longest reaching past it) made
    /// a band of its own after it: the others, two or more, share one direction, and the line
    /// starts beyond where every other starts by more than a glyph.
    private func settingApartCrossLines(
        _ bands: [[Int]], spans: [(index: Int, span: (near: Int, far: Int))], _ lines: [TextLine]
    ) -> [[Int]] {
        guard let first = bands.first, first.count >= 3 else { return bands }
        let near = Dictionary(uniqueKeysWithValues: spans.map { ($0.index, $0.span.near) })
        for i in first {
            let others = first.filter { $0 != i }
            guard let angle = lines[i].angle, let common = lines[others[0]].angle, angle != common,
                others.allSatisfy({ lines[$0].angle == common }),
                let start = others.compactMap({ near[$0] }).max(), let own = near[i],
                Double(own - start) > lines[i].glyphSize
            else { continue }
            return [others, [i]] + bands.dropFirst()
        }
        return bands
    }

    /// Lines on the strip's outer side: the nearest band is its tick labels, the rest its
    /// label, but level lines beyond a vertical strip's tick labels, which are none of the
    /// figure's (another legend's entries).
    private func stripLines(_ lines: [TextLine], strip: ColourStrip) -> (ticks: [Int], labels: [Int], others: [Int]) {
        let s = strip.box
        let side: Side
        if strip.orientation == .vertical {
            side = s.midX >= gridBox.midX ? .right : .left
        } else {
            side = s.midY >= gridBox.midY ? .bottom : .top
        }
        var items: [(index: Int, span: (near: Int, far: Int))] = []
        for (i, line) in lines.enumerated() {
            // Along the strip: centred near it and reaching over it (a heading set just
            // before a horizontal strip reaches its end, not over it); beside a vertical
            // strip, reaching to within a pixel of it (a label centred on the end tick below
            // a strip drawn to its upper edge).
            let b = line.box, slack = 2 * line.glyphSize
            let reach = Double(b.height) / 2 + 1
            let along = strip.orientation == .vertical
                ? b.midY >= Double(s.minY) - slack && b.midY <= Double(s.maxY) + slack
                    && b.midY >= Double(s.minY) - reach && b.midY <= Double(s.maxY) + reach
                : b.midX >= Double(s.minX) - slack && b.midX <= Double(s.maxX) + slack && b.maxX > s.minX && b.minX < s.maxX
            let extent = span(line, outward: side, from: s)
            if along && extent.near >= -2 { items.append((i, extent)) }
        }
        for i in continuedLabels(lines, of: items.map(\.index), strip: strip) {
            items.append((i, span(lines[i], outward: side, from: s)))
        }
        let bands = self.bands(items)
        // Above a strip at the top, a title whose words were found as lines of their own.
        let title = side == .top ? bands.first.flatMap { isTitleRow($0, lines) ? $0 : nil } ?? [] : []
        if (bands.first?.count ?? 0) < 2 || !title.isEmpty, let inner = innerTickLabels(lines, strip: strip, outward: side) {
            // Tick labels between the strip and the grid (legends above or left of the grid):
            // what lies outside the strip, or beyond those labels, is its title, except a
            // figure title set above a strip at the top.
            let outside = items.map(\.index).filter {
                !title.contains($0) && !isFigureTitle(lines[$0], in: lines, aboveStrip: side == .top)
            }
            let taken = Set(inner.ticks + inner.labels + items.map(\.index))
            return (inner.ticks, inner.labels + outside + stripHeading(lines, strip: strip, excluding: taken), [])
        }
        let heading = stripHeading(lines, strip: strip, excluding: Set(items.map(\.index)))
        guard let first = bands.first else { return ([], heading, []) }
        let loneLabel = first.count == 1 && bands.count == 1
            && (strip.orientation == .vertical ? lines[first[0]].angle == 90 : (lines[first[0]].angle ?? 0) == 0)
            && lines[first[0]].box.width > 0
            && (strip.orientation == .vertical
                ? abs(lines[first[0]].box.midY - s.midY) < 0.1 * Double(s.height)
                : abs(lines[first[0]].box.midX - s.midX) < 0.1 * Double(s.width))
        if loneLabel { return ([], first + heading, []) }
        // Beside a vertical strip, a turned line among level tick labels is the label set
        // hard against them: a turned word, several glyphs stacked into a turned line, or
        // one turned letter.
        let turned = strip.orientation == .vertical
            ? first.filter { isTurnedWord(lines[$0]) || isTurnedLetter($0, among: first, lines) } : []
        let ticks = first.filter { !turned.contains($0) }
        // Beyond a vertical strip's tick labels, level lines of several glyphs are not its
        // label (that is turned along it, or set above as a heading): another legend's.
        let beyond = bands.dropFirst().flatMap { $0 }
        let foreign = beyond.filter { strip.orientation == .vertical && lines[$0].angle == 0 }
        var label = beyond.filter { !foreign.contains($0) }
        // Above a strip at the top, beyond its label: the figure's title.
        if side == .top, label.count >= 2 {
            label.removeAll { isFigureTitle(lines[$0], in: lines, aboveStrip: true) }
        }
        // A key under the grid labelled beyond its tick labels (lattice's colorkey) has no
        // heading as well: a line centred on the grid between them is the x axis's label.
        let keyHeading = side == .bottom && !label.isEmpty
            ? heading.filter { abs(lines[$0].box.midX - gridBox.midX) >= 0.1 * Double(gridBox.width) } : heading
        if turned.count < ticks.count {
            return (ticks, turned + label + keyHeading, foreign)
        }
        return (first, label + keyHeading, foreign)
    }

    /// Level lines that continue the row or column of a strip's labels past one of its ends,
    /// in line with them and no farther from the last than the widest spacing between them:
    /// the labels of bands drawn in the page's colour, which leave no strip to see (a
    /// legend's white end on a white page).
    private func continuedLabels(_ lines: [TextLine], of labels: [Int], strip: ColourStrip) -> [Int] {
        let level = labels.filter { (lines[$0].angle ?? 0) == 0 }
        guard level.count >= 2 else { return [] }
        let vertical = strip.orientation == .vertical
        let along = { (b: PixelRect) in vertical ? b.midY : b.midX }
        let boxes = level.map { lines[$0].box }.sorted { along($0) < along($1) }
        let widest = zip(boxes, boxes.dropFirst()).map { along($1) - along($0) }.max() ?? 0
        let heights = boxes.map(\.height).sorted()
        let height = heights[heights.count / 2]
        func median(_ v: [Int]) -> Int { v.sorted()[v.count / 2] }
        let (left, right, middle) = (median(boxes.map(\.minX)), median(boxes.map(\.maxX)), median(boxes.map { ($0.minY + $0.maxY) / 2 }))
        let s = strip.box, (first, last) = (along(boxes[0]), along(boxes[boxes.count - 1]))
        func inLine(_ b: PixelRect) -> Bool {
            // Beside the strip like the labels, not reaching over it (a legend's title).
            let clear = vertical ? b.minX >= s.maxX || b.maxX <= s.minX : b.minY >= s.maxY || b.maxY <= s.minY
            guard clear, abs(b.height - height) <= 2 else { return false }
            return vertical ? abs(b.minX - left) <= 2 || abs(b.maxX - right) <= 2 : abs((b.minY + b.maxY) / 2 - middle) <= 2
        }
        let (start, end) = vertical ? (Double(s.minY), Double(s.maxY)) : (Double(s.minX), Double(s.maxX))
        return lines.indices.filter { i in
            guard !labels.contains(i), (lines[i].angle ?? 0) == 0, inLine(lines[i].box) else { return false }
            let p = along(lines[i].box)
            return (p > end && p > last && p - last <= 1.25 * widest) || (p < start && p < first && first - p <= 1.25 * widest)
        }
    }

    /// A line read bottom to top that is longer than it is high: a tall box, or glyphs the
    /// grouper stacked into a turned line.
    private func isTurnedWord(_ line: TextLine) -> Bool {
        let b = line.box
        return line.angle == 90 && (b.height >= 2 * b.width || (line.glyphIDs.count >= 2 && b.height > b.width))
    }

    /// A lone glyph in a band of tick labels beside a vertical strip, starting and ending
    /// where none of them does (they are set flush on one side), that is wider than tall
    /// (digits are taller) or centred on the strip's length and reaching past all of them:
    /// a one-letter label turned along the strip (gnuplot's "h", a "%").
    private func isTurnedLetter(_ i: Int, among band: [Int], _ lines: [TextLine]) -> Bool {
        let b = lines[i].box
        let others = band.filter { $0 != i }.map { lines[$0].box }
        guard lines[i].glyphIDs.count == 1, others.count >= 2,
            !others.contains(where: { abs($0.minX - b.minX) <= 2 || abs($0.maxX - b.maxX) <= 2 })
        else { return false }
        guard b.width <= b.height else { return true }
        guard let strip, abs(b.midY - strip.box.midY) < 0.05 * Double(strip.box.height) else { return false }
        return strip.box.midX >= gridBox.midX
            ? others.allSatisfy { b.maxX > $0.maxX + 2 } : others.allSatisfy { b.minX < $0.minX - 2 }
    }

    /// Whether a band of two or more lines is one row of words, the topmost text of the
    /// figure, centred over the grid: a title found as several lines.
    private func isTitleRow(_ band: [Int], _ lines: [TextLine]) -> Bool {
        guard band.count >= 2, isOneRowOfWords(band.map { lines[$0] }) else { return false }
        return isTopmostCentred(band.dropFirst().reduce(lines[band[0]].box) { $0.union(lines[$1].box) }, in: lines)
    }

    /// The topmost line of the figure, centred over the grid, above a strip at the top.
    private func isFigureTitle(_ line: TextLine, in lines: [TextLine], aboveStrip: Bool) -> Bool {
        aboveStrip && isTopmostCentred(line.box, in: lines)
    }

    /// Whether `box` is centred over the grid with no line above it.
    private func isTopmostCentred(_ box: PixelRect, in lines: [TextLine]) -> Bool {
        Self.isTopmostCentred(box, over: gridBox, among: lines.map(\.box))
    }

    /// Whether `box` is centred over `grid` (within a tenth of its width) with none of
    /// `lines` above it: where a figure's title stands.
    static func isTopmostCentred(_ box: PixelRect, over grid: PixelRect, among lines: [PixelRect]) -> Bool {
        abs(box.midX - grid.midX) < 0.1 * Double(grid.width) && !lines.contains { $0.maxY <= box.minY }
    }

    /// Whether at least two bands of lines (x tick labels and x label) lie between the grid
    /// and line `i`, with a wider gap above the line than below it to the strip.
    private func isBelowAxisText(_ i: Int, _ lines: [TextLine], stripTop: Int) -> Bool {
        let b = lines[i].box
        let between = lines.indices.filter { j in
            let o = lines[j].box
            return j != i && o.minY >= gridBox.maxY - 2 && o.maxY <= b.minY
                && o.maxX > gridBox.minX && o.minX < gridBox.maxX
        }
        let found = bands(between.map { (index: $0, span: span(lines[$0], outward: .bottom)) })
        guard found.count >= 2, let nearest = between.map({ lines[$0].box.maxY }).max() else { return false }
        return b.minY - nearest > stripTop - b.maxY
    }

    /// The nearest band of lines on the strip's inner side, between it and the grid and
    /// along it, when it holds two or more lines (the tick labels), and the bands beyond
    /// it (a label); nil otherwise.
    private func innerTickLabels(_ lines: [TextLine], strip: ColourStrip, outward side: Side) -> (ticks: [Int], labels: [Int])? {
        let s = strip.box, g = gridBox
        let inner: Side = switch side { case .top: .bottom; case .bottom: .top; case .left: .right; case .right: .left }
        var items: [(index: Int, span: (near: Int, far: Int))] = []
        for (i, line) in lines.enumerated() {
            let b = line.box
            let between = switch inner {
            case .bottom: b.minY >= s.maxY - 2 && b.maxY <= g.minY + 2
            case .top: b.maxY <= s.minY + 2 && b.minY >= g.maxY - 2
            case .right: b.minX >= s.maxX - 2 && b.maxX <= g.minX + 2
            case .left: b.maxX <= s.minX + 2 && b.minX >= g.maxX - 2
            }
            let along = strip.orientation == .vertical
                ? b.midY >= Double(s.minY) - line.glyphSize && b.midY <= Double(s.maxY) + line.glyphSize
                : b.midX >= Double(s.minX) - line.glyphSize && b.midX <= Double(s.maxX) + line.glyphSize
            if between && along { items.append((i, span(line, outward: inner, from: s))) }
        }
        let found = bands(items)
        guard let first = found.first, first.count >= 2 else { return nil }
        // Beyond the tick labels, only a line hugging them is the strip's, and not one with
        // a row of the grid's own tick labels beyond it (that is the axis's label; one row of
        // words, a title, is not such a row) or one of a column of them, which may reach past
        // the strip's ends, beyond it or including it; a line wholly beside the grid (not over
        // or under it, for a strip above or below it) is no label of the grid's.
        let spans = Dictionary(uniqueKeysWithValues: items.map { ($0.index, $0.span) })
        let ticksFar = first.compactMap { spans[$0]?.far }.max() ?? 0
        let gridNear = switch inner {
        case .right: g.minX - s.maxX
        case .left: s.minX - g.maxX
        case .bottom: g.minY - s.maxY
        case .top: s.minY - g.maxY
        }
        let beyond = found.dropFirst().flatMap { $0 }
        let labels = beyond.filter { i in
            guard let own = spans[i] else { return false }
            let farther = beyond.filter { j in j != i && (spans[j]?.near ?? 0) > own.far }
            let level = inner == .top || inner == .bottom
            let tickRowBeyond = farther.count >= 2 && !isOneRowOfWords(farther.map { lines[$0] })
                || !level && farther.contains { isInTickColumn($0, lines, strip: s) }
            let b = lines[i].box
            let besideGrid = level ? b.maxX <= g.minX || b.minX >= g.maxX : b.maxY <= g.minY || b.minY >= g.maxY
            let gridTick = !level && isInTickColumn(i, lines, strip: s)
            return !tickRowBeyond && !gridTick && (besideGrid || own.near - ticksFar < gridNear - own.far)
        }
        return (first, labels)
    }

    /// Whether line `i` sits between the grid and the strip beside the grid's rows, in a
    /// column of two or more other lines there that start or end where it does (to two
    /// pixels): one of the y tick labels, not a heading over the strip.
    private func isInTickColumn(_ i: Int, _ lines: [TextLine], strip s: PixelRect) -> Bool {
        let rows = Double(gridBox.minY)...Double(gridBox.maxY)
        let between = { (o: PixelRect) in
            rows.contains(o.midY) && (s.minX >= gridBox.maxX ? o.maxX <= s.minX : o.minX >= s.maxX)
        }
        let b = lines[i].box
        guard between(b) else { return false }
        return lines.indices.filter { j in
            let o = lines[j].box
            return j != i && between(o) && (abs(o.minX - b.minX) <= 2 || abs(o.maxX - b.maxX) <= 2)
        }.count >= 2
    }

    /// A legend title set at the strip's head: just above a vertical strip (clear of the
    /// grid), just before a horizontal one, or alone just above a horizontal one below the
    /// grid where it cannot be the x label: off the grid's centre line (Vega-Lite's legend
    /// title), or below both the x tick labels and the x label and nearer the strip than
    /// them (Plotly's and base R's).
    private func stripHeading(_ lines: [TextLine], strip: ColourStrip, excluding taken: Set<Int>) -> [Int] {
        let s = strip.box
        if strip.orientation == .horizontal && s.minY >= gridBox.maxY {
            let above = lines.indices.filter { i in
                let b = lines[i].box, size = Int(lines[i].glyphSize)
                return !taken.contains(i) && b.minY >= gridBox.maxY && b.maxY <= s.minY + 2 && s.minY - b.maxY <= 2 * size
                    && b.minX >= s.minX - size && b.maxX <= s.maxX + size
            }
            if above.count == 1 {
                let b = lines[above[0]].box
                let centredOnGrid = abs(b.midX - gridBox.midX) < 0.1 * Double(gridBox.width)
                let close = Double(s.minY - b.maxY) <= lines[above[0]].glyphSize
                // Set hard on the strip, with three times that space above it to the text or grid.
                let textAbove = lines.indices.filter { $0 != above[0] && lines[$0].box.maxY <= b.minY && lines[$0].box.minY >= gridBox.maxY }
                    .map { lines[$0].box.maxY }.max() ?? gridBox.maxY
                let hugsStrip = b.minY - textAbove >= 3 * max(1, s.minY - b.maxY)
                // Centred on a strip set off the grid's centre, not on the grid (a key drawn
                // as a row of its own under a base R `image()`).
                let centredOnStripAlone = abs(b.midX - s.midX) <= 0.02 * Double(s.width)
                    && abs(b.midX - gridBox.midX) >= 0.05 * Double(gridBox.width)
                if (close && (!centredOnGrid || hugsStrip)) || (hugsStrip && centredOnStripAlone)
                    || isBelowAxisText(above[0], lines, stripTop: s.minY)
                {
                    return above
                }
            }
        }
        return lines.indices.filter { i in
            guard !taken.contains(i) else { return false }
            let b = lines[i].box, reach = Int(4 * lines[i].glyphSize)
            if strip.orientation == .vertical {
                let clearOfGrid = s.minX > gridBox.maxX ? b.minX >= gridBox.maxX : b.maxX <= gridBox.minX
                return clearOfGrid && b.maxY <= s.minY + 2 && s.minY - b.maxY <= reach
                    && b.maxX > s.minX - reach && b.minX < s.maxX + reach && !isInTickColumn(i, lines, strip: s)
            }
            let half = 0.5 * lines[i].glyphSize
            return b.maxX <= s.minX + 2 && s.minX - b.maxX <= reach
                && b.midY >= Double(s.minY) - half && b.midY <= Double(s.maxY) + half
        }
    }
}
