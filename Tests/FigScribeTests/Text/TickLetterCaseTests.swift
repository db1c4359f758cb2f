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

    /// DejaVu Sans's months at 9 px (heights as measured on a seaborn axis): the b and l
    /// that measure the capital height stand a fifth above the capitals (M, A at about 9,
    /// x-height 7.2), so a capital lies nearer the x-height than that measure. It is still
    /// a capital, not a small letter ("Mar", not "mar").
    @Test func capitalsBelowTheAscendersStayCapitals() {
        let labels = ["Jan", "Feb", "Mar", "Apr", "May", "Jul"]
        let heights: [[Double]] = [[11.9, 7.2, 7.2], [9.2, 7.2, 11.2], [9.1, 7.35, 7.35], [8.9, 10.2, 7.2],
                                   [9.2, 7.2, 10.0], [12.35, 7.1, 10.9]]
        #expect(TickLetterCase.repaired(labels, heights: heights) == labels)
    }
}
