import Testing
@testable import FigScribe

@Suite("UnitSuffix")
struct UnitSuffixTests {
    @Test(arguments: [("0.04 µm", "0.04", "µm"), ("12 °C", "12", "°C"), ("5kg", "5", "kg"), ("−3 m/s", "−3", "m/s")])
    func aNumberWithAUnitSplits(label: String, number: String, unit: String) throws {
        let split = try #require(UnitSuffix.split(label))
        #expect(split.number == number && split.unit == unit)
    }

    /// A lone letter stuck to the digits is a misread ("0.04e": a unit squeezed into the
    /// number characters), a number is no number with a unit, and words are no numbers.
    @Test(arguments: ["0.04e", "0.04", "1e3", "level", "C 12", ""])
    func otherLabelsDoNotSplit(label: String) {
        #expect(UnitSuffix.split(label) == nil)
    }
}
