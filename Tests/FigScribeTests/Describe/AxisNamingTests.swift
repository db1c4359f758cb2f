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
}
