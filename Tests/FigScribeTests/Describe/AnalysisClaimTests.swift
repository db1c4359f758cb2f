import Foundation
import Testing

@testable import FigScribe

/// Checks every claim the analysis makes against the values, for every input figure,
/// without reading any wording.
@Suite struct AnalysisClaimTests {
    static let figures: [(name: String, figure: HeatmapFigure)] = (try? DescribeFixtures.allFigures()) ?? []

    @Test func fixturesLoad() {
        #expect(Self.figures.count >= DescribeFixtures.names.count)
    }

    @Test(arguments: figures.map(\.name))
    func claimsHold(name: String) throws {
        let figure = try #require(Self.figures.first { $0.name == name }?.figure)
        let analysis = try Analysis(figure)
        let all = valuedCells(figure)
        let values = all.map(\.1)
        #expect(analysis.valued.count + analysis.nullCells.count == figure.grid.rows * figure.grid.columns)
        #expect(analysis.valued.count == all.count)

        for s in analysis.series where s.count > 0 {
            let series = seriesValues(figure, analysis: analysis, series: s.index)
            let present = series.compactMap(\.value)
            #expect(s.count == present.count, "\(name) \(s.name) count")
            #expect(s.low == present.min(), "\(name) \(s.name) low")
            #expect(s.high == present.max(), "\(name) \(s.name) high")
            #expect(abs(s.mean - present.reduce(0, +) / Double(present.count)) < 1e-12)
            for i in s.lowAt { #expect(series[i].value == s.low) }
            for i in s.highAt { #expect(series[i].value == s.high) }
            if s.sign == .negative { #expect(present.allSatisfy { $0 < 0 }) }
            if s.sign == .positive { #expect(present.allSatisfy { $0 > 0 }) }
            checkShape(s.shape, series: series, order: analysis.alongNames.trendOrder, span: analysis.scaleSpan, label: "\(name) \(s.name)")
        }

        for finding in analysis.findings {
            switch finding {
            case .maximum(let value, let cells):
                #expect(value == values.max(), "\(name) maximum")
                #expect(!cells.isEmpty && cells.allSatisfy { analysis.value($0) == value })
            case .minimum(let value, let cells):
                #expect(value == values.min(), "\(name) minimum")
                #expect(!cells.isEmpty && cells.allSatisfy { analysis.value($0) == value })
            case .onlyPatternedSeries(let index):
                let patterned = analysis.series.filter { $0.shape.isDistinct }.map(\.index)
                #expect(patterned == [index], "\(name) only patterned")
            case .restRange(let excluded, let low, let high):
                let rest = all.filter { cell, _ in
                    !excluded.contains(analysis.seriesDirection == .columns ? cell.column : cell.row)
                }.map(\.1)
                #expect(rest.min() == low && rest.max() == high, "\(name) rest range")
            case .saturation(let atLow, let atHigh):
                let bar = try #require(figure.colorbar)
                let log = bar.scale == .log
                let f = { (v: Double) in log ? log10(v) : v }
                let tolerance = 0.01 * (f(bar.max) - f(bar.min))
                #expect(atLow.count == values.filter { f($0) <= f(bar.min) + tolerance }.count, "\(name) low saturation")
                #expect(atHigh.count == values.filter { f($0) >= f(bar.max) - tolerance }.count, "\(name) high saturation")
            case .bandCounts(let counts):
                let bins = try #require(figure.colorbar?.bins).sorted { $0.from < $1.from }
                #expect(counts.map { [$0.from, $0.to] } == bins.map { [$0.from, $0.to] }, "\(name) bands")
                #expect(counts.map(\.cells).reduce(0, +) == values.count, "\(name) band counts")
                for band in counts {
                    #expect(band.cells == values.filter { $0 >= band.from && $0 <= band.to }.count, "\(name) band \(band.from)")
                }
            case .signs(let negative, let positive, let zero, let share):
                #expect(negative == values.filter { $0 < 0 }.count)
                #expect(positive == values.filter { $0 > 0 }.count)
                #expect(zero == values.filter { $0 == 0 }.count)
                let means = analysis.series.filter { $0.count > 0 }.map(\.mean)
                if share == .negative { #expect(means.allSatisfy { $0 < 0 }) }
                if share == .positive { #expect(means.allSatisfy { $0 > 0 }) }
            case .duplicateNames(let direction, let text, let indices):
                let ticks = direction == .columns ? figure.xAxis.ticks : figure.yAxis.ticks
                let found = ticks.filter { $0.text == text }.map { Int($0.position.rounded()) }.sorted()
                #expect(found == indices, "\(name) duplicates")
            case .symmetric(let maxDifference):
                #expect(figure.grid.rows == figure.grid.columns)
                for r in 0..<figure.grid.rows {
                    for c in 0..<figure.grid.columns {
                        if let a = analysis.value(Cell(row: r, column: c)), let b = analysis.value(Cell(row: c, column: r)) {
                            #expect(abs(a - b) <= maxDifference + 1e-12)
                        }
                    }
                }
                #expect(maxDifference <= 0.03 * analysis.scaleSpan)
            case .constantDiagonal(let low, let high):
                let diagonal = (0..<figure.grid.rows).compactMap { analysis.value(Cell(row: $0, column: $0)) }
                #expect(diagonal.min() == low && diagonal.max() == high)
            case .dominantDiagonal(let d, let off, let led, let rows):
                let n = figure.grid.rows
                #expect(rows == n)
                var counted = 0
                for r in 0..<n {
                    guard let dv = analysis.value(Cell(row: r, column: r)) else { continue }
                    if (0..<n).allSatisfy({ $0 == r || (analysis.value(Cell(row: r, column: $0)) ?? -.infinity) < dv }) {
                        counted += 1
                    }
                }
                #expect(counted == led && d > off, "\(name) diagonal")
            case .masked(let cells, let pattern):
                let nulls = (0..<figure.grid.rows).flatMap { r in
                    (0..<figure.grid.columns).compactMap { c in analysis.value(Cell(row: r, column: c)) == nil ? Cell(row: r, column: c) : nil }
                }
                #expect(cells == nulls, "\(name) masked cells")
                if pattern == .upperTriangle { #expect(cells.allSatisfy { $0.column > $0.row }) }
                if pattern == .lowerTriangle { #expect(cells.allSatisfy { $0.column < $0.row }) }
            }
        }
    }

    /// A confusion matrix: counts in the hundreds on the diagonal, a few slips off it, no
    /// colour bar drawn. Its mirror images differ by at most 4 of 1123, but that is most
    /// of what the slips vary by: the diagonal dominates, the grid is not called symmetric,
    /// and no cell is said to sit at an end of a colour scale nobody drew.
    @Test func aConfusionMatrixIsDiagonalNotSymmetric() throws {
        let counts: [[Double?]] = [
            [972, 0, 1, 1, 1], [0, 1123, 3, 1, 0], [2, 0, 1025, 0, 0], [0, 0, 0, 1005, 0], [0, 1, 1, 0, 967],
        ]
        let figure = HeatmapFigure(
            image: .init(file: "cm.png", width: 300, height: 300),
            colorbar: .init(orientation: nil, min: 0, max: 1123), grid: .init(rows: 5, columns: 5, box: .init(x: 50, y: 50, width: 200, height: 200)), values: counts)
        let findings = try Analysis(figure).findings
        #expect(!findings.contains { if case .symmetric = $0 { true } else { false } })
        #expect(findings.contains { if case .dominantDiagonal(_, _, 5, 5) = $0 { true } else { false } })
        #expect(!findings.contains { if case .saturation = $0 { true } else { false } })
    }

    /// On a discrete log scale a cell holds its band's geometric centre: 10 for the band
    /// 1–100, nearer the arithmetic centre of 0.01–1 (0.505) than of its own (50.5). It is
    /// counted in the band that holds it; of the two bands a misread label made overlap,
    /// in the one whose centre it is.
    @Test func bandCountsGoByTheBandThatHoldsAValue() {
        let logBands = [HeatmapFigure.Bin(from: 0.01, to: 1), .init(from: 1, to: 100)]
        #expect(FindingDetector.bandCounts([0.1, 10, 10], bins: logBands).map(\.cells) == [1, 2])
        let overlapping = [HeatmapFigure.Bin(from: 0, to: 0.5), .init(from: 0, to: 0), .init(from: 0.5, to: 1)]
        #expect(FindingDetector.bandCounts([0.25, 0, 0.75], bins: overlapping).map(\.cells) == [1, 1, 1])
    }

    /// The seed figure's `_PAUSE_` column: three bands, layers 0–3, 4–7 and 8–11.
    @Test func seedPauseBands() throws {
        let analysis = try Analysis(DescribeFixtures.figure("seed_meta_token2"))
        #expect(analysis.seriesDirection == .columns)
        let pause = try #require(analysis.series.first { $0.name == "_PAUSE_" })
        guard case .bands(let bands) = pause.shape else {
            Issue.record("_PAUSE_ is \(pause.shape)")
            return
        }
        #expect(bands.map { [$0.first, $0.last] } == [[0, 3], [4, 7], [8, 11]])
        #expect(analysis.findings.contains(.onlyPatternedSeries(series: 5)))
    }

    // MARK: - Independent checks

    private func valuedCells(_ figure: HeatmapFigure) -> [(Cell, Double)] {
        var out: [(Cell, Double)] = []
        for (r, row) in figure.values.enumerated() where r < figure.grid.rows {
            for (c, v) in row.enumerated() where c < figure.grid.columns {
                if let v, v.isFinite { out.append((Cell(row: r, column: c), v)) }
            }
        }
        return out
    }

    private func seriesValues(_ figure: HeatmapFigure, analysis: Analysis, series: Int) -> [(index: Int, value: Double?)] {
        let length = analysis.seriesDirection == .columns ? figure.grid.rows : figure.grid.columns
        return (0..<length).map { a in (a, analysis.value(analysis.cell(series: series, along: a))) }
    }

    private func checkShape(_ shape: SeriesShape, series: [(index: Int, value: Double?)], order: [Int], span: Double, label: String) {
        let ordered = order.compactMap { series[$0].value }
        let third = max(1, ordered.count / 3)
        let head = ordered.prefix(third).reduce(0, +) / Double(third)
        let tail = ordered.suffix(third).reduce(0, +) / Double(third)
        switch shape {
        case .rising:
            #expect(tail > head, "\(label) rises")
            #expect((Statistics.spearmanWithOrder(ordered) ?? 0) >= 0.7, "\(label) rises steadily")
        case .falling:
            #expect(tail < head, "\(label) falls")
            #expect((Statistics.spearmanWithOrder(ordered) ?? 0) <= -0.7, "\(label) falls steadily")
        case .flat:
            #expect((ordered.max() ?? 0) - (ordered.min() ?? 0) <= 0.05 * span, "\(label) flat")
        case .peak(let at):
            let top = series[at].value
            #expect(top == ordered.max(), "\(label) peak is the maximum")
            #expect((top ?? 0) > max(head, tail), "\(label) peak above the ends")
        case .trough(let at):
            let bottom = series[at].value
            #expect(bottom == ordered.min(), "\(label) trough is the minimum")
            #expect((bottom ?? 0) < min(head, tail), "\(label) trough below the ends")
        case .bands(let bands):
            #expect(bands.count >= 2)
            var covered: [Int] = []
            for band in bands {
                let inBand = series.filter { $0.index >= band.first && $0.index <= band.last }.compactMap(\.value)
                #expect(inBand.min() == band.low && inBand.max() == band.high, "\(label) band values")
                covered += Array(band.first...band.last)
            }
            let valued = series.filter { $0.value != nil }.map(\.index)
            #expect(Set(covered).isSuperset(of: valued), "\(label) bands cover the series")
            #expect(Set(covered).count == covered.count, "\(label) bands do not share cells")
            for (a, b) in zip(bands, bands.dropFirst()) {
                #expect(abs(b.mean - a.mean) >= 0.1 * span, "\(label) bands differ")
                #expect(a.high < b.low || b.high < a.low, "\(label) bands do not overlap")
            }
        case .noTrend:
            break
        }
    }
}
