/// A group of nearby, nearly-rectangular foreground components: a plot grid, a colour
/// strip, or (rarely) a solid glyph.
struct SolidRegion {
    /// Ids of the components that make up the region.
    var componentIDs: Set<Int>
    /// The union of the components' boxes.
    var box: PixelRect
    /// Total foreground pixels.
    var pixelCount: Int

    /// Groups the solid components of a scene into regions.
    ///
    /// A component is solid when it fills most of its box (large ones, such as a grid with
    /// masked cells, at least 40% of it). Solid components belong together when the gap
    /// between their boxes is at most `linkGap` pixels or a quarter of the smaller one's
    /// thickness and they have about the same size, so cells separated by gap lines form
    /// one region. `maxLinkGap` caps that allowance (so that panels set a little apart stay
    /// apart); nil leaves it unbounded. With the figure's `image`, flat blocks left alone
    /// that are tiles of one grid set apart by wide gaps are one region too, and a ring of
    /// one colour around a region (a plot's background band, set apart from the cells by a
    /// line of page) is not taken for a frame holding cells.
    static func find(
        in components: ConnectedComponents, image: RGBAImage? = nil, linkGap: Int = 3, maxLinkGap: Int? = nil
    ) -> [SolidRegion] {
        let largeArea = max(400, components.width * components.height / 500)
        let solid = components.components.filter {
            $0.box.width >= 4 && $0.box.height >= 4
                && ($0.fill >= 0.6 || ($0.pixelCount >= largeArea && $0.fill >= 0.4))
        }
        let cap = maxLinkGap ?? Int.max
        let maxLink = solid.map { max(linkGap, min(cap, min($0.box.width, $0.box.height) / 4)) }.max() ?? linkGap
        let near = BoxLinking.groups(of: solid.map(\.box), reach: maxLink) { i, j in
            let gap = solid[i].box.gap(to: solid[j].box)
            let thickness = min(solid[i].box.width, solid[i].box.height, solid[j].box.width, solid[j].box.height)
            let allowed = max(linkGap, min(cap, thickness / 4))
            return gap.x <= allowed && gap.y <= allowed
                && (Self.similarSize(solid[i].box, solid[j].box) || Self.shareASide(solid[i].box, solid[j].box)
                    || (image.map { Self.continueLattice(solid[i].box, solid[j].box, in: $0) } ?? false))
        }
        let alongGaps = Self.joiningAlongGaps(
            image.map { Self.joiningTiles(near, of: solid, in: components, image: $0) } ?? near, of: solid)
        let cut = image.map { Self.joiningCutLattices(alongGaps, of: solid, in: $0) } ?? alongGaps
        let linked = image.map { Self.joiningAcrossEmptyCells(cut, of: solid, in: components, image: $0) } ?? cut
        var regions = linked.map { members in
            members.reduce(into: SolidRegion(componentIDs: [], box: solid[members[0]].box, pixelCount: 0)) {
                $0.absorb(solid[$1])
            }
        }
        regions = Self.mergingOverlaps(regions, minimumPixels: largeArea)
        // A frame (axes spine) that touches cells is one large hollow component holding the
        // cells along it; it belongs to the region it encloses. A bare frame (lines alone,
        // such as axis lines set apart from the cells) is no part of the data.
        let solidIDs = Set(solid.map(\.id))
        for c in components.components where !solidIDs.contains(c.id) && c.box.area >= largeArea
            && c.pixelCount > Self.bareFrameThickness * 2 * (c.box.width + c.box.height)
            && !(image.map { Self.isOneColour(c, in: components, image: $0) } ?? false)
        {
            if let i = regions.indices.first(where: { c.box.contains(regions[$0].box, slack: 2) }) {
                regions[i].absorb(c)
            }
        }
        return regions.sorted { $0.pixelCount > $1.pixelCount }
    }

    /// The regions, two large ones whose boxes overlap by a tenth of the smaller box made
    /// one: the cells of one grid that came out as components of different sizes (cells
    /// whose shared colour hid the border lines between them are one component several
    /// cells long beside single cells), linked in two groups, one reaching into the other's
    /// box. Grids of separate panels, colour strips and text lie apart.
    private static func mergingOverlaps(_ regions: [SolidRegion], minimumPixels: Int) -> [SolidRegion] {
        var regions = regions
        var merged = true
        while merged {
            merged = false
            outer: for i in regions.indices where regions[i].pixelCount >= minimumPixels {
                for j in regions.indices where j > i && regions[j].pixelCount >= minimumPixels
                    && 10 * regions[i].box.overlapArea(regions[j].box) >= min(regions[i].box.area, regions[j].box.area)
                {
                    let other = regions.remove(at: j)
                    regions[i].absorb(other)
                    merged = true
                    break outer
                }
            }
        }
        return regions
    }

    /// The most ink per pixel of its outline that a frame of lines alone (spines, their tick
    /// marks) carries.
    static let bareFrameThickness = 5

    /// Whether a component is one colour: at least 95% of its pixels lie within 12 of their
    /// median (of a sample). A frame that holds cells along it carries their colours.
    private static func isOneColour(_ c: ConnectedComponents.Component, in components: ConnectedComponents, image: RGBAImage) -> Bool {
        var pixels: [RGBA] = []
        pixels.reserveCapacity(c.pixelCount)
        for y in c.box.minY..<c.box.maxY {
            for x in c.box.minX..<c.box.maxX where components.label(x: x, y: y) == c.id { pixels.append(image[x, y]) }
        }
        guard !pixels.isEmpty else { return false }
        // The median of at most a thousand pixels spread over the component.
        let stride = max(1, pixels.count / 1000)
        let sample = Swift.stride(from: 0, to: pixels.count, by: stride).map { pixels[$0] }
        let median = sample.sorted { $0.luma < $1.luma }[sample.count / 2]
        let close = pixels.filter { $0.channelDistance(to: median) <= 12 }.count
        return Double(close) >= 0.95 * Double(pixels.count)
    }

    /// The largest side of a cell drawn as a tile set apart from its neighbours.
    static let largestTile = 120

    /// The groups, those of one flat block each (one colour, filling its box) joined where
    /// the blocks are tiles of one grid: one size, side by side in a row or a column, set
    /// apart by at most their own size (plotly's `xgap`, a tile narrower than its cell).
    /// Blocks already in groups are left alone: panels of cells set a little apart stay
    /// apart.
    private static func joiningTiles(
        _ groups: [[Int]], of solid: [ConnectedComponents.Component], in components: ConnectedComponents, image: RGBAImage
    ) -> [[Int]] {
        let lone = groups.filter { group in
            let c = solid[group[0]]
            return group.count == 1 && c.fill >= 0.95 && max(c.box.width, c.box.height) <= largestTile
                && min(c.box.width, c.box.height) >= 6 && isOneColour(c, in: components, image: image)
        }.map { $0[0] }
        guard lone.count >= 4 else { return groups }
        let boxes = lone.map { solid[$0].box }
        let tiles = BoxLinking.groups(of: boxes, reach: largestTile) { i, j in areTiles(boxes[i], boxes[j]) }
        let loneSet = Set(lone)
        return groups.filter { !($0.count == 1 && loneSet.contains($0[0])) } + tiles.map { $0.map { lone[$0] } }
    }

    /// The groups, two joined where a flat block of one and a flat block of the other are
    /// tiles of one grid (`areTiles`) set apart by a gap (within a pixel) that two tiles
    /// inside either group are set apart by: the gap lines of one grid are drawn one width
    /// everywhere, while its cells come out a pixel apart in size on the pixel grid, so
    /// that some cells link by their size and others are left to `joiningTiles` (rows of
    /// 16-pixel cells linked, rows of 15-pixel cells between them joined as tiles, a 4-pixel
    /// gap line between every two). Panels set apart by more than their cells' gap stay apart.
    private static func joiningAlongGaps(_ groups: [[Int]], of solid: [ConnectedComponents.Component]) -> [[Int]] {
        guard groups.count >= 2 else { return groups }
        var groupOf = [Int: Int]()
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = g } }
        let flat = groups.joined().filter { m in
            let c = solid[m]
            return c.fill >= 0.95 && max(c.box.width, c.box.height) <= largestTile && min(c.box.width, c.box.height) >= 6
        }
        let boxes = flat.map { solid[$0].box }
        let gapBetween = { (i: Int, j: Int) -> Int in let g = boxes[i].gap(to: boxes[j]); return max(g.x, g.y) }
        // The gaps between tiles within each group.
        var gaps = [Set<Int>](repeating: [], count: groups.count)
        BoxLinking.forEachPair(of: boxes, reach: largestTile) { i, j in
            if groupOf[flat[i]] == groupOf[flat[j]], areTiles(boxes[i], boxes[j]) {
                gaps[groupOf[flat[i]]!].insert(gapBetween(i, j))
            }
        }
        var parent = Array(groups.indices)
        func root(_ g: Int) -> Int {
            var g = g
            while parent[g] != g { parent[g] = parent[parent[g]]; g = parent[g] }
            return g
        }
        BoxLinking.forEachPair(of: boxes, reach: largestTile) { i, j in
            let (a, b) = (groupOf[flat[i]]!, groupOf[flat[j]]!)
            guard a != b, root(a) != root(b), areTiles(boxes[i], boxes[j]) else { return }
            let gap = gapBetween(i, j)
            if gap > 0, gaps[a].union(gaps[b]).contains(where: { abs($0 - gap) <= 1 }) { parent[root(a)] = root(b) }
        }
        // In the groups' order, each joined group where its first part was.
        var slot: [Int: Int] = [:]
        var joined: [[Int]] = []
        for g in groups.indices {
            if let k = slot[root(g)] { joined[k] += groups[g] } else { slot[root(g)] = joined.count; joined.append(groups[g]) }
        }
        return joined
    }

    /// The groups, two joined where the boxes of their blocks together continue one
    /// lattice across a border line (`continueLattice`): a grid cut by pure-white borders
    /// along a column and along a row (pheatmap) comes out as a large block beside a column
    /// of blocks, each of which faces only part of the large block's side, while the
    /// column as a whole faces all of it. In the groups' order, each joined group where its
    /// first part was.
    private static func joiningCutLattices(_ groups: [[Int]], of solid: [ConnectedComponents.Component], in image: RGBAImage) -> [[Int]] {
        guard groups.count >= 2 else { return groups }
        var groups = groups
        var boxes = groups.map { g in g.dropFirst().reduce(solid[g[0]].box) { $0.union(solid[$1].box) } }
        var joined = true
        while joined {
            joined = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i && continueLattice(boxes[i], boxes[j], in: image) {
                    groups[i] += groups.remove(at: j)
                    boxes[i] = boxes[i].union(boxes.remove(at: j))
                    joined = true
                    break outer
                }
            }
        }
        return groups
    }

    /// The groups, two joined where their blocks face each other along the whole of both
    /// sides (`facing`) across whole cells of nothing (`isEmptyCellGap`): a grid whose
    /// column or row holds no data (all NaN) left as page between the cells on either side.
    private static func joiningAcrossEmptyCells(
        _ groups: [[Int]], of solid: [ConnectedComponents.Component], in components: ConnectedComponents, image: RGBAImage
    ) -> [[Int]] {
        guard groups.count >= 2 else { return groups }
        var groups = groups
        var boxes = groups.map { g in g.dropFirst().reduce(solid[g[0]].box) { $0.union(solid[$1].box) } }
        // Labels: ink that is no part of a group of blocks (a label may be a solid glyph).
        let grouped = Set(groups.filter { $0.count >= 2 }.joined().map { solid[$0].id })
        let glyphs = components.components.filter { !grouped.contains($0.id) }.map(\.box)
        var joined = true
        while joined {
            joined = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i && isEmptyCellGap(boxes[i], boxes[j], glyphs: glyphs, in: image) {
                    groups[i] += groups.remove(at: j)
                    boxes[i] = boxes[i].union(boxes.remove(at: j))
                    joined = true
                    break outer
                }
            }
        }
        return groups
    }

    /// Whether two blocks facing each other across a gap of more than a border line are
    /// cells of one grid with whole cells of nothing between them: the gap is one colour,
    /// a label (ink outside the blocks, within two cells of them) is centred on it as on
    /// the cells beside it, both blocks have the same cell size across the gap (within a
    /// pixel, at least two cells each), and the gap is one to three cells wide (within 2 px).
    /// Panels set apart have no tick label of their own between them.
    private static func isEmptyCellGap(_ a: PixelRect, _ b: PixelRect, glyphs: [PixelRect], in image: RGBAImage) -> Bool {
        let gap = a.gap(to: b)
        guard let level = facing(a, b), max(gap.x, gap.y) > 2 else { return false }
        let width = Double(max(gap.x, gap.y))
        let space = level
            ? PixelRect(minX: min(a.maxX, b.maxX), minY: max(a.minY, b.minY), maxX: max(a.minX, b.minX), maxY: min(a.maxY, b.maxY))
            : PixelRect(minX: max(a.minX, b.minX), minY: min(a.maxY, b.maxY), maxX: min(a.maxX, b.maxX), maxY: max(a.minY, b.minY))
        // One colour, but for a tenth at either end across (tick marks joined to the cells).
        let inset = level ? space.height / 10 : space.width / 10
        let middle = level
            ? PixelRect(minX: space.minX, minY: space.minY + inset, maxX: space.maxX, maxY: space.maxY - inset)
            : PixelRect(minX: space.minX + inset, minY: space.minY, maxX: space.maxX - inset, maxY: space.maxY)
        guard middle.width > 0, middle.height > 0 else { return false }
        let colour = image[middle.minX, middle.minY]
        for y in middle.minY..<middle.maxY {
            for x in middle.minX..<middle.maxX where image[x, y].channelDistance(to: colour) > 8 { return false }
        }
        // A label centred on the gap within `reach` of the blocks: two cells, once their size
        // is known (the gap's width, at least that, before).
        let blocks = a.union(b)
        func labelled(within reach: Double) -> Bool {
            glyphs.contains { g in
                if level {
                    let beside = g.minY >= blocks.maxY ? g.minY - blocks.maxY : (g.maxY <= blocks.minY ? blocks.minY - g.maxY : -1)
                    return beside >= 0 && Double(beside) <= reach && abs(g.midX - space.midX) <= Double(space.width) / 4
                }
                let beside = g.minX >= blocks.maxX ? g.minX - blocks.maxX : (g.maxX <= blocks.minX ? blocks.minX - g.maxX : -1)
                return beside >= 0 && Double(beside) <= reach && abs(g.midY - space.midY) <= Double(space.height) / 4
            }
        }
        guard labelled(within: 2 * width) else { return false }
        let first = CellLattice.find(in: image, box: a, vertical: !level), second = CellLattice.find(in: image, box: b, vertical: !level)
        guard first.count >= 2, second.count >= 2, abs(first.step - second.step) <= 1 else { return false }
        let step = (first.step + second.step) / 2
        let cells = (width / step).rounded()
        return (1...3).contains(cells) && abs(width - cells * step) <= 2 && labelled(within: (2 * step).rounded(.down))
    }

    /// Two blocks of one size (within a pixel), side by side in a row or a column, set
    /// apart by at most their own size.
    private static func areTiles(_ a: PixelRect, _ b: PixelRect) -> Bool {
        guard abs(a.width - b.width) <= 1, abs(a.height - b.height) <= 1 else { return false }
        let gap = a.gap(to: b)
        let inRow = abs(a.minY - b.minY) <= 1 && gap.y == 0 && gap.x <= min(a.width, b.width)
        let inColumn = abs(a.minX - b.minX) <= 1 && gap.x == 0 && gap.y <= min(a.height, b.height)
        return inRow || inColumn
    }

    /// Whether two blocks side by side face each other along the whole of both their
    /// facing sides (ends within 2 pixels), the thinner at least a fifth as thick as the
    /// other: blocks of cells one border line apart, however unlike their sizes (pheatmap's
    /// white borders, drawn pure white along one row or column boundary and blended along
    /// the others, cut a grid into such blocks). A thinner bar alongside (seaborn's
    /// `row_colors`, one pixel off the cells) is a side bar, not cells of the grid.
    private static func shareASide(_ a: PixelRect, _ b: PixelRect) -> Bool {
        guard let level = facing(a, b) else { return false }
        let (x, y) = level ? (a.width, b.width) : (a.height, b.height)
        return 5 * min(x, y) >= max(x, y)
    }

    /// How two blocks face each other along the whole of both their facing sides (ends
    /// within 2 pixels): true side by side in a row, false one above the other, nil when
    /// they do not.
    private static func facing(_ a: PixelRect, _ b: PixelRect) -> Bool? {
        let gap = a.gap(to: b)
        if gap.x > 0, gap.y == 0, abs(a.minY - b.minY) <= 2, abs(a.maxY - b.maxY) <= 2 { return true }
        if gap.y > 0, gap.x == 0, abs(a.minX - b.minX) <= 2, abs(a.maxX - b.maxX) <= 2 { return false }
        return nil
    }

    /// Whether two blocks face each other along the whole of both their facing sides, a
    /// border line apart (at most 2 px), and the thinner is as thick as a whole number of
    /// the thicker one's cells across it (within 2 px): cells of one grid cut apart by a
    /// border drawn pure white along one column or row (pheatmap), however few cells the
    /// thinner holds. A side bar (seaborn's `row_colors`) has a thickness of its own.
    private static func continueLattice(_ a: PixelRect, _ b: PixelRect, in image: RGBAImage) -> Bool {
        let gap = a.gap(to: b)
        guard let level = facing(a, b), max(gap.x, gap.y) <= 2 else { return false }
        let thickness = { (r: PixelRect) in level ? r.width : r.height }
        let (thin, thick) = thickness(a) < thickness(b) ? (a, b) : (b, a)
        let lattice = CellLattice.find(in: image, box: thick, vertical: !level)
        guard lattice.count >= 2 else { return false }
        let cells = (Double(thickness(thin)) / lattice.step).rounded()
        return cells >= 1 && abs(Double(thickness(thin)) - cells * lattice.step) <= 2
    }

    /// Cells of one grid have about the same size; a glyph beside a strip does not.
    private static func similarSize(_ a: PixelRect, _ b: PixelRect) -> Bool {
        let w = Double(min(a.width, b.width)) / Double(max(a.width, b.width))
        let h = Double(min(a.height, b.height)) / Double(max(a.height, b.height))
        return w >= 0.4 && h >= 0.4
    }

    private mutating func absorb(_ c: ConnectedComponents.Component) {
        componentIDs.insert(c.id)
        box = box.union(c.box)
        pixelCount += c.pixelCount
    }

    private mutating func absorb(_ other: SolidRegion) {
        componentIDs.formUnion(other.componentIDs)
        box = box.union(other.box)
        pixelCount += other.pixelCount
    }
}
