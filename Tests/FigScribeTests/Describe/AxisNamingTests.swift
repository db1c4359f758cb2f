import Testing

@testable import FigScribe

/// How the cells of an axis with sparse numeric tick labels are named.
@Suite("Axis naming")
struct AxisNamingTests {
    /// Token indices labelled every fifth cell, the labels measured a few hundredths of a
    /// cell off their cells' centres (as matshow_05's are): the cells are 0, 1, 2 … 24,
    /// not ≈ 0.0 … ≈ 24.0.
    @Test func measuredTicksOnWholeNumbersNameCellsByWholeNumbers() {
        let ticks = [(0, -0.029), (5, 5.011), (10, 10.0), (15, 14.989), (20, 20.02)]
            .map { HeatmapFigure.Tick(text: String($0.0), position: $0.1) }
        let naming = AxisNaming(axis: .init(label: "Key token", ticks: ticks), count: 25, direction: .columns)
        #expect(naming.kind == .numeric(interpolated: false, logarithmic: false))
        #expect(naming.names.prefix(3) == ["0", "1", "2"])
        #expect(naming.names.last == "24")
        #expect(naming.phrase(7) == "key token 7")
    }

    /// Ticks on cell edges put the centres halfway between whole numbers; a step of a
    /// half or of 1.1 is no whole step: both stay interpolated.
    @Test func centresBetweenWholeNumbersStayInterpolated() {
        #expect(!AxisNaming.landsOnWholeNumbers([0.5, 1.5, 2.5]))
        #expect(!AxisNaming.landsOnWholeNumbers([0, 0.5, 1, 1.5]))
        #expect(!AxisNaming.landsOnWholeNumbers([0, 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 11]))
        #expect(AxisNaming.landsOnWholeNumbers([1985.02, 1986.01, 1987, 1987.98]))
        let ticks = [("0.0", -0.5), ("1.0", 1.5)].map { HeatmapFigure.Tick(text: $0.0, position: $0.1) }
        let naming = AxisNaming(axis: .init(label: "Depth", ticks: ticks), count: 2, direction: .rows)
        #expect(naming.names == ["≈ 0.25", "≈ 0.75"])
    }

    /// An unlabelled cell among sparse text labels is listed as "(column 6)" but named
    /// "column 6" in sentences, never "column (column 6)".
    @Test func unlabelledCellsAmongSparseLabelsAreNamedByPosition() {
        let ticks = [("s01", 0.0), ("s03", 2.0)].map { HeatmapFigure.Tick(text: $0.0, position: $0.1) }
        let naming = AxisNaming(axis: .init(label: "Slot", ticks: ticks), count: 4, direction: .columns)
        #expect(naming.names == ["s01", "(column 2)", "s03", "(column 4)"])
        #expect(naming.phrase(1) == "column 2")
        #expect(naming.gridPhrase(1) == "column 2")
        #expect(naming.gridPhrase(2) == "column s03")
    }

    /// Numbered names that share the text around their number, and month or weekday names
    /// in calendar order, run in an order of their own; shuffled or unrelated names do not.
    @Test func namesThatRunInAnOrderOfTheirOwnAreASequence() {
        #expect(NameSequence.keys((1...9).map { "C\($0)" }) == (1...9).map(Double.init))
        #expect(NameSequence.keys(["Q4", "Q3", "Q2", "Q1"]) == [4, 3, 2, 1])
        #expect(NameSequence.keys(["S-01", "S-02", "S-03 (ctrl)"]) == nil)
        #expect(NameSequence.keys(["S-01 a", "S-02 a", "S-10 a"]) == [1, 2, 10])
        #expect(NameSequence.keys(["Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"]) == (0...7).map(Double.init))
        #expect(NameSequence.keys(["Sunday", "Saturday", "Friday"]) == [6, 5, 4])
        #expect(NameSequence.keys(["G7", "G2", "G9"]) == nil)
        #expect(NameSequence.keys(["TP53", "BRCA1", "EGFR"]) == nil)
        #expect(NameSequence.keys(["Mar", "Jan", "Feb"]) == nil)
        #expect(NameSequence.keys(["C1", "C2"]) == nil)
    }

    /// Rows that climb from C1 to C9 are said to rise along the columns, though the names
    /// are text: "no consistent trend" had been said of them.
    @Test func trendsFollowNumberedCategoryNames() throws {
        let values: [[Double?]] = (0..<4).map { (r: Int) -> [Double?] in
            (0..<9).map { (c: Int) -> Double? in
                let wobble: Double = r % 2 == 0 ? 0 : (c % 2 == 0 ? 0.05 : -0.05)
                return Double(c) * 0.2 - 0.8 + wobble
            }
        }
        let figure = HeatmapFigure(
            image: .init(file: "t.png", width: 100, height: 100),
            xAxis: .init(ticks: (0..<9).map { .init(text: "C\($0 + 1)", position: Double($0)) }),
            yAxis: .init(ticks: ["GAPDH", "TP53", "MYC", "EGFR"].enumerated().map {
                .init(text: $0.element, position: Double($0.offset))
            }),
            colorbar: .init(orientation: .vertical, min: -1, max: 1),
            grid: .init(rows: 4, columns: 9, box: .init(x: 0, y: 0, width: 90, height: 40)), values: values)
        let analysis = try Analysis(figure)
        #expect(analysis.seriesDirection == .rows)
        #expect(analysis.series.allSatisfy { if case .rising = $0.shape { true } else { false } })
    }
}

/// When a description tells values apart by sign.
@Suite("Number style")
struct NumberStyleTests {
    /// A diverging scale spans zero; a scale of counts whose low end came out at −1 of 100
    /// does not, unless some values are negative.
    @Test func aScaleSpansZeroInEarnestOrWhenValuesTakeBothSigns() {
        #expect(NumberStyle.spansZero(scale: -0.04...0.04, data: 0.01...0.03))
        #expect(!NumberStyle.spansZero(scale: -1...100, data: 3...97))
        #expect(NumberStyle.spansZero(scale: -1...100, data: -0.5...97))
        #expect(!NumberStyle.spansZero(scale: 0...100, data: 0...97))
    }

    /// Values on a logarithmic scale span decades: written to three significant digits,
    /// not to the tick step's fixed decimals ("7700.0", "1.3").
    @Test func logarithmicValuesAreWrittenToSignificantDigits() {
        let style = NumberStyle(decimals: 1, significantDigits: NumberStyle.logarithmicSignificantDigits)
        #expect(style.plain(7700) == "7700")
        #expect(style.plain(14.5) == "14.5")
        #expect(style.plain(1.3) == "1.3")
        #expect(style.plain(0.012345) == "0.0123")
        #expect(style.plain(160.5) == "161")
        #expect(NumberStyle(decimals: 1).plain(7700) == "7700.0")
    }

    /// A discrete scale's values are its band centres: bands 25–50 and 50–75 are written
    /// 37.5 and 62.5, though the boundaries' step of 25 alone would round them to 38 and 62.
    @Test func bandCentresOfADiscreteScaleAreWrittenInFull() {
        let edges: [Double] = [0, 25, 50, 75, 100]
        let figure = HeatmapFigure(
            image: .init(file: "t.png", width: 100, height: 100),
            colorbar: .init(
                orientation: .vertical, min: 0, max: 100, scale: .discrete,
                ticks: edges.map { .init(text: String(Int($0)), value: $0) },
                bins: zip(edges, edges.dropFirst()).map { .init(from: $0, to: $1) }),
            grid: .init(rows: 1, columns: 2, box: .init(x: 0, y: 0, width: 20, height: 10)), values: [[37.5, 62.5]])
        let style = NumberStyle(for: figure, dataRange: 37.5...62.5)
        #expect(style.plain(37.5) == "37.5")
        #expect(style.plain(62.5) == "62.5")
        #expect(NumberStyle.exactDecimals(40) == 0)
        #expect(NumberStyle.exactDecimals(37.25) == 2)
    }
}
