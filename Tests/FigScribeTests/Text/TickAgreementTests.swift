import Foundation
import Testing

@testable import FigScribe

/// An axis's numbered names, or its numbers on a linear scale, confirm one another's first readings.
@Suite("TickAgreement")
struct TickAgreementTests {
    @Test func patternKeepsTheLettersAndMarksTheNumbers() {
        #expect(TickAgreement.pattern(of: "S-01") == "S-#")
        #expect(TickAgreement.pattern(of: "ctrl_12") == "ctrl_#")
        #expect(TickAgreement.pattern(of: "Q1 2020") == "Q# #")
        #expect(TickAgreement.pattern(of: "2020") == nil)
        #expect(TickAgreement.pattern(of: "Mon") == nil)
    }

    @Test func numberedNamesInOrderAgree() {
        let readings = ["S-01", "S-03", "S$-05", "S-07", "S-09"]
        #expect(TickAgreement.agreeing(readings, positions: [0, 1, 2, 3, 4]) == [true, true, false, true, true])
        // Falling along the axis (a y axis drawn top down) agrees as well.
        #expect(TickAgreement.agreeing(["w90", "w70", "w50"], positions: [0, 1, 2]) == [true, true, true])
    }

    /// A digit misread inside the pattern ("S-07" for "S-01") breaks the order: then no
    /// reading is confirmed.
    @Test func numbersOutOfOrderConfirmNothing() {
        #expect(TickAgreement.agreeing(["S-07", "S-03", "S-05", "S-07"], positions: [0, 1, 2, 3]) == [false, false, false, false])
        #expect(TickAgreement.agreeing(["Q1 2020", "Q2 2020", "Q1 2021"], positions: [0, 1, 2]) == [false, false, false])
    }

    /// Too few labels, or a pattern most labels do not share, confirm nothing.
    @Test func aPatternNeedsAMajorityOfThreeOrMore() {
        #expect(TickAgreement.agreeing(["T1", "T2"], positions: [0, 1]) == [false, false])
        #expect(TickAgreement.agreeing(["T1", "T2", "T3", "Tl", "T$", "7T", "I"], positions: (0..<7).map(Double.init))
            == Array(repeating: false, count: 7))
    }

    /// Numbers agree when every label reads as one and all lie on a linear scale; a misread
    /// one ("8" for "5") puts the whole axis off its line.
    @Test func numbersAgreeOnALinearScale() {
        #expect(TickAgreement.agreeing(["-10", "-5", "0", "5"], positions: [10, 30, 50, 70]) == [true, true, true, true])
        #expect(TickAgreement.agreeing(["-10", "-5", "0", "8"], positions: [10, 30, 50, 70]) == [false, false, false, false])
        #expect(TickAgreement.agreeing(["1", "10", "100"], positions: [0, 20, 40]) == [false, false, false])
        #expect(TickAgreement.agreeing(["0", "5", "l0"], positions: [0, 20, 40]) == [false, false, false])
        #expect(TickAgreement.agreeing(["0", "5"], positions: [0, 20]) == [false, false])
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
