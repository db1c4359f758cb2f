import Testing
@testable import FigScribe

@Suite("PrintedNumbers")
struct PrintedNumbersTests {
    /// A 2×2 grid of 40-px cells at the origin; colour readings 0.0, 2.5 / 5.0, 10.0 on a 0–10 scale.
    static let box = HeatmapFigure.Box(x: 0, y: 0, width: 80, height: 80)
    static let values: [[Double?]] = [[0.0, 2.5], [5.0, 10.0]]

    static func printed(_ text: String, row: Int, column: Int) -> PrintedNumbers.Cell {
        .init(row: row, column: column, text: text)
    }

    @Test func linesArePlacedInTheCellTheirMiddleLiesIn() {
        let line = TextLine(box: PixelRect(minX: 52, minY: 55, maxX: 68, maxY: 65), angle: 0, glyphIDs: [], glyphSize: 10)
        let cells = PrintedNumbers.cells([.init(line: line, text: "7")], box: Self.box, rows: 2, columns: 2)
        #expect(cells == [Self.printed("7", row: 1, column: 1)])
    }

    @Test func agreeingPrintsReplaceTheColourReading() {
        var values: [[Double?]] = [[0.004, 2.53], [4.98, 9.97]]
        let cells = [Self.printed("0.0", row: 0, column: 0), Self.printed("2.5", row: 0, column: 1),
                     Self.printed("5", row: 1, column: 0), Self.printed("10.0", row: 1, column: 1)]
        let applied = PrintedNumbers.apply(cells, to: &values, range: 10)
        #expect(applied.warnings.isEmpty)
        #expect(applied.exact == 4)
        #expect(values == [[0.0, 2.5], [5.0, 10.0]])
    }

    @Test func aDisagreeingPrintIsReportedAndTheColourStays() {
        var values = Self.values
        let applied = PrintedNumbers.apply([Self.printed("7.5", row: 0, column: 1)], to: &values, range: 10)
        #expect(applied.warnings == ["cell [0][1] shows \"7.5\" but its colour reads 2.5"])
        #expect(applied.exact == 0)
        #expect(values[0][1] == 2.5)
    }

    /// A print the colour does not bear out is read again; a reading in the prints' format that
    /// agrees with the colour is taken ("22" read for "33", a digit dropped from "77"), and
    /// the others' readings are asked for only then.
    @Test func aDisagreeingPrintTakesAnotherReadingThatAgrees() {
        var values: [[Double?]] = [[31, 52, 12, 77]]
        var asked: [String] = []
        func printed(_ text: String, column: Int, again: [String]) -> PrintedNumbers.Cell {
            var cell = Self.printed(text, row: 0, column: column)
            cell.otherReadings = { asked.append(text); return again }
            return cell
        }
        let cells = [printed("22", column: 0, again: ["2", "33"]), printed("52", column: 1, again: []),
                     printed("12", column: 2, again: []), printed("7", column: 3, again: ["77"])]
        let applied = PrintedNumbers.apply(cells, to: &values, range: 100)
        #expect(applied.warnings == [])
        #expect(values == [[33, 52, 12, 77]])
        #expect(asked == ["22", "7"])
    }

    /// Another reading with more digits than the prints have ("0.3223") is not taken, though
    /// near the colour: so many digits land near any colour.
    @Test func anotherReadingOutOfTheCommonFormatIsNotTaken() {
        var values: [[Double?]] = [[0.31, 0.52, 0.12]]
        var cell = Self.printed("0.22", row: 0, column: 0)
        cell.otherReadings = { ["0.3223", "0.23"] }
        let cells = [cell, Self.printed("0.52", row: 0, column: 1), Self.printed("0.12", row: 0, column: 2)]
        let applied = PrintedNumbers.apply(cells, to: &values, range: 1)
        #expect(applied.warnings == ["cell [0][0] shows \"0.22\" but its colour reads 0.31"])
        #expect(values[0][0] == 0.31)
    }

    /// OCR slips on small digits (a dropped point or minus, a comma) are repaired by the colour.
    @Test func misreadPointsAndSignsAreRepaired() {
        var values: [[Double?]] = [[-1.62, 1.71], [0.48, 10.0]]
        let cells = [Self.printed("1.6", row: 0, column: 0), Self.printed("17", row: 0, column: 1),
                     Self.printed("0,5", row: 1, column: 0)]
        #expect(PrintedNumbers.apply(cells, to: &values, range: 20).warnings.isEmpty)
        #expect(values == [[-1.6, 1.7], [0.5, 10.0]])
    }

    /// Glyphs set apart may show a point twice: "-0..81" is -0.81.
    @Test func aPointReadTwiceIsOnePoint() {
        var values: [[Double?]] = [[-0.83]]
        var cell = Self.printed("-0.31", row: 0, column: 0)
        cell.otherReadings = { ["-0..81"] }
        #expect(PrintedNumbers.apply([cell], to: &values, range: 2).warnings.isEmpty)
        #expect(values == [[-0.81]])
    }

    /// "0.004" on a scale spanning 0.0065 rounds away 15% of it, and the colours show the
    /// prints are rounded: the colour says more.
    @Test func coarselyRoundedPrintsKeepTheColourWithinTheirRounding() {
        var values: [[Double?]] = [[0.00351, 0.00455, 0.00322]]
        let cells = [Self.printed("0.004", row: 0, column: 0), Self.printed("0.004", row: 0, column: 1),
                     Self.printed("0.003", row: 0, column: 2)]
        let applied = PrintedNumbers.apply(cells, to: &values, range: 0.0065)
        #expect(values == [[0.00351, 0.0045, 0.00322]])
        #expect(applied.warnings.count == 1)
        #expect(applied.exact == 0)
    }

    /// "1.3 t" on a scale from 0.6 to 4.1 splits it into 35 steps: a print that fine is the
    /// data, even where the colour says 1.26.
    @Test func printsOfAFewPerCentOfTheRangeAreData() {
        var values: [[Double?]] = [[1.26, 1.06, 0.57]]
        let cells = [Self.printed("1.3 t", row: 0, column: 0), Self.printed("1.1 t", row: 0, column: 1),
                     Self.printed("0.6 t", row: 0, column: 2)]
        #expect(PrintedNumbers.apply(cells, to: &values, range: 3.5).warnings.isEmpty)
        #expect(values == [[1.3, 1.1, 0.6]])
    }

    /// On a diverging scale "-0.03" read without its minus agrees with a colour of −0.028
    /// either way; the reading nearer the colour is the one taken.
    @Test func aDroppedMinusNearZeroIsPutBack() {
        var values: [[Double?]] = [[-0.028, 0.021]]
        let cells = [Self.printed("0.03", row: 0, column: 0), Self.printed("0.02", row: 0, column: 1)]
        #expect(PrintedNumbers.apply(cells, to: &values, range: 2).warnings.isEmpty)
        #expect(values == [[-0.03, 0.02]])
    }

    /// Counts printed on a short scale are coarse prints whose colours lie on them: exact.
    @Test func coarsePrintsThatTheColoursConfirmAreExact() {
        var values: [[Double?]] = [[2.02, 6.97, 9.01]]
        let cells = [Self.printed("2", row: 0, column: 0), Self.printed("7", row: 0, column: 1),
                     Self.printed("9", row: 0, column: 2)]
        #expect(PrintedNumbers.apply(cells, to: &values, range: 10) == ([], 3))
        #expect(values == [[2, 7, 9]])
    }

    @Test func unitsAroundANumberAreDropped() {
        #expect(PrintedNumbers.numericPart(of: "2.4 t") == "2.4")
        #expect(PrintedNumbers.numericPart(of: "12 °C") == "12")
        #expect(PrintedNumbers.numericPart(of: "$30") == "30")
        #expect(PrintedNumbers.numericPart(of: "45%") == "45%")
        var values: [[Double?]] = [[2.43, nil]]
        #expect(PrintedNumbers.apply([Self.printed("2.4 t", row: 0, column: 0), Self.printed("45%", row: 0, column: 1)],
                                     to: &values, range: 10).exact == 2)
        #expect(values == [[2.4, 45]])
    }

    @Test func unreadableNumbersAreCounted() {
        var values = Self.values
        let applied = PrintedNumbers.apply([Self.printed("ab", row: 1, column: 1)], to: &values, range: 10)
        #expect(applied.warnings == ["1 number(s) printed in cells could not be read"])
        #expect(applied.exact == 0)
        #expect(values == Self.values)
    }

    @Test func aScaleIsFittedToPrintsOnAStrip() throws {
        // value = 100 + 50·position, printed to whole numbers; one misread print.
        let positions: [[Double?]] = [[0.1, 0.3, 0.5], [0.7, 0.9, nil]]
        let cells = [Self.printed("105", row: 0, column: 0), Self.printed("115", row: 0, column: 1),
                     Self.printed("125", row: 0, column: 2), Self.printed("135", row: 1, column: 0),
                     Self.printed("145", row: 1, column: 1), Self.printed("999", row: 1, column: 2)]
        let fit = try #require(PrintedNumbers.fittedScale(cells, positions: positions))
        #expect(abs(fit.value(at: 0) - 100) < 1e-9)
        #expect(abs(fit.value(at: 1) - 150) < 1e-9)
    }

    @Test func scatteredPrintsGiveNoScale() {
        let positions: [[Double?]] = [[0.1, 0.3, 0.5, 0.7]]
        let cells = [Self.printed("5", row: 0, column: 0), Self.printed("90", row: 0, column: 1),
                     Self.printed("12", row: 0, column: 2), Self.printed("70", row: 0, column: 3)]
        #expect(PrintedNumbers.fittedScale(cells, positions: positions) == nil)
    }

    /// Prints "74%" … "3%" on a 0–100 % bar whose ticks were read as "0" at the top and
    /// "40%" below the middle: the ticks' scale runs from 0 down to 67, the prints' from 100 down to 0.
    static var percentPrints: (cells: [PrintedNumbers.Cell], positions: [[Double?]]) {
        ([printed("74%", row: 0, column: 0), printed("51%", row: 0, column: 1), printed("25%", row: 0, column: 2),
          printed("3%", row: 1, column: 0), printed("97%", row: 1, column: 1), printed("60%", row: 1, column: 2)],
         [[0.26, 0.49, 0.75], [0.97, 0.03, 0.40]])
    }

    @Test func printsOnALineOfTheirOwnOverruleMisreadTicks() throws {
        let (cells, positions) = Self.percentPrints
        let misread = ScaleFit(kind: .linear, intercept: 0, slope: 66.67, outliers: [])
        let fitted = try #require(PrintedNumbers.fittedScale(cells, positions: positions))
        #expect(PrintedNumbers.overrule(misread, fitted: fitted, cells: cells, positions: positions))
        #expect(abs(fitted.value(at: 0) - 100) < 1e-9 && abs(fitted.value(at: 1)) < 1e-9)
    }

    @Test func ticksThePrintsAgreeWithAreKept() throws {
        let (cells, positions) = Self.percentPrints
        let read = ScaleFit(kind: .linear, intercept: 100.4, slope: -100.5, outliers: [])
        let fitted = try #require(PrintedNumbers.fittedScale(cells, positions: positions))
        #expect(!PrintedNumbers.overrule(read, fitted: fitted, cells: cells, positions: positions))
    }

    /// A bar labelled 0.0–1.0 beside cells printed in percent: a unit, not a misreading.
    @Test func printsInAnotherPowerOfTenKeepTheTicks() throws {
        let (cells, positions) = Self.percentPrints
        let fractions = ScaleFit(kind: .linear, intercept: 1, slope: -1, outliers: [])
        let fitted = try #require(PrintedNumbers.fittedScale(cells, positions: positions))
        #expect(!PrintedNumbers.overrule(fractions, fitted: fitted, cells: cells, positions: positions))
    }

    @Test func halfUnitFollowsTheDecimals() {
        #expect(PrintedNumbers.halfUnit(of: "0.42") == 0.005)
        #expect(PrintedNumbers.halfUnit(of: "0,032") == 0.0005)
        #expect(PrintedNumbers.halfUnit(of: "1,000") == 0.5)
        #expect(PrintedNumbers.halfUnit(of: "17") == 0.5)
    }
}
