/// Finds how many equal cells span one axis of a plot box, and where their edges are.
///
/// Cell edges show up as colour steps between flat runs (with at most two blended pixels
/// in between) or as thin uniform gap lines. The cell count is the one whose equally
/// spaced edges explain the observed steps best, with a cost per edge so that a
/// multiple of the true count does not win; the box is then refitted to the edges.
struct CellLattice: Equatable {
    /// Number of cells along the axis.
    var count: Int
    /// Pixel coordinate of the first cell's leading edge.
    var origin: Double
    /// Pixel size of one cell.
    var step: Double

    /// Minimum support (share of lines showing a step) an edge must have to count.
    static let edgeCost = 0.2

    /// How the cell count is chosen.
    enum Search: Hashable, Sendable {
        /// The count whose equally spaced edges are shown by the most lines, each edge by a
        /// fifth of them or more (`edgeCost`).
        case strongEdges
        /// The fewest cells whose edges explain nearly every colour step in the box, however
        /// few lines show each edge: for grids whose long runs of same-coloured cells (a
        /// binned scale's large regions) hide most edges from most lines.
        case everyStep
    }

    /// The share of all colour steps an `everyStep` lattice's edges must explain.
    static let explainedShare = 0.9

    /// Analyses the columns (or, when `vertical`, the rows) of `box` the way `search` says;
    /// `everyStep` falls back to `strongEdges` when no lattice explains the steps.
    static func find(in image: RGBAImage, box: PixelRect, vertical: Bool, search: Search) -> CellLattice {
        switch search {
        case .strongEdges: return find(in: image, box: box, vertical: vertical)
        case .everyStep:
            return findExplainingSteps(in: image, box: box, vertical: vertical) ?? find(in: image, box: box, vertical: vertical)
        }
    }

    /// Analyses the columns of `box` (set `vertical` to analyse its rows instead).
    ///
    /// A smooth field of many cells (values 51, 52, 53 … on a scale to 100) steps by a
    /// unit or two of colour from cell to cell, below what counts as a step in a figure
    /// with noise or blending; when no lattice shows, any change between exactly flat runs
    /// is an edge.
    static func find(in image: RGBAImage, box: PixelRect, vertical: Bool) -> CellLattice {
        let lattice = find(in: image, box: box, vertical: vertical, flat: 3, step: 4)
        return lattice.count > 1 ? lattice : find(in: image, box: box, vertical: vertical, flat: 0, step: 0)
    }

    private static func find(in image: RGBAImage, box: PixelRect, vertical: Bool, flat: Int, step: Int) -> CellLattice {
        let length = vertical ? box.height : box.width
        let lines = vertical ? box.width : box.height
        guard length >= 3, lines >= 1 else {
            return CellLattice(count: 1, origin: Double(vertical ? box.minY : box.minX), step: Double(length))
        }
        let profile = edgeProfile(in: image, box: box, vertical: vertical, flat: flat, step: step)
        let support = profile.map { $0 / Double(lines) }
        let start = Double(vertical ? box.minY : box.minX)
        return bestLattice(support: support, length: length, start: start)
    }

    /// The fewest equal cells (at least 4 px each) whose edges lie where at least
    /// `explainedShare` of the colour steps across `box` are, steps within 3 px of its ends
    /// aside (a border or the plot's background around the cells); nil when the box shows
    /// fewer steps than an edge across a tenth of its lines would.
    private static func findExplainingSteps(in image: RGBAImage, box: PixelRect, vertical: Bool) -> CellLattice? {
        let length = vertical ? box.height : box.width
        let lines = vertical ? box.width : box.height
        guard length >= 12, lines >= 1 else { return nil }
        var profile = edgeProfile(in: image, box: box, vertical: vertical, flat: 3, step: 4)
        let margin = 3
        for bin in profile.indices where bin < 2 * margin || bin > 2 * (length - margin) { profile[bin] = 0 }
        let total = profile.reduce(0, +)
        guard total >= 0.1 * Double(lines) else { return nil }
        let support = profile.map { $0 / Double(lines) }
        let start = Double(vertical ? box.minY : box.minX)
        for n in 2...max(2, length / 4) {
            for (lead, trail) in Self.boxSlips {
                let w = (Double(length) + lead + trail) / Double(n)
                let tolerance = min(1.5, w / 4)
                let explained = (1..<n).map { k in peak(support, at: Double(k) * w - lead, tolerance: tolerance).mass }.reduce(0, +)
                if explained * Double(lines) >= explainedShare * total {
                    return fit(count: n, support: support, length: length, start: start, minSupport: 0.5 / Double(lines),
                               lead: lead, trail: trail)
                }
            }
        }
        return nil
    }

    /// How many pixels the cells may reach past the box at its start and at its end, tried
    /// in this order: an axis line drawn over the first cells' edge is trimmed with it
    /// (Vega-Lite's domain line), leaving the box short by its width.
    static let boxSlips: [(lead: Double, trail: Double)] = [(0, 0)]
        + [(1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2), (2, 2)]

    /// `stepProfile` with the gap lines between cells counted as edges (`addGapLines`).
    private static func edgeProfile(in image: RGBAImage, box: PixelRect, vertical: Bool, flat: Int, step: Int) -> [Double] {
        func pixel(_ along: Int, _ across: Int) -> RGBA {
            vertical ? image[box.minX + across, box.minY + along] : image[box.minX + along, box.minY + across]
        }
        var profile = stepProfile(in: image, box: box, vertical: vertical, flat: flat, step: step)
        addGapLines(to: &profile, length: vertical ? box.height : box.width, lines: vertical ? box.width : box.height, pixel: pixel)
        return profile
    }

    /// Per half-pixel bin (bin 2p is the boundary before pixel p, 2p + 1 its centre), the
    /// number of lines across `box` that step there from one flat colour to another.
    private static func stepProfile(in image: RGBAImage, box: PixelRect, vertical: Bool, flat: Int, step: Int) -> [Double] {
        let length = vertical ? box.height : box.width
        let lines = vertical ? box.width : box.height
        var profile = [Double](repeating: 0, count: 2 * length + 2)
        // change[p]: the distance from pixel p − 1 to pixel p.
        var change = [Int](repeating: 0, count: length)
        // Byte offsets: pixel `along` of line `across` starts at origin + across·acrossPitch + along·pitch.
        let origin = 4 * (box.minY * image.width + box.minX)
        let pitch = vertical ? 4 * image.width : 4
        let acrossPitch = vertical ? 4 : 4 * image.width
        image.pixels.withUnsafeBufferPointer { pixels in
            change.withUnsafeMutableBufferPointer { change in
                for across in 0..<lines {
                    let first = origin + across * acrossPitch
                    // The largest channel difference between pixels `a` and `b` of this line.
                    func distance(_ a: Int, _ b: Int) -> Int {
                        let i = first + a * pitch, j = first + b * pitch
                        return max(abs(Int(pixels[i]) - Int(pixels[j])), abs(Int(pixels[i + 1]) - Int(pixels[j + 1])),
                                   abs(Int(pixels[i + 2]) - Int(pixels[j + 2])))
                    }
                    for along in 1..<length { change[along] = distance(along, along - 1) }
                    var p = 2
                    while p < length - 1 {
                        defer { p += 1 }
                        guard change[p - 1] <= flat, change[p] > step else { continue }
                        // A line up to three pixels wide across one flat colour (a panel grid line
                        // showing where cells are missing) is no cell edge.
                        if let width = (1...3).first(where: { k in
                            p + k + 1 < length && distance(p + k, p - 1) <= flat && distance(p + k + 1, p - 1) <= flat
                        }) {
                            p += width
                            continue
                        }
                        // The first flat pair after the step, at most two blended pixels on: a hard
                        // edge before pixel p (t = 0), or a blend of t pixels (a thin border drawn
                        // at a fractional position blends into two) whose middle is the edge.
                        if let t = (0...2).first(where: { t in
                            p + t + 1 < length && distance(p + t, p + t + 1) <= flat && distance(p + t, p - 1) > step
                        }) {
                            profile[2 * p + t] += 1
                        }
                    }
                }
            }
        }
        return profile
    }

    /// Thin runs of lines that are uniform in one shared colour (gaps between cells) count
    /// as full-strength edges at their centre; such lines with the same cells on both sides
    /// are drawn over the cells and count as nothing.
    private static func addGapLines(
        to profile: inout [Double], length: Int, lines: Int, pixel: (Int, Int) -> RGBA
    ) {
        var uniform = [RGBA?](repeating: nil, count: length)
        for along in 0..<length {
            let first = pixel(along, lines / 2)
            // Uniform: at least 95% of the lines match; stop once too many differ.
            let allowed = lines - Int((0.95 * Double(lines)).rounded(.up))
            var differing = 0
            for across in 0..<lines where pixel(along, across).channelDistance(to: first) > 12 {
                differing += 1
                if differing > allowed { break }
            }
            if differing <= allowed { uniform[along] = first }
        }
        // A gap colour must recur: count uniform lines per colour.
        var along = 0
        var runs: [(start: Int, end: Int, colour: RGBA)] = []
        while along < length {
            guard let colour = uniform[along] else { along += 1; continue }
            var end = along + 1
            while end < length, let c = uniform[end], c.channelDistance(to: colour) <= 12 { end += 1 }
            if end - along <= 4 && along > 0 && end < length { runs.append((along, end, colour)) }
            along = end
        }
        guard runs.count >= 1 else { return }
        for run in runs {
            let similar = runs.filter { $0.colour.channelDistance(to: run.colour) <= 12 }.count
            guard similar >= max(1, runs.count / 2) else { continue }
            // Steps at the gap's sides are replaced by one edge at its centre, unless the
            // cells on both sides are the same: then it is a grid line drawn over the cells
            // (matplotlib's ggplot style), and no edge at all.
            for bin in max(0, 2 * run.start - 2)...min(profile.count - 1, 2 * run.end + 2) { profile[bin] = 0 }
            let continuing = (0..<lines).filter { pixel(run.start - 1, $0).channelDistance(to: pixel(run.end, $0)) <= 12 }
            if Double(continuing.count) < 0.8 * Double(lines) { profile[run.start + run.end] = Double(lines) }
        }
    }

    /// Pixel shifts of the whole lattice tried when none shows where the box puts it: a box
    /// a pixel or two off the cells (a frame drawn over their first line, trimmed with it)
    /// misses every edge of a fine lattice by as much. A shifted lattice is taken only when
    /// every one of its edges has `minShiftedSupport`.
    static let shifts: [Double] = [-2, -1, 1, 2]

    /// The support each edge of a shifted lattice must have: most lines show it.
    static let minShiftedSupport = 0.5

    private static func bestLattice(support: [Double], length: Int, start: Double) -> CellLattice {
        var best = bestCount(support: support, length: length, shift: 0)
        if best.count == 1 {
            for shift in shifts {
                let shifted = bestCount(support: support, length: length, shift: shift)
                if shifted.score > best.score + 1e-9, shifted.weakest >= minShiftedSupport { best = shifted }
            }
        }
        return fit(count: best.count, support: support, length: length, start: start, shift: best.shift)
    }

    /// The cell count whose equally spaced edges, moved by `shift` pixels, lie where the most
    /// lines step, less `edgeCost` an edge (1 when none scores above nothing), with the
    /// support of its weakest edge.
    private static func bestCount(
        support: [Double], length: Int, shift: Double
    ) -> (score: Double, count: Int, shift: Double, weakest: Double) {
        let maxCount = max(1, length / 3)
        var best = (score: 0.0, count: 1, shift: 0.0, weakest: 0.0)
        for n in 2...max(2, maxCount) where n <= maxCount {
            let w = Double(length) / Double(n)
            let tolerance = min(1.5, w / 4)
            var score = 0.0, weakest = Double.infinity
            for k in 1..<n {
                let value = peak(support, at: Double(k) * w + shift, tolerance: tolerance).value
                score += value - edgeCost
                weakest = min(weakest, value)
            }
            if score > best.score + 1e-9 { best = (score, n, shift, weakest) }
        }
        return best
    }

    /// The strongest support within `tolerance` pixels of a boundary position, its
    /// support-weighted position, and the support there summed.
    private static func peak(_ support: [Double], at position: Double, tolerance: Double)
        -> (value: Double, position: Double, mass: Double)
    {
        let lo = max(0, Int((2 * (position - tolerance)).rounded(.up)))
        let hi = min(support.count - 1, Int((2 * (position + tolerance)).rounded(.down)))
        guard lo <= hi else { return (0, position, 0) }
        var best = 0.0, weight = 0.0, sum = 0.0
        for bin in lo...hi {
            best = max(best, support[bin])
            weight += support[bin]
            sum += support[bin] * Double(bin) / 2
        }
        return (best, weight > 0 ? sum / weight : position, weight)
    }

    /// Least-squares fit of the edges with at least `minSupport`; the box edges anchor it
    /// when few edges show. The cells span the box from `lead` pixels before its start to
    /// `trail` pixels past its end.
    private static func fit(
        count n: Int, support: [Double], length: Int, start: Double, minSupport: Double = edgeCost, shift: Double = 0,
        lead: Double = 0, trail: Double = 0
    ) -> CellLattice {
        let w = (Double(length) + lead + trail) / Double(n)
        var ks: [Double] = [0, Double(n)]
        var ps: [Double] = [-lead, Double(length) + trail]
        for k in 1..<max(1, n) {
            let p = peak(support, at: Double(k) * w + shift - lead, tolerance: min(1.5, w / 4))
            if p.value >= minSupport {
                ks.append(Double(k)); ps.append(p.position)
            }
        }
        guard ks.count >= 4 else { return CellLattice(count: n, origin: start - lead, step: w) }
        // Inner edges are measured precisely; the outer box edges only weakly.
        let inner = Array(2..<ks.count)
        let mk = inner.map { ks[$0] }.reduce(0, +) / Double(inner.count)
        let mp = inner.map { ps[$0] }.reduce(0, +) / Double(inner.count)
        var sxy = 0.0, sxx = 0.0
        for i in inner { sxy += (ks[i] - mk) * (ps[i] - mp); sxx += (ks[i] - mk) * (ks[i] - mk) }
        guard sxx > 0 else { return CellLattice(count: n, origin: start - lead, step: w) }
        let slope = sxy / sxx
        let intercept = mp - slope * mk
        // Trust the fit only where it agrees with the box to within two pixels at each end.
        guard abs(intercept + lead) <= 2.5, abs(intercept + slope * Double(n) - Double(length) - trail) <= 2.5 else {
            return CellLattice(count: n, origin: start - lead, step: w)
        }
        return CellLattice(count: n, origin: start + intercept, step: slope)
    }

    /// The lattice split into a whole number of finer cells when tick marks say so: marks
    /// evenly spaced at the centres of cells `k` times finer (k ≥ 2), or one cell apart at
    /// the centres of every other half cell (labels on alternate rows). Runs of
    /// same-coloured cells show no edges, so colour alone can merge them; tick marks drawn
    /// at cells' centres cannot. A few marks may be missing (left out beside text): gaps
    /// of whole multiples of the spacing, but for a quarter of them at most.
    func refined(byMarks marks: [Double]) -> CellLattice {
        let end = origin + step * Double(count)
        var centres: [Double] = []
        for m in marks.sorted() where m > origin && m < end {
            if let last = centres.last, m - last < 1.5 { continue }
            centres.append(m)
        }
        guard centres.count >= 3 else { return self }
        let gaps = zip(centres.dropFirst(), centres).map { $0 - $1 }
        let narrowest = gaps.min()!
        let steps = gaps.map { ($0 / narrowest).rounded() }
        let spacing = (centres.last! - centres.first!) / steps.reduce(0, +)
        guard 4 * steps.filter({ $0 > 1 }).count <= gaps.count,
            zip(gaps, steps).allSatisfy({ abs($0 - $1 * spacing) <= max(1.5, 0.05 * spacing) })
        else { return self }
        let perCell = (step / spacing).rounded()
        guard perCell >= 1, abs(step / spacing - perCell) * spacing <= 0.03 * step, !hasCentres(at: centres) else {
            return self
        }
        let factor = perCell == 1 ? 2 : Int(perCell)
        let lattice = CellLattice(count: count * factor, origin: origin, step: step / Double(factor))
        return lattice.hasCentres(at: centres) && centres.count * 2 >= lattice.count ? lattice : self
    }

    /// The lattice without its end cells that no tick label names, when the labels (at
    /// least 3, their centres given) name every other cell, one each at its centre, and
    /// each end cell left over is `isPlain` (the band of cells across the grid one plain
    /// colour): the panel's background past the data, inside its frame (matplotlib's
    /// round-number axis limits), not a line of masked cells, which keeps its label. At
    /// most a quarter of the cells go.
    func withoutUnlabelledPlainEnds(labels: [Double], isPlain: (Int) -> Bool) -> CellLattice {
        guard count >= 4, labels.count >= 3 else { return self }
        var named = Set<Int>()
        for c in labels {
            let k = place(of: c).rounded()
            guard k >= 0, k < Double(count), abs(c - (origin + (k + 0.5) * step)) <= max(2, 0.2 * step),
                named.insert(Int(k)).inserted
            else { return self }
        }
        let first = named.min()!, last = named.max()!
        let dropped = first + (count - 1 - last)
        guard last - first + 1 == named.count, dropped > 0, 4 * dropped <= count,
            (0..<first).allSatisfy(isPlain), (last + 1..<count).allSatisfy(isPlain)
        else { return self }
        return CellLattice(count: named.count, origin: origin + Double(first) * step, step: step)
    }

    /// Where pixel coordinate `pixel` lies in cells from the first cell's centre: 0 at its
    /// centre, 1 at the next one's, 0.5 on the edge between them.
    func place(of pixel: Double) -> Double { (pixel - origin) / step - 0.5 }

    /// Whether every mark lies at the centre of one of the cells.
    private func hasCentres(at marks: [Double]) -> Bool {
        marks.allSatisfy { m in
            let k = place(of: m).rounded()
            return abs(m - (origin + (k + 0.5) * step)) <= max(1.5, 0.1 * step)
        }
    }
}
