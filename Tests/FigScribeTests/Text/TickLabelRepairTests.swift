import Testing
@testable import FigScribe

@Suite("TickLabelRepair")
struct TickLabelRepairTests {
    /// A colour-bar label whose minus sign was read as two dashes is a number again; one
    /// that is a number as read keeps its spelling (a hyphen stays a hyphen).
    /// Gene names at 8 px: "N0TCH1", "F0XA1" are NOTCH1, FOXA1; a 0 beside a digit or at
    /// a label's end ("T01", "S10", "A0") stays.
    @Test func aZeroBetweenCapitalsIsAnO() {
        #expect(TickLabelRepair.repair(["N0TCH1", "F0XA1", "KRAS", "TP53"]) == ["NOTCH1", "FOXA1", "KRAS", "TP53"])
        #expect(TickLabelRepair.repair(["T01", "S10", "A0", "R0"]) == ["T01", "S10", "A0", "R0"])
    }

    /// Labels counted under one letter keep it though OCR lost it from some (plotly_dark's
    /// "s01" … "s07", three read "0", "0", "06"): they are no numbers "501" … "507". A
    /// numeric axis with one label misread is still respelled.
    @Test func labelsMostlyCountedUnderALetterAreNoNumbers() {
        let read = ["s01", "s02", "0", "s04", "0", "06", "s07"]
        #expect(TickLabelRepair.repair(read) == read)
        #expect(TickLabelRepair.repair(["0.5", "l.0", "1.5", "2.0"]) == ["0.5", "1.0", "1.5", "2.0"])
    }

    /// plotnine's turned labels hard by their tick marks, some read with the mark as an
    /// underscore; an underscore inside some label is the labels' own.
    @Test func underscoresOnlyEndingLabelsAreTickMarks() {
        let read = ["1", "3_", "5_", "7", "9", "11", "13_", "15_"]
        #expect(TickLabelRepair.repair(read) == ["1", "3", "5", "7", "9", "11", "13", "15"])
        #expect(TickLabelRepair.withoutMarkEnds(["a_1", "b_", "c_3"]) == ["a_1", "b_", "c_3"])
    }

    /// Gene names at 9 px: "STKi1" and "AT™" are STK11 and ATM; a small i or l in a label
    /// of small letters ("ctrl1", "Mi1"), away from digits or ending the label stays.
    @Test func smallOnesAndTrademarksAmongCapitalsAreOnesAndMs() {
        #expect(TickLabelRepair.repair(["CHEK2", "FLT3", "STKi1", "AT™", "AKT1"]) == ["CHEK2", "FLT3", "STK11", "ATM", "AKT1"])
        #expect(TickLabelRepair.capitalsAndDigitsRead("ctrl1") == "ctrl1")
        #expect(TickLabelRepair.capitalsAndDigitsRead("Mi1") == "Mi1")
        #expect(TickLabelRepair.capitalsAndDigitsRead("KiT") == "KiT")
        #expect(TickLabelRepair.capitalsAndDigitsRead("FOXA1l") == "FOXA1l")
    }

    @Test func aMinusReadAsTwoDashesIsOneSign() {
        #expect(TickLabelRepair.numberSigned("-—40") == "−40")
        #expect(NumberParser.parse(TickLabelRepair.numberSigned("—-0.2"))?.value == -0.2)
        #expect(TickLabelRepair.numberSigned("-10") == "-10")
        #expect(TickLabelRepair.numberSigned("—") == "—")
    }

    /// A tick mark read with its label ("Sat -") is no part of it; a dash every label ends
    /// with, or one run into the text, stays.
    @Test func aTickMarkReadWithOneLabelIsDropped() {
        #expect(TickLabelRepair.repair(["Mon", "Fri", "Sat -", "Sun"]) == ["Mon", "Fri", "Sat", "Sun"])
        #expect(TickLabelRepair.repair(["a -", "b -", "c -"]) == ["a -", "b -", "c -"])
        #expect(TickLabelRepair.repair(["Mon", "Fri", "Sat-", "Sun"]) == ["Mon", "Fri", "Sat-", "Sun"])
    }

    /// At small sizes an h whose ascender is faint reads as n: "02n" among "00h", "01h" …
    @Test func anHReadAsNTakesTheAxisShape() {
        let read = ["00h", "01h", "02n", "03n", "04h", "05h", "06h", "07h", "08h", "09n"]
        #expect(TickLabelRepair.repair(read) == ["00h", "01h", "02h", "03h", "04h", "05h", "06h", "07h", "08h", "09h"])
    }

    /// An axis of three numbered names, one misread: the two read right give the shape.
    @Test func twoOfThreeLabelsGiveTheShape() {
        #expect(TickLabelRepair.repair(["Bi", "B2", "B3"]) == ["B1", "B2", "B3"])
        #expect(TickLabelRepair.repair(["Rl", "R2", "R3"]) == ["R1", "R2", "R3"])
        // Two of four are not enough, nor two of three that open with a digit (whose first
        // glyph may itself be a letter read as a digit).
        #expect(TickLabelRepair.repair(["Bi", "B2", "B3", "Bx"]) == ["Bi", "B2", "B3", "Bx"])
        #expect(TickLabelRepair.repair(["00h", "Olh", "02h"]) == ["00h", "Olh", "02h"])
    }

    @Test func respellsLookalikesToTheAxisShape() {
        let read = ["cho", "chl", "ch2", "ch3", "ch4", "chs"]
        #expect(TickLabelRepair.repair(read) == ["ch0", "ch1", "ch2", "ch3", "ch4", "ch5"])
    }

    /// Small text runs a 1 into the h after it and reads "th": hours "01h", "11h", "21h"
    /// read "Oth", "1th", "2th" take the axis's shape back.
    @Test func aOneReadAsTBesideItsLetterTakesTheAxisShape() {
        let read = ["00h", "Oth", "02h", "03h", "10h", "1th", "12h", "20h", "2th"]
        #expect(TickLabelRepair.repair(read) == ["00h", "01h", "02h", "03h", "10h", "11h", "12h", "20h", "21h"])
        #expect(TickLabelRepair.repair(["tab", "tea", "ten"]) == ["tab", "tea", "ten"])
    }

    @Test func respellsNumbersOnANumericAxis() {
        // Every label misread the same way: no common shape helps, but all are numbers.
        let read = ["le-5", "le-4", "3e-4", "le-3", "le-2"]
        #expect(TickLabelRepair.repair(read) == ["1e-5", "1e-4", "3e-4", "1e-3", "1e-2"])
        // Labels that all open with one letter keep it: a prefix, not a digit.
        let prefixed = ["S01", "S02", "S03", "S04"]
        #expect(TickLabelRepair.repair(prefixed) == prefixed)
    }

    @Test func twoInterleavedSeriesEachKeepTheirShape() {
        // Neither shape is held by half the labels; together they are most of them.
        let read = ["¢trl_l", "KO_1", "ctrl_2", "KO_2", "ctrl_3", "KO_3", "ctrl_4", "KO_4"]
        #expect(TickLabelRepair.repair(read)[0] == "ctrl_1")
        #expect(TickLabelRepair.repair(["etri_1"] + read.dropFirst())[0] == "ctrl_1")
        #expect(TickLabelRepair.shapeConsistent(["ctrl_1", "KO_1", "ctrl_2", "KO_2", "ctrl_3", "KO_3", "KO_s"])[6] == "KO_5")
    }

    @Test func commaReadForAPointFollowsTheOthers() {
        let read = ["0.10", "0,15", "0.20", "0.25"]
        #expect(TickLabelRepair.repair(read) == ["0.10", "0.15", "0.20", "0.25"])
        // Misread often enough to be a quarter of the labels, commas are still points misread.
        let many = ["0.00", "0.01", "0,02", "0.03", "0,04", "0.05", "0,06", "0.07", "0.08", "0.09", "0.10", "0.11"]
        #expect(TickLabelRepair.shapeConsistent(many) == many.map { $0.replacingOccurrences(of: ",", with: ".") })
    }

    @Test func leadingDashesBeforeANumberAreAMinusSign() {
        #expect(TickLabelRepair.minusSigned("—-6") == "−6")
        #expect(TickLabelRepair.minusSigned("–0.5") == "−0.5")
        #expect(TickLabelRepair.minusSigned("-") == "-")
        #expect(TickLabelRepair.minusSigned("-abc") == "-abc")
    }

    @Test func capitalsFollowTheAxis() {
        let read = ["Jan", "Feb", "Mar", "Apr", "May", "jun", "Jul"]
        #expect(TickLabelRepair.repair(read)[5] == "Jun")
        // Mostly lowercase labels keep their case.
        #expect(TickLabelRepair.repair(["jan", "feb", "mar", "Apr"]) == ["jan", "feb", "mar", "Apr"])
    }

    @Test func wordsAreLeftAlone() {
        let read = ["age", "bmi", "ldl", "hdl", "glucose"]
        #expect(TickLabelRepair.repair(read) == read)
    }

    @Test func aLabelNoSubstitutionFitsIsKept() {
        // "TPS3" could be "TP53", but nothing else on the axis says so.
        let read = ["TPS3", "MYC", "EGFR", "KRAS"]
        #expect(TickLabelRepair.repair(read) == read)
        // A minority shape that look-alikes cannot reach stays as read.
        #expect(TickLabelRepair.repair(["S-01", "S-02", "S-03", "S-04x"]) == ["S-01", "S-02", "S-03", "S-04x"])
    }

    @Test func categoricalPrefixesAreNotTurnedIntoDigits() {
        let read = ["S-01", "$-02", "S-03", "s-04", "S-05", "S-06"]
        #expect(TickLabelRepair.repair(read) == ["S-01", "S-02", "S-03", "S-04", "S-05", "S-06"])
    }
}
