import Testing
@testable import FigScribe

/// The format the numbers printed in a heatmap's cells share.
@Suite("PrintedFormat")
struct PrintedFormatTests {
    @Test func decimalPlacesOfAPrint() {
        #expect(PrintedFormat.places("2.4 t") == 1)
        #expect(PrintedFormat.places("−0.12") == 2)
        #expect(PrintedFormat.places("45%") == 0)
        #expect(PrintedFormat.places("n/a") == nil)
    }

    /// "1.41" among prints of one decimal (its unit "t" read as a digit) is doubtful;
    /// without a clear majority there is no common format.
    @Test func theFormatMostPrintsShare() {
        let prints = ["4.4 t", "2.7 t", "1.41", "5.7 t", "3.5 t"]
        #expect(PrintedFormat.common(prints) == 1)
        #expect(PrintedFormat.common(["1.5", "0.25", "3", "7.75"]) == nil)
        #expect(PrintedFormat.common(["1.5", "2.5"]) == nil)
    }
}
