/// Lays out a figure of several heatmap panels (subplots, facets, lattice panels): every
/// grid that is a lattice of flat cells, each with its own text and colour strip, or one
/// colour strip shared by all.
struct PanelLayoutAnalyzer {
    /// A panel grid must hold at least this share of the largest grid's ink.
    static let minGridShare = 0.1
    /// Solid blocks farther apart than this are separate grids (pheatmap's gaps between
    /// clusters are narrower; gaps between panels wider).
    static let maxCellGap = 4
    /// Another chart (line, bars, dendrogram) counts when its block is at least this
    /// share of the largest grid's area.
    static let minOtherChartShare = 0.15

    /// The panels in reading order, or nil when the figure holds fewer than two grids and
    /// no other chart beside its grid.
    func analyze(_ ink: FigureInk) throws(LayoutError) -> PanelLayouts? {
        // Headings set in filled boxes (facet and lattice strips) become plain text.
        let regions = SolidRegion.find(in: ink.components, image: ink.image, maxLinkGap: Self.maxCellGap)
        let large = regions.filter { Double($0.pixelCount) >= Self.minGridShare * Double(regions.first?.pixelCount ?? 0) }
            .flatMap { ink.measurements.pieces(of: ink.trimmedBox(of: $0)) }
        var figure = ink
        if let unboxed = LabelBoxes.erased(in: ink.image, above: large, background: ink.background) {
            figure = try FigureInk(flattened: unboxed)
        }
        guard let found = Self.findGrids(figure), !found.grids.isEmpty else { return nil }
        let grids = found.grids
        var excluded = Set<Int>()
        for g in grids { excluded.formUnion(g.region.componentIDs) }
        for s in found.strips { excluded.formUnion(s.region.componentIDs) }
        let gridBoxes = grids.map(\.box)
        let largestGrid = gridBoxes.map(\.area).max() ?? 0
        let others = OtherCharts.blocks(in: figure, excluding: excluded, avoid: gridBoxes + found.strips.map(\.strip.box))
            .filter { Double($0.area) >= Self.minOtherChartShare * Double(largestGrid) }
        guard grids.count >= 2 || !others.isEmpty else { return nil }
        // A panel's own colour strip is part of its block of the page.
        var blocks = grids.map(\.box)
        if found.strips.count >= 2 || grids.count == 1 {
            for s in found.strips {
                let nearest = blocks.indices.min { Self.distance(s.strip.box, grids[$0].box) < Self.distance(s.strip.box, grids[$1].box) }!
                if Self.runsAlong(s.strip, grids[nearest].box) { blocks[nearest] = blocks[nearest].union(s.strip.box) }
            }
        }
        let arrangement = PanelArrangement(
            grids: blocks + others, heatmaps: blocks.count, width: figure.image.width, height: figure.image.height,
            isInk: { figure.components.label(x: $0, y: $1) != nil })
        let lines = LayoutAnalyzer.textLines(
            of: figure, excluding: excluded,
            blocks: gridBoxes + found.strips.map(\.strip.box), grids: gridBoxes, strips: found.strips.map(\.strip))
        let all = gridBoxes.dropFirst().reduce(gridBoxes[0]) { $0.union($1) }

        // A colour strip in a panel's cell is its own; a strip alone with several panels
        // is shared by all of them.
        var strips = [ColourStrip?](repeating: nil, count: grids.count)
        var shared: ColourStrip?
        var taken = Set<Int>()
        if found.strips.count == 1 {
            let strip = found.strips[0].strip
            shared = strip
            // Its lines, other charts' lines apart: those not clearly nearer the strip than
            // the chart. Under (over) a horizontal strip, lines stacked along it are as near
            // as its tick labels set hard on it are (a legend title under its tick labels).
            let s = strip.box
            let along = { (b: PixelRect) in strip.orientation == .horizontal && b.minX >= s.minX && b.maxX <= s.maxX }
            let onStrip = lines.map(\.box).filter { along($0) && Self.distance($0, s) <= $0.height }
            let candidates = lines.indices.filter { i in
                let crossed = arrangement.cellsCrossed(by: lines[i].box)
                guard crossed.count == 1, crossed[0] >= grids.count else { return true }
                let chart = others[crossed[0] - grids.count]
                let nearest = along(lines[i].box) ? [s] + onStrip : [s]
                let toStrip = nearest.map { Self.distance(lines[i].box, $0) }.min() ?? 0
                return 3 * toStrip < 2 * Self.distance(lines[i].box, chart)
            }
            let roled = RoleAssigner(gridBox: all, strip: strip, imageWidth: figure.image.width)
                .assign(candidates.map { lines[$0] })
            taken = Set(roled.indices.filter { roled[$0].role == .colorbarTick || roled[$0].role == .colorbarLabel }
                .map { candidates[$0] })
        } else {
            for s in found.strips {
                let reached = arrangement.cells.indices.filter {
                    arrangement.cells[$0].contains(x: s.strip.box.midX, y: s.strip.box.midY)
                }
                if let cell = reached.first, cell < grids.count, strips[cell] == nil { strips[cell] = s.strip }
            }
        }

        // Lines drawn over several panels: above them all the figure's title, elsewhere an
        // axis title every panel shares. Other charts' lines are left out, but for a title
        // above everything and over a grid.
        let everything = others.reduce(all) { $0.union($1) }
        let columns = grids.map { figure.measurements.lattice(in: $0.box, vertical: false) }
        let tickRows = ColumnLabels.owners(of: lines, grids: gridBoxes, columns: columns)
        var own = [[Int]](repeating: [], count: grids.count)
        var titleLines: [TextLine] = []
        var sharedLines: [(line: TextLine, role: TextRole)] = []
        for (i, line) in lines.enumerated() where !taken.contains(i) {
            if let g = tickRows[i] {
                own[g].append(i)
                continue
            }
            let crossed = arrangement.cellsCrossed(by: line.box)
            if crossed.count >= 2 {
                if line.box.maxY <= all.minY {
                    titleLines.append(line)
                } else if line.box.minY >= all.maxY {
                    sharedLines.append((line, .xLabel))
                } else if line.box.maxX <= all.minX {
                    sharedLines.append((line, .yLabel))
                }
            } else if let cell = crossed.first {
                if cell < grids.count {
                    own[cell].append(i)
                } else if line.box.maxY <= everything.minY, line.box.maxX > all.minX, line.box.minX < all.maxX {
                    titleLines.append(line)
                }
            }
        }

        var panels: [FigureLayout] = []
        var places: [(row: Int, column: Int)] = []
        for g in arrangement.readingOrder where g < grids.count {
            let strip = strips[g] ?? shared
            var texts = Self.panelRoles(
                own: own[g].map { lines[$0] }, stripLines: taken.sorted().map { lines[$0] }, gridBox: grids[g].box,
                strip: strip, stripIsShared: strips[g] == nil, columns: columns[g], imageWidth: figure.image.width)
            texts += sharedLines.map { FigureLayout.RoledLine(line: $0.line, role: $0.role) }
            panels.append(LayoutAnalyzer.gridLayout(ink: figure, trimmed: grids[g].box, strip: strip, texts: texts))
            places.append(arrangement.places[g])
        }
        if titleLines.isEmpty { titleLines = Self.figureTitle(from: &panels, places: places) }
        let returned = Self.returningAxisLabelsAbove(
            panels.map(\.texts), gridBottoms: panels.map { Int($0.gridBox.y + $0.gridBox.height) }, places: places)
        let panelGrids = arrangement.readingOrder.filter { $0 < grids.count }.map { gridBoxes[$0] }
        let titled = PanelLabelSets.handingBarLabelsAcross(
            PanelLabelSets.handingTitlesDown(returned, grids: panelGrids, places: places),
            grids: panelGrids, strips: panels.map(\.strip), places: places)
        let (texts, figureAxisTitles) = Self.sharingCentredAxisTitles(
            titled, places: places, all: all, sharedStrip: strips.allSatisfy { $0 == nil } ? shared?.box : nil)
        for p in panels.indices { panels[p].texts = texts[p] }
        return PanelLayouts(
            panels: panels, places: places,
            sharedStrip: grids.count >= 2 && shared != nil && strips.allSatisfy { $0 == nil },
            titleLines: titleLines, otherCharts: others, figureAxisTitles: figureAxisTitles)
    }

    /// One panel's roled lines: its own and those of the strip shared by all panels (found
    /// for all panels at once). Beside a shared strip, the panel's own lines take their
    /// roles as if there were no strip: a line between the panel and the strip is not the
    /// strip's label when it was not found to be for all panels.
    static func panelRoles(
        own: [TextLine], stripLines: [TextLine], gridBox: PixelRect, strip: ColourStrip?, stripIsShared: Bool,
        columns: CellLattice?, imageWidth: Int
    ) -> [FigureLayout.RoledLine] {
        var texts = RoleAssigner(gridBox: gridBox, strip: strip, imageWidth: imageWidth, columns: columns)
            .assign(own + stripLines)
        guard stripIsShared, strip != nil else { return texts }
        let plain = RoleAssigner(gridBox: gridBox, strip: nil, imageWidth: imageWidth, columns: columns).assign(own)
        for k in plain.indices where texts[k].role == .colorbarTick || texts[k].role == .colorbarLabel {
            texts[k].role = plain[k].role
        }
        return texts
    }

    /// A title above the panels' own titles, in the top row, taken out of the panel it
    /// was given to: over a top-row panel, a band of title lines set apart (by more than
    /// half a line) above another or centred far from the panel (a quarter of its width)
    /// above one centred on it, or, in a row of several panels, title lines no other
    /// panel of the row has at their height (panel titles come in sets): all of a panel's
    /// title lines, or, in a row of three or more titled panels, those above its own title.
    private static func figureTitle(from panels: inout [FigureLayout], places: [(row: Int, column: Int)]) -> [TextLine] {
        let top = panels.indices.filter { places[$0].row == 0 }
        func titles(_ p: Int) -> [Int] {
            panels[p].texts.indices.filter { panels[p].texts[$0].role == .title }
                .sorted { panels[p].texts[$0].line.box.minY < panels[p].texts[$1].line.box.minY }
        }
        func take(_ p: Int, _ indices: [Int]) -> [TextLine] {
            for i in indices { panels[p].texts[i].role = .other }
            return indices.map { panels[p].texts[$0].line }
        }
        for p in top {
            let lines = titles(p)
            let grid = panels[p].gridBox
            let offCentre = { (box: PixelRect) in abs(box.midX - (grid.x + grid.width / 2)) / grid.width }
            for k in lines.indices.dropFirst() {
                let upper = panels[p].texts[lines[k - 1]].line.box, lower = panels[p].texts[lines[k]].line.box
                // Set apart from the panel's title, or centred elsewhere (on the figure) over a
                // title centred on the panel.
                let apart = Double(lower.minY - upper.maxY) > 0.5 * Double(lower.height)
                let centredElsewhere = offCentre(upper) > 0.25 && offCentre(lower) < 0.1
                if apart || centredElsewhere { return take(p, Array(lines[..<k])) }
            }
        }
        guard top.count >= 2 else { return [] }
        for p in top {
            let lines = titles(p)
            let unmatched = lines.filter { i in
                let box = panels[p].texts[i].line.box
                return !top.contains { q in
                    q != p && titles(q).contains { j in
                        let other = panels[q].texts[j].line.box
                        return min(box.maxY, other.maxY) > max(box.minY, other.minY)
                    }
                }
            }
            guard !unmatched.isEmpty else { continue }
            if unmatched.count == lines.count { return take(p, unmatched) }
            // Above a title every other panel of a row of three or more has at its height.
            let matchedTop = lines.filter { !unmatched.contains($0) }.map { panels[p].texts[$0].line.box.minY }.min() ?? 0
            let above = unmatched.allSatisfy { panels[p].texts[$0].line.box.maxY <= matchedTop }
            let everyOtherTitled = top.allSatisfy { q in q == p || !titles(q).isEmpty }
            if top.count >= 3, above, everyOtherTitled { return take(p, unmatched) }
        }
        return []
    }

    /// The panels' roled lines, a panel with x tick labels below its grid but no x label
    /// given the top one of two or more bands of title lines of the panel right below it:
    /// between stacked panels, the upper one's x label may lie nearer the lower one's
    /// title than its own tick labels.
    static func returningAxisLabelsAbove(
        _ texts: [[FigureLayout.RoledLine]], gridBottoms: [Int], places: [(row: Int, column: Int)]
    ) -> [[FigureLayout.RoledLine]] {
        var texts = texts
        for p in texts.indices where places[p].row > 0 {
            guard let q = texts.indices.first(where: { places[$0] == (places[p].row - 1, places[p].column) }),
                texts[q].contains(where: { $0.role == .xTick && $0.line.box.minY >= gridBottoms[q] }),
                !texts[q].contains(where: { $0.role == .xLabel })
            else { continue }
            let titles = texts[p].indices.filter { texts[p][$0].role == .title }
                .sorted { texts[p][$0].line.box.minY < texts[p][$1].line.box.minY }
            guard let first = titles.first else { continue }
            let band = titles.filter { texts[p][$0].line.box.minY < texts[p][first].line.box.maxY }
            guard band.count < titles.count else { continue }
            for i in band {
                texts[q].append(.init(line: texts[p][i].line, role: .xLabel))
                texts[p][i].role = .other
            }
        }
        return texts
    }

    /// The panels' roled lines, an axis title drawn once for all panels given to each: one
    /// centred under them all (x) or beside them all (y), or on them and the colour strip
    /// they share (`sharedStrip`: matplotlib's figure-wide labels centre on everything
    /// drawn), falls in one panel's part of the page (the middle one's), whose roles find
    /// it; the panels without a title of their own for that axis get it too. With whether
    /// any panel was given one.
    static func sharingCentredAxisTitles(
        _ texts: [[FigureLayout.RoledLine]], places: [(row: Int, column: Int)], all: PixelRect, sharedStrip: PixelRect? = nil
    ) -> (texts: [[FigureLayout.RoledLine]], found: Bool) {
        var texts = texts
        var found = false
        let columns = Set(places.map(\.column)).count, rows = Set(places.map(\.row)).count
        let spans = [all] + (sharedStrip.map { [all.union($0)] } ?? [])
        for role in [TextRole.xLabel, .yLabel] where (role == .xLabel ? columns : rows) >= 2 {
            let centred = texts.joined().first { t in
                let b = t.line.box
                return t.role == role && spans.contains { span in
                    role == .xLabel
                        ? b.minY >= all.maxY - 2 && abs(b.midX - span.midX) < 0.05 * Double(span.width)
                        : b.maxX <= all.minX + 2 && abs(b.midY - span.midY) < 0.05 * Double(span.height)
                }
            }
            guard let centred else { continue }
            for p in texts.indices where !texts[p].contains(where: { $0.role == role }) {
                texts[p].append(centred)
                found = true
            }
        }
        return (texts, found)
    }

    /// The box shrunk while an outer line is less than half the region's ink: strokes
    /// drawn against the grid (a dendrogram's legs) are not cells.
    private static func withoutSparseEdges(_ box: PixelRect, ink: FigureInk, members: Set<Int>) -> PixelRect {
        func covered(_ points: [(Int, Int)]) -> Bool {
            let n = points.filter { ink.components.label(x: $0.0, y: $0.1).map(members.contains) ?? false }.count
            return 2 * n >= points.count
        }
        var b = box
        while b.height > 8, !covered((b.minX..<b.maxX).map { ($0, b.minY) }) { b.minY += 1 }
        while b.height > 8, !covered((b.minX..<b.maxX).map { ($0, b.maxY - 1) }) { b.maxY -= 1 }
        while b.width > 8, !covered((b.minY..<b.maxY).map { (b.minX, $0) }) { b.minX += 1 }
        while b.width > 8, !covered((b.minY..<b.maxY).map { (b.maxX - 1, $0) }) { b.maxX -= 1 }
        return b
    }

    /// Whether a strip runs along a side of the grid for at least half its length.
    private static func runsAlong(_ strip: ColourStrip, _ grid: PixelRect) -> Bool {
        let b = strip.box
        let overlap = strip.orientation == .vertical
            ? min(b.maxY, grid.maxY) - max(b.minY, grid.minY) : min(b.maxX, grid.maxX) - max(b.minX, grid.minX)
        return 2 * overlap >= (strip.orientation == .vertical ? b.height : b.width)
    }

    /// The largest of the horizontal and vertical gaps between two boxes.
    private static func distance(_ a: PixelRect, _ b: PixelRect) -> Int {
        let gap = a.gap(to: b)
        return max(gap.x, gap.y)
    }

    /// The grids (lattices of at least 2×2 flat cells, holding a tenth of the largest
    /// one's ink or more) and the colour strips of a figure.
    private static func findGrids(_ ink: FigureInk) -> (grids: [PanelGrid], strips: [PanelStrip])? {
        var grids: [PanelGrid] = []
        var strips: [PanelStrip] = []
        var others: [(region: SolidRegion, box: PixelRect)] = []
        var largest: Int?
        for region in SolidRegion.find(in: ink.components, image: ink.image, maxLinkGap: maxCellGap) where region.pixelCount >= 100 {
            let box = ink.trimmedBox(of: region)
            if let strip = ink.measurements.strip(in: box) {
                strips.append(PanelStrip(region: region, strip: strip))
                continue
            }
            if largest == nil { largest = region.pixelCount }
            guard Double(region.pixelCount) >= minGridShare * Double(largest!), box.width >= 8, box.height >= 8 else {
                others.append((region, box))
                continue
            }
            let pieces = ink.measurements.pieces(of: box).map { piece in
                let trimmed = piece == box ? box : ink.measurements.trimmed(piece, members: region.componentIDs)
                return Self.withoutSparseEdges(trimmed, ink: ink, members: region.componentIDs)
            }
            let found = pieces.filter { piece in
                let layout = LayoutAnalyzer.gridLayout(ink: ink, trimmed: piece, strip: nil, texts: [])
                return layout.rows >= 2 && layout.columns >= 2 && (try? HeatmapEvidence(layout: layout).verdict()) != nil
            }
            if found.isEmpty { others.append((region, box)) }
            grids += found.map { PanelGrid(region: region, box: $0) }
        }
        if strips.isEmpty {
            for other in others {
                if let strip = ColourStrip.measureStepped(other.box, in: ink.image, background: ink.background) {
                    strips.append(PanelStrip(region: other.region, strip: strip))
                    break
                }
            }
        }
        return (grids, strips)
    }
}

/// One panel's grid: its solid region and trimmed box.
struct PanelGrid {
    var region: SolidRegion
    var box: PixelRect
}

/// A colour strip and the solid region it was measured in.
struct PanelStrip {
    var region: SolidRegion
    var strip: ColourStrip
}

/// The layouts of a figure's panels, in reading order, and the figure's own title lines.
struct PanelLayouts {
    var panels: [FigureLayout]
    /// Each panel's row and column of panels.
    var places: [(row: Int, column: Int)]
    /// Whether one colour strip serves every panel.
    var sharedStrip: Bool
    /// The lines of the title drawn over all panels.
    var titleLines: [TextLine]
    /// The boxes of charts that are not heatmaps (line and bar charts, dendrograms).
    var otherCharts: [PixelRect]
    /// Whether an axis title is drawn once, centred on all panels: the axis titles are the
    /// figure's (ggplot2's facets), not each panel's.
    var figureAxisTitles = false
}
