import Testing
@testable import FigScribe

@Suite("PrintedNumberSample")
struct PrintedNumberSampleTests {
    /// Dashes of a grid line drawn over 100 cells: judged after the first lines, the rest unread.
    @Test func stopsReadingInkThatReadsAsNoNumbers() {
        var made = 0
        let readings = PrintedNumberSample.read(100, text: { $0 }) { k -> String in
            made += 1
            return k % 5 == 0 ? "4" : "---"
        }
        #expect(readings.isEmpty)
        #expect(made == PrintedNumberSample.size)
    }

    /// Printed numbers with a few misreadings among them are all read and kept.
    @Test func keepsEveryReadingOfPrintedNumbers() {
        var made = 0
        let readings = PrintedNumberSample.read(40, text: { $0 }) { k -> String in
            made += 1
            return k % 4 == 0 ? "" : "0.\(k)"
        }
        #expect(made == 40)
        #expect(readings.count == 40)
    }

    /// A few lines, fewer than the sample, are judged all together.
    @Test func judgesFewLinesTogether() {
        #expect(PrintedNumberSample.read(3, text: { $0 }) { ["—", "", "7"][$0] }.isEmpty)
        #expect(PrintedNumberSample.read(3, text: { $0 }) { ["12", "", "7"][$0] } == ["12", "", "7"])
        #expect(PrintedNumberSample.read(0, text: { $0 }) { _ in "1" }.isEmpty)
    }

    /// seaborn's dashed grid lines over the cells are no printed numbers: no cell "shows" one
    /// (had been: "cell [1][10] shows "4" but its colour reads 0.604" and seven more).
    @Test func dashedGridLinesPrintNothing() throws {
        let url = Paths.goldenImages.appendingPathComponent("systems/seaborn/sns_layout_7.png")
        let figure = try HeatmapReader().read(contentsOf: url)
        #expect(!figure.warnings.contains { $0.contains("shows") || $0.contains("printed") }, "\(figure.warnings)")
    }
}
