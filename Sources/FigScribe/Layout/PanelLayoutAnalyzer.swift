/// Lays out a figure of several heatmap panels (subplots, facets, lattice panels): every
/// grid that is a lattice of flat cells, each with its own text and colour strip, or one
/// colour strip shared by all.
struct PanelLayoutAnalyzer {
    /// A panel grid must hold at least this share of the largest grid's ink.
    static let minGridShare = 0.1
    /// Solid blocks farther apart than this are separate grids (pheatmap's gaps between
    /// clusters are narrower; gaps between panels wider).
    static let maxCellGap = 6

    /// The panels in reading order, or nil when the figure holds fewer than two grids.
    func analyze(_ ink: FigureInk) throws(LayoutError) -> PanelLayouts? {
        guard var found = Self.findGrids(ink), found.grids.count >= 2 else { return nil }
        var figure = ink
        // Headings set in filled boxes (facet and lattice strips) become plain text.
        if let unboxed = LabelBoxes.erased(in: ink.image, above: found.grids.map(\.box), background: ink.background) {
            figure = try FigureInk(flattened: unboxed)
            guard let again = Self.findGrids(figure), again.grids.count == found.grids.count else { return nil }
            found = again
        }
        let grids = found.grids
        let arrangement = PanelArrangement(grids: grids.map(\.box), width: figure.image.width, height: figure.image.height)
        var excluded = Set<Int>()
        for g in grids { excluded.formUnion(g.region.componentIDs) }
        for s in found.strips { excluded.formUnion(s.region.componentIDs) }
        let gridBoxes = grids.map(\.box)
        let lines = LayoutAnalyzer.textLines(
            in: figure.components, excluding: excluded, blocks: gridBoxes + found.strips.map(\.strip.box), grids: gridBoxes)
        let all = gridBoxes.dropFirst().reduce(gridBoxes[0]) { $0.union($1) }

        // A colour strip in a panel's cell is its own; a strip alone with several panels
        // is shared by all of them.
        var strips = [ColourStrip?](repeating: nil, count: grids.count)
        var shared: ColourStrip?
        var taken = Set<Int>()
        if found.strips.count == 1 {
            let strip = found.strips[0].strip
            shared = strip
            let roled = RoleAssigner(gridBox: all, strip: strip, imageWidth: figure.image.width).assign(lines)
            taken = Set(roled.indices.filter { roled[$0].role == .colorbarTick || roled[$0].role == .colorbarLabel })
        } else {
            for s in found.strips {
                let reached = arrangement.cells.indices.filter {
                    arrangement.cells[$0].contains(x: s.strip.box.midX, y: s.strip.box.midY)
                }
                if let cell = reached.first, strips[cell] == nil { strips[cell] = s.strip }
            }
        }

        // Lines drawn over several panels: above them all the figure's title, elsewhere an
        // axis title every panel shares.
        var own = [[Int]](repeating: [], count: grids.count)
        var titleLines: [TextLine] = []
        var sharedLines: [(line: TextLine, role: TextRole)] = []
        for (i, line) in lines.enumerated() where !taken.contains(i) {
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
                own[cell].append(i)
            }
        }

        var panels: [FigureLayout] = []
        var places: [(row: Int, column: Int)] = []
        for g in arrangement.readingOrder {
            let strip = strips[g] ?? shared
            let panelLines = own[g].map { lines[$0] } + taken.sorted().map { lines[$0] }
            var texts = RoleAssigner(gridBox: grids[g].box, strip: strip, imageWidth: figure.image.width).assign(panelLines)
            texts += sharedLines.map { FigureLayout.RoledLine(line: $0.line, role: $0.role) }
            panels.append(LayoutAnalyzer.gridLayout(ink: figure, trimmed: grids[g].box, strip: strip, texts: texts))
            places.append(arrangement.places[g])
        }
        if titleLines.isEmpty { titleLines = Self.figureTitle(from: &panels, places: places) }
        return PanelLayouts(
            panels: panels, places: places, sharedStrip: shared != nil && strips.allSatisfy { $0 == nil },
            titleLines: titleLines)
    }

    /// A title above the panels' own titles, in the top row: two bands of title lines
    /// over a top-row panel (set apart by more than half a line) are the figure's title
    /// above the panel's. Removed from the panel's title.
    private static func figureTitle(from panels: inout [FigureLayout], places: [(row: Int, column: Int)]) -> [TextLine] {
        for p in panels.indices where places[p].row == 0 {
            let titles = panels[p].texts.indices.filter { panels[p].texts[$0].role == .title }
                .sorted { panels[p].texts[$0].line.box.minY < panels[p].texts[$1].line.box.minY }
            guard titles.count >= 2 else { continue }
            for k in 1..<titles.count {
                let upper = panels[p].texts[titles[k - 1]].line.box, lower = panels[p].texts[titles[k]].line.box
                if Double(lower.minY - upper.maxY) > 0.5 * Double(lower.height) {
                    let figureLines = titles[..<k]
                    for i in figureLines { panels[p].texts[i].role = .other }
                    return figureLines.map { panels[p].texts[$0].line }
                }
            }
        }
        return []
    }

    /// The grids (lattices of at least 2×2 flat cells, holding a tenth of the largest
    /// one's ink or more) and the colour strips of a figure.
    private static func findGrids(_ ink: FigureInk) -> (grids: [PanelGrid], strips: [PanelStrip])? {
        var grids: [PanelGrid] = []
        var strips: [PanelStrip] = []
        var others: [(region: SolidRegion, box: PixelRect)] = []
        var largest: Int?
        for region in SolidRegion.find(in: ink.components, maxLinkGap: maxCellGap) where region.pixelCount >= 100 {
            let box = ink.trimmedBox(of: region)
            if let strip = ColourStrip.measure(box, in: ink.image) {
                strips.append(PanelStrip(region: region, strip: strip))
                continue
            }
            if largest == nil { largest = region.pixelCount }
            guard Double(region.pixelCount) >= minGridShare * Double(largest!), box.width >= 8, box.height >= 8 else {
                others.append((region, box))
                continue
            }
            let layout = LayoutAnalyzer.gridLayout(ink: ink, trimmed: box, strip: nil, texts: [])
            guard layout.rows >= 2, layout.columns >= 2, (try? HeatmapEvidence(layout: layout).verdict()) != nil else {
                others.append((region, box))
                continue
            }
            grids.append(PanelGrid(region: region, box: box))
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
}
