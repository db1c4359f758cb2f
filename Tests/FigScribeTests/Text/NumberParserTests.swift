import Testing
@testable import FigScribe

@Suite("NumberParser")
struct NumberParserTests {
    @Test(arguments: [
        ("0", 0.0), ("0.75", 0.75), ("-0.5", -0.5), ("\u{2212}0.04", -0.04), ("\u{2013}3", -3), ("\u{2014}2.5", -2.5),
        ("+1.5", 1.5), ("1e-3", 0.001), ("1E3", 1000), ("2.5e+2", 250), ("2×10⁻³", 0.002), ("2x10^-3", 0.002),
        ("×10^-3", 0.001), ("−1×10³", -1000), ("10^4", 10000), ("1,000", 1000), ("12,345.5", 12345.5),
        ("1 000", 1000), (" − 0.25 ", -0.25), (".5", 0.5), ("0,002", 0.002), ("−0,5", -0.5),
    ])
    func parsesNumbers(text: String, value: Double) throws {
        let parsed = try #require(NumberParser.parse(text))
        #expect(abs(parsed.value - value) <= 1e-12 * max(1, abs(value)))
        #expect(parsed.isPercent == false)
    }

    @Test func parsesPercent() throws {
        let p = try #require(NumberParser.parse("50%"))
        #expect(p == ParsedNumber(value: 50, isPercent: true))
        #expect(NumberParser.parse("−12.5 %") == ParsedNumber(value: -12.5, isPercent: true))
    }

    @Test(arguments: ["", "-", "abc", "1.2.3", "e5", "1,00", "0,00,1", "%", "12a", "--1", "1e", "x10"])
    func rejectsJunk(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    /// A scale's labels share one format: a comma among decimal points, followed by as many
    /// digits, is a misread point; thousands separators stay where no label has a point.
    @Test func aCommaAmongDecimalPointsIsAPoint() {
        #expect(NumberParser.sharingFormat(["1.533", "2,044", "2.555", "3,066"]) == ["1.533", "2.044", "2.555", "3.066"])
        #expect(NumberParser.sharingFormat(["1,000", "2,000", "3,000"]) == ["1,000", "2,000", "3,000"])
        #expect(NumberParser.sharingFormat(["0.5", "1,000", "1.5"]) == ["0.5", "1,000", "1.5"])
        #expect(NumberParser.sharingFormat(["0.25", "0.5", "1,000"]) == ["0.25", "0.5", "1,000"])
    }
}
