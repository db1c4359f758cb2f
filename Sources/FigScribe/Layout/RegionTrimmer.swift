/// Shrinks a region's bounding box to the area its colours fill: drops protruding tick
/// marks, then frames (spines, outlines), plain panel margins around the data and
/// dendrograms drawn onto it.
struct RegionTrimmer {
    let image: RGBAImage
    let components: ConnectedComponents
    let memberIDs: Set<Int>

    /// The trimmed box.
    func trim(_ box: PixelRect) -> PixelRect {
        let b = trimSparseLines(box)
        // A frame's corner pixels spoil the first pass over the other sides: repeat.
        var framed = b
        var framedSides: Set<Side> = []
        for _ in 0..<3 {
            let (next, sides) = trimFrames(framed)
            framedSides.formUnion(sides)
            if next == framed { break }
            framed = next
        }
        let margined = trimPanelMargins(framed, framedSides: framedSides)
        let stroked = trimStrokes(margined)
        // The last line above cells a dendrogram touches holds the ends of its legs alone.
        return stroked == margined ? margined : trimSparseLines(stroked)
    }

    /// The shortest line across a region that is cut off for holding thin strokes alone.
    static let minStrokeTrimLength = 48

    private func isMember(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < components.width, y < components.height,
            let id = components.label(x: x, y: y) else { return false }
        return memberIDs.contains(id)
    }

    /// Removes outer rows/columns that the region covers less than half of with thin
    /// strokes only: tick marks sticking out of a frame (not the short first row of a
    /// triangular, masked grid).
    private func trimSparseLines(_ box: PixelRect) -> PixelRect {
        var b = box
        func isSparse(_ members: [Bool]) -> Bool {
            var covered = 0, run = 0, longest = 0
            for m in members {
                if m { covered += 1; run += 1; longest = max(longest, run) } else { run = 0 }
            }
            return Double(covered) < 0.5 * Double(members.count) && longest <= max(3, members.count / 100)
        }
        func row(_ y: Int) -> [Bool] { (b.minX..<b.maxX).map { isMember($0, y) } }
        func column(_ x: Int) -> [Bool] { (b.minY..<b.maxY).map { isMember(x, $0) } }
        for _ in 0..<2 {
            while b.height > 2 && isSparse(row(b.minY)) { b.minY += 1 }
            while b.height > 2 && isSparse(row(b.maxY - 1)) { b.maxY -= 1 }
            while b.width > 2 && isSparse(column(b.minX)) { b.minX += 1 }
            while b.width > 2 && isSparse(column(b.maxX - 1)) { b.maxX -= 1 }
        }
        return b
    }

    /// Removes outer rows/columns holding thin strokes alone: a dendrogram's legs and joins
    /// drawn down onto the cells, which makes them one component. Only across lines long
    /// enough to cross a grid (a colour strip's pale end shows its outline and tick marks
    /// alone), and only with strokes inside the line, not just a frame's sides at its ends.
    private func trimStrokes(_ box: PixelRect) -> PixelRect {
        var b = box
        func strokesOnly(_ members: [Bool], thin: (Int) -> Bool) -> Bool {
            guard members.count >= Self.minStrokeTrimLength, members.indices.dropFirst(3).dropLast(3).contains(where: { members[$0] })
            else { return false }
            // Where strokes join (a leg meeting a bar), a few pixels in a row have thicker ink
            // around them: runs of at most 4, together at most half the line's ink.
            var run = 0, thick = 0
            for i in members.indices {
                guard members[i], !thin(i) else { run = 0; continue }
                run += 1
                thick += 1
                if run > 4 { return false }
            }
            return 2 * thick <= members.filter { $0 }.count
        }
        func row(_ y: Int) -> Bool {
            strokesOnly((b.minX..<b.maxX).map { isMember($0, y) }) { isStroke(x: b.minX + $0, y: y) }
        }
        func column(_ x: Int) -> Bool {
            strokesOnly((b.minY..<b.maxY).map { isMember(x, $0) }) { isStroke(x: x, y: b.minY + $0) }
        }
        while b.height > 2 && row(b.minY) { b.minY += 1 }
        while b.height > 2 && row(b.maxY - 1) { b.maxY -= 1 }
        while b.width > 2 && column(b.minX) { b.minX += 1 }
        while b.width > 2 && column(b.maxX - 1) { b.maxX -= 1 }
        return b
    }

    /// Whether a member pixel lies on thin strokes (lines, their joins and corners) rather
    /// than inside or along the edge of a filled block: it lies on a run of at least five
    /// across or down, and the ink through it is at most 4 px thick one way (an anti-aliased
    /// line up to 3 px, or two 2-px bars edge to edge where a dendrogram's joins overlap) or
    /// about half or less of the 5×5 pixels around it are members (a corner; an edge of a
    /// block has three full rows of five).
    private func isStroke(x: Int, y: Int) -> Bool {
        func run(_ dx: Int, _ dy: Int) -> Int {
            var n = 0
            while n < 4, isMember(x + (n + 1) * dx, y + (n + 1) * dy) { n += 1 }
            return n
        }
        let across = (level: 1 + run(1, 0) + run(-1, 0), upright: 1 + run(0, 1) + run(0, -1))
        // A line, not speckle (the pale end of a gradient is ink only here and there).
        guard max(across.level, across.upright) >= 5 else { return false }
        // Thin one way, or sparse around (a corner).
        if min(across.level, across.upright) <= 4 { return true }
        var members = 0
        for dy in -2...2 { for dx in -2...2 where isMember(x + dx, y + dy) { members += 1 } }
        return members < 13
    }

    fileprivate enum Side: CaseIterable { case top, bottom, left, right }

    /// The dominant colour of one line of the box, if at least 90% of the line has it.
    private func uniformColour(_ side: Side, offset: Int, in b: PixelRect) -> RGBA? {
        let extent = (side == .top || side == .bottom) ? b.height : b.width
        guard offset >= 0 && offset < extent else { return nil }
        let pixels = line(side, offset: offset, in: b)
        guard !pixels.isEmpty else { return nil }
        let sorted = pixels.sorted { $0.luma < $1.luma }
        let median = sorted[sorted.count / 2]
        let close = pixels.filter { $0.channelDistance(to: median) <= 12 }.count
        return Double(close) >= 0.9 * Double(pixels.count) ? median : nil
    }

    /// The background colour of one line of a plain panel margin: a grey (or white) that
    /// covers most of the line, the rest being grid lines of one other grey (lighter or
    /// darker) and their blurred edges.
    private func panelColour(_ side: Side, offset: Int, in b: PixelRect) -> RGBA? {
        let extent = (side == .top || side == .bottom) ? b.height : b.width
        guard offset >= 0 && offset < extent else { return nil }
        let pixels = line(side, offset: offset, in: b)
        guard !pixels.isEmpty, pixels.allSatisfy({ $0.chroma <= 12 }) else { return nil }
        let sorted = pixels.sorted { $0.luma < $1.luma }
        let background = sorted[sorted.count / 2]
        let rest = pixels.filter { $0.channelDistance(to: background) > 12 }
        guard Double(rest.count) <= 0.4 * Double(pixels.count) else { return nil }
        guard !rest.isEmpty else { return background }
        // The grid lines' own grey is the one farthest from the background; blurred edges
        // lie between the two.
        let grid = rest.max { $0.channelDistance(to: background) < $1.channelDistance(to: background) }!
        let lighter = grid.luma > background.luma
        let isGridLine = { (p: RGBA) in
            (p.luma > background.luma) == lighter && p.channelDistance(to: background) <= grid.channelDistance(to: background)
        }
        return rest.allSatisfy(isGridLine) ? background : nil
    }

    /// The pixels of one line of the box, `offset` lines in from `side`.
    private func line(_ side: Side, offset: Int, in b: PixelRect) -> [RGBA] {
        let level = side == .top || side == .bottom
        return (0..<(level ? b.width : b.height)).map { pixel($0, of: side, offset: offset, in: b) }
    }

    /// Pixel `i` (from the top or left) of the line `offset` lines in from `side`.
    private func pixel(_ i: Int, of side: Side, offset: Int, in b: PixelRect) -> RGBA {
        switch side {
        case .top: return image[b.minX + i, b.minY + offset]
        case .bottom: return image[b.minX + i, b.maxY - 1 - offset]
        case .left: return image[b.minX + offset, b.minY + i]
        case .right: return image[b.maxX - 1 - offset, b.minY + i]
        }
    }

    /// An outline drawn half over the data: the outer line is the next line's colours,
    /// consistently darkened (or lightened), more steeply than the lines further in change:
    /// the end of a steep gradient (turbo's dark end) darkens as fast a line further in.
    private func isBlendedFrame(_ side: Side, in b: PixelRect) -> Bool {
        guard min(b.width, b.height) > 4 else { return false }
        let outer = line(side, offset: 0, in: b), inner = line(side, offset: 1, in: b)
        let further = line(side, offset: 2, in: b)
        let darker = zip(outer, inner).filter { $0.luma < $1.luma - 8 }.count
        let lighter = zip(outer, inner).filter { $0.luma > $1.luma + 8 }.count
        guard Double(max(darker, lighter)) >= 0.9 * Double(outer.count) else { return false }
        let sign = darker >= lighter ? -1.0 : 1.0
        let continuing = outer.indices.filter { i in
            let step = sign * (outer[i].luma - inner[i].luma), before = sign * (inner[i].luma - further[i].luma)
            return before > 0 && step <= 2 * before
        }.count
        return Double(continuing) < 0.9 * Double(outer.count)
    }

    /// The width and colour of a plain panel margin on one side: uniform grey or white
    /// lines (panel background, grid lines) up to the first line of data. Nil when none.
    /// A panel's background is one colour line after line, crossed by grid lines of
    /// another; the pale or dark end of a gradient, grey-looking too, drifts steadily one
    /// way through many shades, and is no margin.
    private func plainMargin(_ side: Side, extent: Int, in b: PixelRect) -> (width: Int, colour: RGBA)? {
        // The outermost line may carry the blurred ends of tick marks.
        var offset = panelColour(side, offset: 0, in: b) == nil && panelColour(side, offset: 1, in: b) != nil ? 1 : 0
        var colours: [RGBA] = []
        while offset < extent / 4, let colour = panelColour(side, offset: offset, in: b) {
            colours.append(colour)
            offset += 1
        }
        guard offset > 2, offset < extent / 4, !Self.isGradientEnd(colours.dropFirst()) else { return nil }
        // The background most of the inner lines show, next to the data (the outermost may
        // be a blurred border; a facet's title strip may lie beyond the panel's own margin).
        let inner = colours.suffix(max(3, colours.count / 2))
        let background = inner.sorted { $0.luma < $1.luma }[inner.count / 2]
        return (offset, background)
    }

    /// Lines whose shades only ever rise (or only fall), through at least four shades.
    private static func isGradientEnd(_ colours: ArraySlice<RGBA>) -> Bool {
        let shades = colours.map { Int($0.luma.rounded()) }
        let steps = zip(shades, shades.dropFirst()).map { $1 - $0 }
        let oneWay = steps.allSatisfy { $0 >= 0 } || steps.allSatisfy { $0 <= 0 }
        return oneWay && Set(shades).count >= 4
    }

    /// Removes outer runs of one or two uniform lines: thin frames of any colour (spines,
    /// outlines, an outline blended over the data). Returns the sides that had one.
    private func trimFrames(_ box: PixelRect) -> (PixelRect, Set<Side>) {
        var b = box
        var sides: Set<Side> = []
        for side in Side.allCases {
            let extent = (side == .top || side == .bottom) ? b.height : b.width
            var offset = 0
            while offset < extent / 4 {
                guard let colour = uniformColour(side, offset: offset, in: b) else { break }
                var run = 1
                while offset + run < extent / 4,
                    let next = uniformColour(side, offset: offset + run, in: b),
                    next.channelDistance(to: colour) <= 12
                {
                    run += 1
                }
                guard run <= 2 else { break }
                // Half a gap between tiles recurs as whole gaps further in: no frame.
                if isGapColour(colour, side, from: offset + run + 1, in: b) { break }
                // A frame breaks off from what it surrounds; the end of a steep gradient
                // changes as fast beyond the run as within it.
                if let inner = uniformColour(side, offset: offset + run, in: b),
                    let next = uniformColour(side, offset: offset + run + 1, in: b),
                    colour.channelDistance(to: inner) <= 3 * inner.channelDistance(to: next)
                {
                    break
                }
                offset += run
            }
            if offset == 0 && isBlendedFrame(side, in: b) { offset = 1 }
            if offset > 0 { sides.insert(side) }
            b = b.inset(side, by: offset)
        }
        return (b, sides)
    }

    /// Whether, from `offset` in, the box holds a tile (six or more lines across it not of
    /// `colour`, nor of any one colour) and then a gap: `TileLattice.minimumGap` gap lines
    /// of `colour` in a row (`TileLattice.isGapLine`), within a tile's size: tiles drawn
    /// apart on a panel of that colour. The end of a gradient fades from its frame's colour, with no tile
    /// between.
    private func isGapColour(_ colour: RGBA, _ side: Side, from offset: Int, in b: PixelRect) -> Bool {
        let level = side == .top || side == .bottom
        let extent = level ? b.height : b.width, count = level ? b.width : b.height
        guard count >= 8 else { return false }
        let end = min(extent / 2, offset + SolidRegion.largestTile + TileLattice.minimumGap)
        var tile = 0, run = 0
        for o in offset..<max(offset, end) {
            let at = { (i: Int) in pixel(i, of: side, offset: o, in: b) }
            guard TileLattice.isGapLine(of: colour, length: count, pixel: at) else {
                // A line across tiles shows several colours; a gradient's line, one (seven
                // of eight points along it within 12 of the first).
                let first = at(count / 16)
                let oneColour = (1..<8).filter { at((2 * $0 + 1) * count / 16).channelDistance(to: first) <= 12 }.count >= 6
                if run > 0 || (tile < 6 && oneColour) { return false }
                tile += 1
                continue
            }
            guard tile >= 6 else { return false }
            run += 1
            if run >= TileLattice.minimumGap { return true }
        }
        return false
    }

    /// Removes plain (grey or white) panel margins. They must surround the data on every
    /// side, or lie exactly on the two sides that had a frame (axis lines, as ggplot2's
    /// theme_classic draws them); one uniform edge alone is data (a row of masked cells, a
    /// stepped strip's dark end band whose antialiased edge passed for a frame).
    private func trimPanelMargins(_ box: PixelRect, framedSides: Set<Side>) -> PixelRect {
        var b = box
        var colours: [Side: RGBA] = [:]
        for side in Side.allCases {
            // Each margin is judged against the whole panel, not what the others left.
            let extent = (side == .top || side == .bottom) ? box.height : box.width
            guard let margin = plainMargin(side, extent: extent, in: b) else { continue }
            colours[side] = margin.colour
            b = b.inset(side, by: margin.width)
        }
        let values = Array(colours.values)
        let sameColour = values.allSatisfy { a in values.allSatisfy { $0.channelDistance(to: a) <= 12 } }
        let everySide = colours.count == Side.allCases.count
        let framedOnly = framedSides.count == 2 && Set(colours.keys) == framedSides
        return sameColour && (everySide || framedOnly) ? b : box
    }
}

private extension PixelRect {
    /// The rectangle with `amount` pixels taken off one side.
    func inset(_ side: RegionTrimmer.Side, by amount: Int) -> PixelRect {
        var r = self
        switch side {
        case .top: r.minY += amount
        case .bottom: r.maxY -= amount
        case .left: r.minX += amount
        case .right: r.maxX -= amount
        }
        return r
    }
}
