import Testing
@testable import FigScribe

/// Letter case of tick labels from their glyph heights.
@Suite("TickLetterCase")
struct TickLetterCaseTests {
    /// ggcorrplot's variable names: x-height 10, ascenders, descenders and digits 14.
    static let labels = ["carb", "gear", "am", "VS", "Mpg", "hp"]
    static let heights: [[Double]] = [[10, 10, 10, 14], [14, 10, 10, 10], [10, 10], [10, 10], [10, 14, 14], [14, 14]]

    @Test func capitalsAsShortAsTheXHeightAreSmall() {
        #expect(TickLetterCase.repaired(Self.labels, heights: Self.heights) == ["carb", "gear", "am", "vs", "mpg", "hp"])
    }

    @Test func smallLettersAsTallAsTheDigitsAreCapitals() {
        let labels = ["mean", "sd", "c1", "max"]
        let heights: [[Double]] = [[10, 10, 10, 10], [10, 14], [14, 14], [10, 10, 10]]
        #expect(TickLetterCase.repaired(labels, heights: heights) == ["mean", "sd", "C1", "max"])
    }

    /// A label that would come out in two cases, a label whose glyphs do not match its
    /// characters, and an axis without small letters to measure stay as read.
    @Test func doubtfulMeasurementsChangeNothing() {
        var labels = Self.labels + ["[SEP]"], heights = Self.heights + [[16, 10, 10, 14, 16]]
        #expect(TickLetterCase.repaired(labels, heights: heights).last == "[SEP]")
        (labels, heights) = (Self.labels, Self.heights)
        heights[3] = [10]
        #expect(TickLetterCase.repaired(labels, heights: heights)[3] == "VS")
        let capitals = ["TP53", "MYC", "CD4"]
        #expect(TickLetterCase.repaired(capitals, heights: [[14, 14, 14, 14], [14, 10, 14], [14, 14, 14]]) == capitals)
    }
}
