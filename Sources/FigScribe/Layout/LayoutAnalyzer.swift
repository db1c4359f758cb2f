/// Finds the grid, the colour strip and the text lines of a heatmap figure, with no hints.
public struct LayoutAnalyzer: Sendable {
    /// How the grid's cell count is searched for.
    var latticeSearch = CellLattice.Search.strongEdges

    public init() {}

    /// An analyzer searching for the cell lattice the way `latticeSearch` says.
    init(latticeSearch: CellLattice.Search) {
        self.latticeSearch = latticeSearch
    }

    /// Lays out a figure.
    /// - Throws: `LayoutError` when the image holds no heatmap grid.
    public func analyze(_ input: RGBAImage) throws(LayoutError) -> FigureLayout {
        try analyze(FigureInk(input))
    }

    /// Lays out a figure whose ink has been found.
    func analyze(_ ink: FigureInk) throws(LayoutError) -> FigureLayout {
        var ink = ink
        let image = ink.image, background = ink.background, regions = SolidRegion.find(in: ink.components, image: ink.image)

        // Every region large enough to be a strip, trimmed once, measured as a smooth strip.
        let measured = regions.indices.filter { regions[$0].pixelCount >= 100 }.map { i in
            let box = ink.trimmedBox(of: regions[i])
            return (index: i, box: box, strip: ink.measurements.strip(in: box))
        }
        let smooth = measured.compactMap { m in m.strip.map { (index: m.index, strip: $0) } }
        // The colour strip: the largest region that is a smooth strip.
        var strip = smooth.first?.strip
        var stripRegion = smooth.first?.index
        guard let gridIndex = regions.indices.first(where: { $0 != stripRegion }),
            regions[gridIndex].box.width >= 3, regions[gridIndex].box.height >= 3
        else { throw .noGrid }
        let gridRegion = regions[gridIndex]
        let trimmed = measured.first { $0.index == gridIndex }?.box ?? ink.trimmedBox(of: gridRegion)
        // Several strips (a second colour bar for another mapping): the one the grid's
        // colours lie on; the others are left out, with their labels. When two fit the
        // colours as well (one colormap, two ranges), which is the cells' cannot be told:
        // none is.
        let candidates = smooth.filter { $0.index != gridIndex }
        var leftOut: [(index: Int, strip: ColourStrip)] = []
        if candidates.count >= 2 {
            let shares = candidates.map { Self.share(of: trimmed, in: image, on: $0.strip) }
            let order = shares.indices.sorted { shares[$0] > shares[$1] }
            let (best, second) = (order[0], order[1])
            if shares[second] >= 0.9 * shares[best] {
                strip = nil
                stripRegion = nil
                leftOut = candidates
            } else {
                strip = candidates[best].strip
                stripRegion = candidates[best].index
                leftOut = candidates.enumerated().filter { $0.offset != best }.map(\.element)
            }
        }
        // No smooth strip: a stepped one (a binned scale), the largest other region of bands.
        if strip == nil && leftOut.isEmpty {
            for m in measured where m.index != gridIndex {
                if let s = ColourStrip.measureStepped(m.box, in: image, background: background) {
                    strip = s
                    stripRegion = m.index
                    break
                }
            }
        }
        // Everything else is text (or tick marks, which are dropped), with the glyphs a
        // tick mark's corner joined to the grid's frame or axes taken off them.
        ink = ink.withPiecesSplitOff(around: trimmed)
        var excluded = gridRegion.componentIDs
        if let stripRegion, let strip {
            excluded.formUnion(regions[stripRegion].componentIDs)
            excluded.formUnion(Self.endSpecks(of: regions[stripRegion].box, vertical: strip.orientation == .vertical, among: ink.components.components))
        }
        for other in leftOut { excluded.formUnion(regions[other.index].componentIDs) }
        // Tick marks start at the cells' edge, half a gap beyond tiles set apart.
        let blocks = [ink.measurements.cellsBox(aroundTilesIn: trimmed)] + (strip.map { [$0.box] } ?? [])
            + leftOut.map(\.strip.box)
        var lines = Self.textLines(
            of: ink, excluding: excluded, blocks: blocks, grids: [trimmed], strips: strip.map { [$0] } ?? [])
        let assigner = RoleAssigner(gridBox: trimmed, strip: strip, imageWidth: image.width)
        if !leftOut.isEmpty {
            // A left-out strip's ticks and title: lines it would label that the kept one would not.
            let isScaleText = { (role: TextRole) in role == .colorbarTick || role == .colorbarLabel }
            let kept = Set(assigner.assign(lines).filter { isScaleText($0.role) }.map(\.line.box))
            let theirs = Set(leftOut.flatMap { other in
                RoleAssigner(gridBox: trimmed, strip: other.strip, imageWidth: image.width).assign(lines)
                    .filter { isScaleText($0.role) && !kept.contains($0.line.box) }.map(\.line.box)
            })
            lines = lines.filter { !theirs.contains($0.box) }
        }
        var layout = Self.gridLayout(
            ink: ink, trimmed: trimmed, strip: strip,
            texts: TopKeyTitle.retitled(assigner.assign(lines), strip: strip, gridBox: trimmed, ink: ink), latticeSearch: latticeSearch)
        layout.leftOutStrips = leftOut.map(\.strip.box)
        return layout
    }

    /// The share of a grid's pixels, sampled on a 24 × 24 mesh, whose colour lies on the
    /// strip's ramp.
    static func share(of grid: PixelRect, in image: RGBAImage, on strip: ColourStrip) -> Double {
        let ramp = ColourRamp(strip: strip)
        let steps = 24
        var on = 0
        for i in 0..<steps {
            for j in 0..<steps {
                let x = grid.minX + (2 * i + 1) * grid.width / (2 * steps)
                let y = grid.minY + (2 * j + 1) * grid.height / (2 * steps)
                if ramp.locate(LabColour(image[x, y])).distance <= FigureAssembler.maximumColourDistance { on += 1 }
            }
        }
        return Double(on) / Double(steps * steps)
    }

    /// The text lines of a figure: the components not in `excluded` (grids, strips), tick
    /// marks beside `blocks`, rules, ink inside `grids` and `strips`, charts' strokes, colour
    /// keys and the lines naming them left out; the tick labels of horizontal `strips` grouped as
    /// one line split apart (`StripTickSplitter`), the strips' tick marks taken out of lines.
    static func textLines(
        of ink: FigureInk, excluding excluded: Set<Int>, blocks: [PixelRect], grids: [PixelRect], strips: [ColourStrip]
    ) -> [TextLine] {
        let components = ink.components, image = ink.image
        let candidates = components.components.filter { !excluded.contains($0.id) && !isRule($0) }
        let rowMarks = marksInRows(among: candidates, beside: blocks)
        let glyphs = candidates.filter {
            !rowMarks.contains($0.id)
                && !(isTickMark($0, near: blocks, among: candidates, thickness: coreThickness($0.box, in: image, background: ink.background))
                && isDarkAlong($0.box, in: image, background: ink.background)
                && hasSolidCore($0.box, in: image, background: ink.background))
        }
        let covered = grids + strips.map(\.box)
        let outside = glyphs.filter { g in !covered.contains { $0.contains(x: g.box.midX, y: g.box.midY) } }
        let sizes = outside.map { max($0.box.width, $0.box.height) }.sorted()
        let charts = outside.filter { isChart($0, glyphSize: sizes.isEmpty ? 0 : sizes[sizes.count / 2]) }
        let chartIDs = Set(charts.map(\.id))
        let isKey = outside.map { ColourKeys.isKey($0, in: image, ink: components) }
        let keys = zip(outside, isKey).filter(\.1).map(\.0.box)
        let text = zip(outside, isKey).filter { !$0.1 && !chartIDs.contains($0.0.id) }.map(\.0)
        let glyphBox = { (id: Int) in components.components[id].box }
        // A strip's marks are no glyphs of its labels (whose roles their boxes decide).
        let lines = strips.reduce(TextLineGrouper(glyphs: text).lines()) { lines, strip in
            TickMarkGlyphs.removedAroundStrip(
                from: StripTickSplitter.split(lines, along: strip, glyphBox: glyphBox).map { .init(line: $0, role: .other) },
                strip: strip.box, component: { components.components[$0] }
            ).map(\.line)
        }
        return ColourKeys.withoutKeyNames(lines, keys: keys).filter {
            !ColourKeys.namesKey(beside: $0, in: image, ink: components, within: chartIDs)
        }
    }

    /// A component far larger than the figure's glyphs and mostly empty: a chart's strokes
    /// (a dendrogram), no text.
    static func isChart(_ c: ConnectedComponents.Component, glyphSize: Int) -> Bool {
        max(c.box.width, c.box.height) >= chartSize * glyphSize && c.fill < 0.5
    }

    /// How many typical glyphs long the ink of a chart is at least.
    static let chartSize = 15

    /// The layout of the grid in the trimmed box `trimmed`: its lattice, cell colours,
    /// printed numbers and tick marks, with the text lines around it.
    static func gridLayout(
        ink: FigureInk, trimmed: PixelRect, strip: ColourStrip?, texts roled: [FigureLayout.RoledLine],
        latticeSearch: CellLattice.Search = .strongEdges
    ) -> FigureLayout {
        let image = ink.image
        var strip = strip
        // A colour bar's marks touch it (or its outline); labels may sit as close.
        if let s = strip {
            let marks = ink.measurements.tickMarks(around: s.box, reach: 1)
            strip?.tickMarks = s.orientation == .vertical ? marks.y : marks.x
            strip?.ends = s.closedEnds(in: image, background: ink.background)
        }
        let component = { (id: Int) in ink.components.components[id] }
        var roled = TickMarkGlyphs.removed(from: roled, around: trimmed, component: component)
        // A colour strip's marks touch it (or end its labels' lines); a label's minus sign does not.
        if let s = strip {
            roled = TickMarkGlyphs.removedAroundStrip(from: roled, strip: s.box, component: component)
        }
        let marks = ink.measurements.tickMarks(around: trimmed, reach: TickMarks.reach)
            .excludingText(roled.map(\.line.box), around: trimmed)
        var columns = ink.measurements.lattice(in: trimmed, vertical: false, search: latticeSearch).refined(byMarks: marks.x)
        var rows = ink.measurements.lattice(in: trimmed, vertical: true, search: latticeSearch).refined(byMarks: marks.y)
        roled = RoleAssigner(gridBox: trimmed, strip: strip, imageWidth: image.width).titleAmongTopTicks(roled, columns: columns)
        // A plain margin past the data, inside a frame on every side, is no line of cells
        // when the tick labels name every line but it.
        let centres = { (role: TextRole, vertical: Bool) in
            roled.filter { $0.role == role }.map { Double(vertical ? $0.line.box.minY + $0.line.box.maxY : $0.line.box.minX + $0.line.box.maxX) / 2 }
        }
        columns = columns.withoutUnlabelledPlainEnds(labels: centres(.xTick, false)) { [columns] k in
            Self.isPlain(Self.band(k, of: columns, vertical: false, across: trimmed), in: image)
        }
        rows = rows.withoutUnlabelledPlainEnds(labels: centres(.yTick, true)) { [rows] k in
            Self.isPlain(Self.band(k, of: rows, vertical: true, across: trimmed), in: image)
        }
        let gridBox = HeatmapFigure.Box(
            x: columns.origin, y: rows.origin,
            width: columns.step * Double(columns.count), height: rows.step * Double(rows.count))
        let (cellColours, annotations) = ink.measurements.cells(in: gridBox, rows: rows.count, columns: columns.count)
        // Lines grouped across what they are: labels set close together, a short axis or
        // legend label grouped with a tick label.
        let glyphBox = { (id: Int) in ink.components.components[id].box }
        var texts = AxisLabelSplitter(gridBox: trimmed, glyphBox: glyphBox)
            .split(TickLabelSplitter(gridBox: gridBox, columns: columns.count, glyphBox: glyphBox).split(roled))
        if let strip { texts = LegendLabelSplitter(strip: strip, glyphBox: glyphBox).split(texts) }
        texts = StackedLabelPieces.joined(namingLoneLines(texts, columns: columns.count, rows: rows.count))
        return FigureLayout(
            background: ink.background, gridBox: gridBox, rows: rows.count, columns: columns.count,
            strip: strip, texts: texts, annotations: annotations,
            tickMarks: marks, cellColours: cellColours,
            image: image, ink: ink.components)
    }

    /// The middle 60% of line `k` of a lattice (a column's, or a row's when `vertical`),
    /// across all of `box`.
    static func band(_ k: Int, of lattice: CellLattice, vertical: Bool, across box: PixelRect) -> PixelRect {
        let centre = lattice.origin + (Double(k) + 0.5) * lattice.step, half = 0.3 * lattice.step
        let (lo, hi) = (Int((centre - half).rounded()), Int((centre + half).rounded()))
        return vertical ? PixelRect(minX: box.minX, minY: lo, maxX: box.maxX, maxY: hi)
            : PixelRect(minX: lo, minY: box.minY, maxX: hi, maxY: box.maxY)
    }

    /// Whether a box is one plain colour (grey or white): every second pixel of it, but
    /// for 2%, within 12 of their median, which has no hue.
    static func isPlain(_ box: PixelRect, in image: RGBAImage) -> Bool {
        guard box.width >= 2, box.height >= 2 else { return false }
        var pixels: [RGBA] = []
        for y in Swift.stride(from: box.minY, to: box.maxY, by: 2) {
            for x in Swift.stride(from: box.minX, to: box.maxX, by: 2) { pixels.append(image[x, y]) }
        }
        let median = pixels.sorted { $0.luma < $1.luma }[pixels.count / 2]
        let close = pixels.filter { $0.channelDistance(to: median) <= 12 }.count
        return median.chroma <= 12 && Double(close) >= 0.98 * Double(pixels.count)
    }

    /// The roles with a grid of one column (row) named: the lone level line taken for the
    /// x (y) axis's title, on an axis without tick labels, is the name of its only column
    /// (row), centred on it as a title would be.
    static func namingLoneLines(_ texts: [FigureLayout.RoledLine], columns: Int, rows: Int) -> [FigureLayout.RoledLine] {
        var texts = texts
        for (count, label, tick) in [(columns, TextRole.xLabel, TextRole.xTick), (rows, .yLabel, .yTick)] where count == 1 {
            let labels = texts.indices.filter { texts[$0].role == label }
            guard labels.count == 1, !texts.contains(where: { $0.role == tick }), texts[labels[0]].line.angle == 0 else { continue }
            texts[labels[0]].role = tick
        }
        return texts
    }

    /// The ids of specks (four pixels or fewer) in line with a strip's region `box`, within
    /// two pixels past either end: its own ink cut off by antialiasing (the tip of an
    /// extend triangle, a row apart), no text.
    static func endSpecks(of box: PixelRect, vertical: Bool, among components: [ConnectedComponents.Component]) -> [Int] {
        components.filter { c in
            let b = c.box
            guard c.pixelCount <= 4 else { return false }
            return vertical
                ? b.minX >= box.minX && b.maxX <= box.maxX && (box.minY - b.maxY <= 2 && b.maxY <= box.minY || b.minY - box.maxY <= 2 && b.minY >= box.maxY)
                : b.minY >= box.minY && b.maxY <= box.maxY && (box.minX - b.maxX <= 2 && b.maxX <= box.minX || b.minX - box.maxX <= 2 && b.minX >= box.maxX)
        }.map(\.id)
    }

    /// A solid line at least `minRuleLength` long and at most 2 px thick (an axis line, a
    /// strip's edge): longer than any glyph of text.
    static func isRule(_ c: ConnectedComponents.Component) -> Bool {
        c.fill >= 0.8 && min(c.box.width, c.box.height) <= 2 && max(c.box.width, c.box.height) >= minRuleLength
    }

    /// Whether `box` is dark all along its length, as a bar is: each of its cross-sections
    /// (columns of a wide box, rows of a tall one), its two ends apart, holds a pixel at
    /// least half as far from `background` as the box's darkest. A small number whose
    /// antialiased glyphs touch into one blob as solid as a bar ("50" in 5 px type) is pale
    /// between its glyphs.
    static func isDarkAlong(_ box: PixelRect, in image: RGBAImage, background: RGBA) -> Bool {
        let sections = darkestOfSections(box, in: image, background: background, alongLength: true)
        guard let darkest = sections.max(), darkest > FigureInk.inkThreshold else { return false }
        return sections.dropFirst().dropLast().allSatisfy { 2 * $0 >= darkest }
    }

    /// How thick a bar in `box` is without its antialiased rim: the cross-sections (rows of
    /// a wide box, columns of a tall one) holding a pixel at least half as far from
    /// `background` as the box's darkest, when every other cross-section is pale (no pixel
    /// a quarter as far); otherwise the box's short side (a small glyph's strokes are not
    /// a bar's rim).
    static func coreThickness(_ box: PixelRect, in image: RGBAImage, background: RGBA) -> Int {
        let sections = darkestOfSections(box, in: image, background: background, alongLength: false)
        let darkest = sections.max() ?? 0
        let core = sections.filter { 2 * $0 >= darkest }.count
        let rimIsPale = sections.allSatisfy { 2 * $0 >= darkest || 4 * $0 < darkest }
        return rimIsPale ? core : sections.count
    }

    /// The ids of thin bars (at most 2 px thick, `TickMarks.minimumLength` to 30 long, solid)
    /// at right angles to the top, bottom or left side of a block and starting within
    /// `TickMarks.reach` of it, three or more of one size along that side: a row of tick
    /// marks, however close their labels stand (plotly's outside ticks, 3 px off the cells
    /// and 5 px from their labels). Right of a block, labels' minus signs stand as close.
    static func marksInRows(among candidates: [ConnectedComponents.Component], beside blocks: [PixelRect]) -> Set<Int> {
        struct Row: Hashable { let block: Int, side: Int, width: Int, height: Int }
        var rows: [Row: [Int]] = [:]
        let near = { (distance: Int) in (0...TickMarks.reach).contains(distance) }
        for c in candidates where c.fill >= 0.8 {
            let b = c.box
            let upright = b.width <= 2 && (TickMarks.minimumLength...30).contains(b.height)
            let level = b.height <= 2 && (TickMarks.minimumLength...30).contains(b.width)
            guard upright || level else { continue }
            for (k, block) in blocks.enumerated() {
                let side: Int?
                if upright, b.minX >= block.minX, b.maxX <= block.maxX {
                    side = near(b.minY - block.maxY) ? 0 : near(block.minY - b.maxY) ? 1 : nil
                } else if level, b.minY >= block.minY, b.maxY <= block.maxY {
                    // Not on the right, where labels' minus signs stand as close, one size.
                    side = near(block.minX - b.maxX) ? 2 : nil
                } else {
                    side = nil
                }
                if let side { rows[Row(block: k, side: side, width: b.width, height: b.height), default: []].append(c.id) }
            }
        }
        return Set(rows.values.filter { $0.count >= 3 }.joined())
    }

    /// Whether the dark pixels of `box` (at least half as far from `background` as its
    /// darkest) fill their own bounding box, as a bar's core does: a small glyph whose
    /// antialiased ink fills its box ("0", "6" in 8-px type) is a ring or a stroke with
    /// pale pixels among its dark ones. A bar at least 4 px long is judged without its end
    /// pixels, which a cap drawn off the pixel grid leaves half covered.
    static func hasSolidCore(_ box: PixelRect, in image: RGBAImage, background: RGBA) -> Bool {
        var darkest = 0
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX { darkest = max(darkest, image[x, y].channelDistance(to: background)) }
        }
        let isDark = { (x: Int, y: Int) in 2 * image[x, y].channelDistance(to: background) >= darkest }
        var found: PixelRect?
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX where isDark(x, y) {
                let pixel = PixelRect(minX: x, minY: y, maxX: x + 1, maxY: y + 1)
                found = found.map { $0.union(pixel) } ?? pixel
            }
        }
        guard var core = found else { return false }
        if core.height >= 4, core.height > core.width {
            core.minY += 1; core.maxY -= 1
        } else if core.width >= 4, core.width > core.height {
            core.minX += 1; core.maxX -= 1
        }
        var count = 0
        for y in core.minY..<core.maxY {
            for x in core.minX..<core.maxX where isDark(x, y) { count += 1 }
        }
        return Double(count) >= Self.solidCoreFill * Double(core.area)
    }

    /// The least share of its bounding box a bar's dark core fills.
    static let solidCoreFill = 0.9

    /// How far from `background` (largest channel difference) the darkest pixel of each
    /// cross-section of `box` is: of each position along its longer side (`alongLength`),
    /// or of each position across it.
    private static func darkestOfSections(_ box: PixelRect, in image: RGBAImage, background: RGBA, alongLength: Bool) -> [Int] {
        let wide = box.width >= box.height
        let along = wide ? Array(box.minX..<box.maxX) : Array(box.minY..<box.maxY)
        let across = wide ? Array(box.minY..<box.maxY) : Array(box.minX..<box.maxX)
        let distance = { (a: Int, c: Int) in (wide ? image[a, c] : image[c, a]).channelDistance(to: background) }
        return alongLength
            ? along.map { a in across.map { distance(a, $0) }.max() ?? 0 }
            : across.map { c in along.map { distance($0, c) }.max() ?? 0 }
    }

    /// The shortest line that is a rule, not a glyph (a dash in 40-pixel type is shorter).
    static let minRuleLength = 40

    /// Short solid bars beside a block, at right angles to its edge, or across a strip just
    /// past its end: tick marks. A bar touching the block is one; a bar a few pixels off is
    /// one only when the nearest other ink is clearly farther away than the block (a minus
    /// sign sits close to its digits).
    /// - Parameter thickness: the bar's thickness without its antialiased rim, when measured
    ///   (a 2-pixel mark with a pale row either side is 4 pixels thick in the ink).
    static func isTickMark(
        _ c: ConnectedComponents.Component, near blocks: [PixelRect],
        among others: [ConnectedComponents.Component], thickness: Int? = nil
    ) -> Bool {
        let short = thickness ?? min(c.box.width, c.box.height), long = max(c.box.width, c.box.height)
        guard c.fill >= 0.8, long >= TickMarks.minimumLength, Double(short) <= max(2, 0.65 * Double(long)), long <= 30 else { return false }
        let blockGap = blocks.compactMap { b -> Int? in
            let g = c.box.gap(to: b)
            if c.box.width > c.box.height, g.y == 0 { return g.x }
            if c.box.height > c.box.width, g.x == 0 { return g.y }
            // A mark drawn across a strip, just past an end too pale to tell from the
            // background.
            if c.box.width > c.box.height, b.height > 3 * b.width, c.box.minX >= b.minX - 1, c.box.maxX <= b.maxX + 1 { return g.y }
            if c.box.height > c.box.width, b.width > 3 * b.height, c.box.minY >= b.minY - 1, c.box.maxY <= b.maxY + 1 { return g.x }
            return nil
        }.min()
        guard let blockGap, blockGap <= 4 else { return false }
        if blockGap <= 1 { return true }
        let inkGap = others.lazy.filter { $0.id != c.id }
            .map { o -> Int in let g = c.box.gap(to: o.box); return max(g.x, g.y) }
            .min() ?? Int.max
        return inkGap >= 2 * blockGap
    }
}
