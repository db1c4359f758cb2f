import Foundation

/// Finds the figure-wide observations: extremes, the series that stands out, saturation,
/// signs, repeated names, symmetry, a dominant diagonal and masked cells.
struct FindingDetector {
    let analysis: Analysis

    /// Tolerances as fractions of the colour scale's span.
    static let saturationTolerance = 0.01
    static let symmetryTolerance = 0.03
    /// The largest mirror difference, as a share of the off-diagonal cells' range.
    static let symmetryShareOfOffDiagonal = 0.25
    /// The other series' range is worth stating only when it spans at most this share of
    /// the full range of values.
    static let restRangeShare = 0.8

    /// How many of `values` fall in each band, from the low end: each value in the band
    /// that holds it (a cell holds its band's centre, arithmetic or, on a log scale,
    /// geometric; a wide log band's geometric centre can lie nearer a neighbour's arithmetic
    /// one), of bands that overlap the one whose centre is nearest, and the nearest band for
    /// a printed value beyond them all.
    static func bandCounts(_ values: [Double], bins: [HeatmapFigure.Bin]) -> [BandCount] {
        let sorted = bins.sorted { $0.from < $1.from }
        var counts = sorted.map { BandCount(from: $0.from, to: $0.to, cells: 0) }
        let nearness = { (v: Double, band: HeatmapFigure.Bin) in
            (outside: max(band.from - v, v - band.to, 0), offCentre: abs((band.from + band.to) / 2 - v))
        }
        for v in values {
            guard let i = sorted.indices.min(by: { nearness(v, sorted[$0]) < nearness(v, sorted[$1]) }) else { continue }
            counts[i].cells += 1
        }
        return counts
    }

    func findings() -> [Finding] {
        var out: [Finding] = []
        let a = analysis
        let values = a.valued.map(\.value)
        if let minimum = values.min(), let maximum = values.max() {
            out.append(.minimum(value: minimum, cells: a.valued.filter { $0.value == minimum }.map(\.cell)))
            out.append(.maximum(value: maximum, cells: a.valued.filter { $0.value == maximum }.map(\.cell)))
        }
        let patterned = a.series.filter { $0.shape.isDistinct && $0.count > 0 }
        if patterned.count == 1, let only = patterned.first, a.series.count >= 3 {
            out.append(.onlyPatternedSeries(series: only.index))
        }
        if (1...2).contains(patterned.count), a.series.count - patterned.count >= 3 {
            let excluded = Set(patterned.map(\.index))
            let rest = a.valued.filter { entry in
                let s = a.seriesDirection == .columns ? entry.cell.column : entry.cell.row
                return !excluded.contains(s)
            }.map(\.value)
            // Worth saying only when the other series keep clearly within the full range.
            if let low = rest.min(), let high = rest.max(), let minimum = values.min(), let maximum = values.max(),
                high - low <= FindingDetector.restRangeShare * (maximum - minimum)
            {
                out.append(.restRange(excluding: excluded.sorted(), low: low, high: high))
            }
        }
        if let bar = a.figure.colorbar, bar.scale == .discrete, let bins = bar.bins, !bins.isEmpty {
            out.append(.bandCounts(Self.bandCounts(values, bins: bins)))
        } else if let bar = a.figure.colorbar, bar.orientation != nil {
            // Along the scale as drawn (none drawn: its ends are merely the data's): on a logarithmic one, in decades.
            let place = bar.scale == .log && a.scaleLow > 0 ? { (v: Double) in log10(max(v, .leastNormalMagnitude)) } : { $0 }
            let (low, high) = (place(a.scaleLow), place(a.scaleHigh))
            let tolerance = FindingDetector.saturationTolerance * (high - low)
            out.append(
                .saturation(
                    atLow: a.valued.filter { place($0.value) <= low + tolerance }.map(\.cell),
                    atHigh: a.valued.filter { place($0.value) >= high - tolerance }.map(\.cell)))
        }
        if a.spansZero {
            let means = a.series.filter { $0.count > 0 }.map(\.mean)
            var share: SharedSign? = nil
            if means.count >= 2, means.allSatisfy({ $0 < 0 }) { share = .negative }
            if means.count >= 2, means.allSatisfy({ $0 > 0 }) { share = .positive }
            out.append(
                .signs(
                    negative: values.filter { $0 < 0 }.count, positive: values.filter { $0 > 0 }.count,
                    zero: values.filter { $0 == 0 }.count, meansShare: share))
        }
        for naming in [a.columnNames, a.rowNames] where naming.kind == .categorical {
            var seen: [String: [Int]] = [:]
            for (i, name) in naming.names.enumerated() { seen[name, default: []].append(i) }
            for (name, indices) in seen.sorted(by: { ($0.value.first ?? 0) < ($1.value.first ?? 0) })
            where indices.count > 1 {
                out.append(.duplicateNames(direction: naming.direction, name: name, indices: indices))
            }
        }
        out += squareFindings()
        if !a.nullCells.isEmpty {
            out.append(.masked(cells: a.nullCells, pattern: maskPattern()))
        }
        return out
    }

    private func squareFindings() -> [Finding] {
        let a = analysis
        guard a.rows == a.columns, a.rows >= 3 else { return [] }
        let n = a.rows
        var maxDifference = 0.0
        var pairs = 0
        var mirrored: [Double] = []
        for r in 0..<n {
            for c in (r + 1)..<n {
                guard let x = a.value(Cell(row: r, column: c)), let y = a.value(Cell(row: c, column: r)) else {
                    continue
                }
                pairs += 1
                maxDifference = max(maxDifference, abs(x - y))
                mirrored += [x, y]
            }
        }
        let diagonal = (0..<n).compactMap { a.value(Cell(row: $0, column: $0)) }
        // Mirror images match when they differ little against the scale and against how
        // much the cells off the diagonal differ among themselves: a confusion matrix whose
        // off-diagonal counts are all near zero is not symmetric for that.
        let offRange = (mirrored.max() ?? 0) - (mirrored.min() ?? 0)
        if pairs >= n, maxDifference <= FindingDetector.symmetryTolerance * a.scaleSpan,
            maxDifference <= FindingDetector.symmetryShareOfOffDiagonal * offRange || maxDifference == 0
        {
            var out: [Finding] = [.symmetric(maxDifference: maxDifference)]
            if diagonal.count == n, let low = diagonal.min(), let high = diagonal.max(),
                high - low <= 0.01 * a.scaleSpan
            {
                out.append(.constantDiagonal(low: low, high: high))
            }
            return out
        }
        var led = 0
        var offDiagonal: [Double] = []
        for r in 0..<n {
            let row = (0..<n).compactMap { c in a.value(Cell(row: r, column: c)).map { (c, $0) } }
            offDiagonal += row.filter { $0.0 != r }.map(\.1)
            if let d = a.value(Cell(row: r, column: r)), row.allSatisfy({ $0.0 == r || $0.1 < d }) { led += 1 }
        }
        if let dMean = Statistics.mean(diagonal), let oMean = Statistics.mean(offDiagonal),
            Double(led) >= 0.8 * Double(n), dMean - oMean >= 0.25 * a.scaleSpan
        {
            return [.dominantDiagonal(diagonalMean: dMean, offDiagonalMean: oMean, rowsLed: led, rows: n)]
        }
        return []
    }

    private func maskPattern() -> MaskPattern {
        let a = analysis
        let nulls = Set(a.nullCells)
        guard a.rows == a.columns, a.rows >= 2 else { return .scattered }
        let n = a.rows
        let upper = Set((0..<n).flatMap { r in ((r + 1)..<n).map { Cell(row: r, column: $0) } })
        let lower = Set((0..<n).flatMap { r in (0..<r).map { Cell(row: r, column: $0) } })
        if nulls == upper { return .upperTriangle }
        if nulls == lower { return .lowerTriangle }
        return .scattered
    }
}
