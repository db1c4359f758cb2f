import Testing
@testable import FigScribe

@Suite("NumericTickLine")
struct NumericTickLineTests {
    /// −6, −4, ?, ?, 2, 4, 6 at every 100 px: the line holds −2 and 0 where OCR read none.
    @Test func theLineGivesTheMissingLabelsValues() throws {
        let positions = (0..<7).map { 40 + 100 * Double($0) }
        let line = try #require(NumericTickLine(values: [-6, -4, nil, nil, 2, 4, 6], positions: positions))
        #expect(line.holds(-2, at: positions[2]))
        #expect(line.holds(0, at: positions[3]))
        #expect(!line.holds(2, at: positions[2]))
        #expect(!line.holds(-0.5, at: positions[3]))
    }

    @Test func labelsOffOneLineMakeNone() {
        let positions = (0..<5).map { 40 + 100 * Double($0) }
        // A log axis (1, 10, 100 …) and misread numbers lie on no line.
        #expect(NumericTickLine(values: [1, 10, 100, nil, 10000], positions: positions) == nil)
        #expect(NumericTickLine(values: [0, 2, 7, 6, nil], positions: positions) == nil)
        // Too few numbers to trust.
        #expect(NumericTickLine(values: [0, 2, nil, nil, nil], positions: positions) == nil)
    }
}
