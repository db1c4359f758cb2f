import Testing
@testable import FigScribe

@Suite("FigureComparison")
struct FigureComparisonTests {
    typealias F = ComparisonFixtures

    func compare(_ expected: HeatmapFigure, _ actual: HeatmapFigure, aspects: ExpectedFigure.Aspects = .all,
                 tolerance: ComparisonTolerance = .standard) -> FigureComparison {
        FigureComparison(expected: ExpectedFigure(figure: expected, aspects: aspects), actual: actual, tolerance: tolerance)
    }

    @Test func identicalFiguresMatchWithNoDifferences() {
        let c = compare(F.figure(), F.figure())
        #expect(c.matches)
        #expect(c.differences.isEmpty)
    }

    @Test func readingNoiseWithinTwoPercentMatches() {
        let noisy = F.figure(values: F.figure().values.map { $0.map { $0.map { $0 + 1.9 } } }, min: 0.5, max: 99.2)
        #expect(compare(F.figure(), noisy).matches)
    }

    @Test func aCellMovedByTenPercentIsNamedByItsLabels() throws {
        let c = compare(F.figure(), F.with(F.figure(), row: 2, column: 3, value: 65 + 10))
        #expect(!c.matches)
        let only = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(only.kind == .cell)
        #expect(only.cell == .init(row: 2, column: 3))
        #expect(only.summary == "cell gamma × Thu: 65 → 75 (10 % of the range)")
    }

    @Test func unlabelledCellsAreNamedByNumber() throws {
        var expected = F.figure()
        expected.xAxis.ticks = []
        var actual = F.with(expected, row: 0, column: 1, value: 50)
        actual.xAxis.ticks = []
        let d = try #require(compare(expected, actual).changes.first)
        #expect(d.subject == "cell alpha × column 2")
    }

    @Test func aChangedColourScaleEndIsNamed() throws {
        let c = compare(F.figure(), F.figure(max: 120))
        #expect(!c.matches)
        let d = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(d.kind == .colourScale)
        #expect(d.summary == "colour scale max: 100 → 120 (20 % of the range)")
    }

    @Test func scaleKindAndColormapChangesAreNamed() {
        var actual = F.figure(scale: .log)
        actual.colorbar?.colormap = "magma"
        let subjects = compare(F.figure(), actual).changes.map(\.subject)
        #expect(subjects.contains("colour scale kind"))
        #expect(subjects.contains("colormap"))
    }

    @Test func aMissingColourScaleIsAChange() {
        var actual = F.figure()
        actual.colorbar = nil
        #expect(compare(F.figure(), actual).changes.map(\.subject) == ["colour scale", "colour scale label"])
    }

    @Test func aCellWithoutAValueIsUnsureNotChanged() throws {
        let c = compare(F.figure(), F.with(F.figure(), row: 1, column: 1, value: nil))
        #expect(c.matches)
        let d = try #require(c.differences.first)
        #expect(d.status == .unsure)
        #expect(d.actual == nil)
    }

    @Test func aCellNamedInAWarningIsUnsure() throws {
        var actual = F.with(F.figure(), row: 0, column: 2, value: 90)
        actual.warnings = ["cell [0][2] shows \"20\" but its colour reads 90"]
        let c = compare(F.figure(), actual)
        #expect(c.matches)
        #expect(c.differences.map(\.status) == [.unsure])
    }

    @Test func ocrLookAlikesInLabelsAreFlaggedNotCounted() {
        let c = compare(F.figure(), F.figure(title: "L0ad", columns: ["M0n", "Tue", "Wed", "Thu"]))
        #expect(c.matches)
        #expect(c.differences.map(\.status) == [.lookAlike, .lookAlike])
        #expect(c.differences.map(\.subject) == ["title", "x labels"])
    }

    @Test func aRenamedLabelIsAChange() throws {
        let c = compare(F.figure(), F.figure(columns: ["Monday", "Tue", "Wed", "Thu"]))
        let d = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(d.summary == "x labels: 'Mon' → 'Monday'")
    }

    @Test func addedAndRemovedTicksAreChanges() {
        var actual = F.figure()
        actual.xAxis.ticks.removeLast()
        actual.yAxis.ticks.append(.init(text: "delta", position: 3))
        let summaries = compare(F.figure(), actual).changes.map(\.summary)
        #expect(summaries == ["x labels: 'Thu' → none", "y labels: none → 'delta'"])
    }

    @Test func aTransposedMatrixIsNamedSo() throws {
        let expected = F.figure()
        let t = (0..<4).map { c in (0..<3).map { r in expected.values[r][c] } }
        let actual = F.figure(values: t, columns: F.rows, rows: F.columns)
        let c = compare(expected, actual)
        let d = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(d.summary == "grid: 3×4 → 4×3 (transposed)")
    }

    @Test func aTransposedSquareMatrixIsOneDifference() throws {
        let values: [[Double?]] = [[10, 20, 30], [40, 50, 60], [70, 80, 90]]
        let transposed: [[Double?]] = [[10, 40, 70], [20, 50, 80], [30, 60, 90]]
        let expected = F.figure(values: values, columns: ["a", "b", "c"])
        let c = compare(expected, F.figure(values: transposed, columns: ["a", "b", "c"]))
        let d = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(d.note?.contains("transposed") == true)
    }

    @Test func aDifferentShapeIsNotCalledTransposed() throws {
        let c = compare(F.figure(), F.figure(values: [[1, 2], [3, 4]], columns: ["a", "b"], rows: ["x", "y"]))
        let grid = try #require(c.changes.first { $0.kind == .grid })
        #expect(grid.summary == "grid: 3×4 → 2×2")
    }

    @Test func onlyTheAspectsTheExpectedFigureKnowsAreCompared() {
        let actual = F.figure(title: "Other", max: 140, columns: ["Monday", "Tue", "Wed", "Thu"])
        #expect(compare(F.figure(), actual, aspects: [.grid, .values]).matches)
    }

    @Test func anAbsoluteToleranceIsInDataUnits() {
        let actual = F.with(F.figure(), row: 0, column: 0, value: 10.3)
        #expect(!compare(F.figure(), actual, tolerance: .absolute(0.1)).matches)
        #expect(compare(F.figure(), actual, tolerance: .absolute(0.5)).matches)
    }

    @Test func logScalesAreComparedAlongTheLogarithm() {
        let expected = F.figure(values: [[1, 10], [100, 1000]], min: 1, max: 10000, scale: .log, columns: ["a", "b"], rows: ["x", "y"])
        // 1000 → 1100 is 1 % of a 4-decade range; 1 → 2 is 7.5 %.
        #expect(compare(expected, F.with(expected, row: 1, column: 1, value: 1100)).matches)
        #expect(!compare(expected, F.with(expected, row: 0, column: 0, value: 2)).matches)
    }

    @Test func anImageWithoutAHeatmapDiffers() {
        let c = FigureComparison(expected: ExpectedFigure(figure: F.figure()), noHeatmap: "no grid found")
        #expect(!c.matches)
        #expect(c.changes.first?.summary == "grid: 3×4 → none (no heatmap found: no grid found)")
    }

    // MARK: Figures of panels

    func panels(_ figures: [HeatmapFigure], title: String? = "All") -> ExpectedPanels {
        ExpectedPanels(title: title, panels: figures.map { ExpectedFigure(figure: $0) })
    }

    @Test func panelsAreComparedInOrderAndEachDifferenceNamesItsPanel() throws {
        let moved = F.with(F.figure(), row: 2, column: 3, value: 65 + 10)
        let c = FigureComparison(expected: panels([F.figure(), F.figure()]), actualTitle: "All", actual: [F.figure(), moved])
        let only = try #require(c.changes.first)
        #expect(c.changes.count == 1)
        #expect(only.panel == 2)
        #expect(only.cell == .init(row: 2, column: 3))
        #expect(only.subject == "panel 2: cell gamma × Thu")
    }

    @Test func theFigureTitleIsCompared() {
        let c = FigureComparison(expected: panels([F.figure(), F.figure()]), actualTitle: "Other", actual: [F.figure(), F.figure()])
        #expect(c.changes.map(\.summary) == ["figure title: 'All' → 'Other'"])
        #expect(c.changes.first?.panel == nil)
    }

    /// Which panel is which is unknown when their number changed: that is the one difference.
    @Test func anotherNumberOfPanelsIsTheOneDifference() {
        let c = FigureComparison(expected: panels([F.figure(), F.figure()]), actualTitle: "All", actual: [F.figure()])
        #expect(c.changes.map(\.summary) == ["panels: 2 → 1 (the number of heatmap panels changed)"])
    }

    @Test func oneHeatmapOnEachSideComparesAsOne() {
        let moved = F.with(F.figure(), row: 0, column: 0, value: 90)
        let c = FigureComparison(expected: panels([F.figure()], title: nil), actualTitle: nil, actual: [moved])
        #expect(c == compare(F.figure(), moved))
        #expect(c.changes.first?.panel == nil)
    }

    @Test func panelsWithoutAHeatmapInTheImageDiffer() {
        let c = FigureComparison(expected: panels([F.figure(), F.figure()]), noHeatmap: "no grid found")
        #expect(c.changes.map(\.summary) == ["panels: 2 → 0 (no heatmap found: no grid found)"])
    }
}
