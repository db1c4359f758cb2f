import Testing
@testable import FigScribe

@Suite("ComparisonTolerance")
struct ComparisonToleranceTests {
    @Test(arguments: [
        ("0.5%", ComparisonTolerance.shareOfRange(0.005)),
        ("2 %", .shareOfRange(0.02)),
        ("0.01", .absolute(0.01)),
        ("3", .absolute(3)),
    ])
    func parses(_ text: String, _ expected: ComparisonTolerance) {
        #expect(ComparisonTolerance(parsing: text) == expected)
    }

    @Test(arguments: ["", "%", "abc", "-1", "-2%", "nan", "1e999"])
    func rejects(_ text: String) {
        #expect(ComparisonTolerance(parsing: text) == nil)
    }
}
