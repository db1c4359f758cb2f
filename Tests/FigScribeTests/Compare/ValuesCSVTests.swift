import Testing
@testable import FigScribe

@Suite("ValuesCSV")
struct ValuesCSVTests {
    @Test func aPlainMatrixGivesValuesOnly() throws {
        let expected = try ValuesCSV.parse("1,2.5,3\n4,,6\n")
        #expect(expected.aspects == [.grid, .values])
        #expect(expected.figure.values == [[1, 2.5, 3], [4, nil, 6]])
        #expect(expected.figure.grid.rows == 2 && expected.figure.grid.columns == 3)
    }

    @Test func theToolsOwnCSVRoundTrips() throws {
        let figure = ComparisonFixtures.figure()
        let expected = try ValuesCSV.parse(FigureCSV.encode(figure))
        #expect(expected.aspects == [.grid, .values, .tickLabels])
        #expect(expected.figure.values == figure.values)
        #expect(expected.figure.xAxis.ticks == figure.xAxis.ticks)
        #expect(expected.figure.yAxis.ticks == figure.yAxis.ticks)
        #expect(FigureComparison(expected: expected, actual: figure).differences.isEmpty)
    }

    /// Values are written as the JSON writes them: no ".0" on whole numbers, which would
    /// claim a digit the colour never resolved; fractions exactly.
    @Test func wholeNumbersAreWrittenWithoutADecimalPoint() {
        let figure = HeatmapFigure(
            image: .init(file: "f.png", width: 10, height: 10), grid: .init(rows: 1, columns: 4, box: .init(x: 0, y: 0, width: 4, height: 1)),
            values: [[7700, 14.5, -3, nil]])
        #expect(FigureCSV.encode(figure) == ",0,1,2,3\n0,7700,14.5,-3,\n")
    }

    @Test func numericLabelsUnderAnEmptyCornerAreLabels() throws {
        let expected = try ValuesCSV.parse(",10,20\n5,1,2\n6,3,4\n")
        #expect(expected.figure.values == [[1, 2], [3, 4]])
        #expect(expected.figure.xAxis.ticks.map(\.text) == ["10", "20"])
    }

    @Test func quotedFieldsMayHoldCommasAndQuotes() throws {
        let expected = try ValuesCSV.parse("Series,\"a, b\",\"say \"\"hi\"\"\"\nr1,1,2\n")
        #expect(expected.figure.xAxis.ticks.map(\.text) == ["a, b", "say \"hi\""])
    }

    @Test(arguments: ["", "1,2\n3\n", "a,b\nr,x\n", "\"open,1\n"])
    func badCSVIsRejected(_ text: String) {
        #expect(throws: ValuesCSV.ParseError.self) { try ValuesCSV.parse(text) }
    }
}
