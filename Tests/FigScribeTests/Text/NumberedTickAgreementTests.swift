import Foundation
import Testing

@testable import FigScribe

/// An axis's numbered names confirm one another's first readings.
@Suite("NumberedTickAgreement")
struct NumberedTickAgreementTests {
    @Test func patternKeepsTheLettersAndMarksTheNumbers() {
        #expect(NumberedTickAgreement.pattern(of: "S-01") == "S-#")
        #expect(NumberedTickAgreement.pattern(of: "ctrl_12") == "ctrl_#")
        #expect(NumberedTickAgreement.pattern(of: "Q1 2020") == "Q# #")
        #expect(NumberedTickAgreement.pattern(of: "2020") == nil)
        #expect(NumberedTickAgreement.pattern(of: "Mon") == nil)
    }

    @Test func numberedNamesInOrderAgree() {
        let readings = ["S-01", "S-03", "S$-05", "S-07", "S-09"]
        #expect(NumberedTickAgreement.agreeing(readings) == [true, true, false, true, true])
        // Falling along the axis (a y axis drawn top down) agrees as well.
        #expect(NumberedTickAgreement.agreeing(["w90", "w70", "w50"]) == [true, true, true])
    }

    /// A digit misread inside the pattern ("S-07" for "S-01") breaks the order: then no
    /// reading is confirmed.
    @Test func numbersOutOfOrderConfirmNothing() {
        #expect(NumberedTickAgreement.agreeing(["S-07", "S-03", "S-05", "S-07"]) == [false, false, false, false])
        #expect(NumberedTickAgreement.agreeing(["Q1 2020", "Q2 2020", "Q1 2021"]) == [false, false, false])
    }

    /// Too few labels, or a pattern most labels do not share, confirm nothing; numbers
    /// alone are the scale's to check, not this.
    @Test func aPatternNeedsAMajorityOfThreeOrMore() {
        #expect(NumberedTickAgreement.agreeing(["T1", "T2"]) == [false, false])
        #expect(NumberedTickAgreement.agreeing(["T1", "T2", "T3", "Tl", "T$", "7T", "I"]) == Array(repeating: false, count: 7))
        #expect(NumberedTickAgreement.agreeing(["10", "20", "30", "40"]) == [false, false, false, false])
    }

    /// pheatmap's column names w10 … w90: a second, larger look at the unsure "w70" reads
    /// "w/0"; confirmed by its axis, the first reading stands.
    @Test func aConfirmedFirstReadingStands() throws {
        let url = Paths.goldenImages.appendingPathComponent("systems/pheatmap/ph_cellwidth.png")
        let (_, text) = try HeatmapReader().readText(contentsOf: url)
        let ticks = text.lines.filter { $0.role == .xTick }.sorted { $0.line.box.midX < $1.line.box.midX }
        #expect(ticks.map(\.text) == (1...9).map { "w\($0 * 10)" })
    }
}
