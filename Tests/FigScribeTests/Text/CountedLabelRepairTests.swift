import Testing
@testable import FigScribe

/// Counted tick labels ("C1" … "C9") repaired from the count they follow.
@Suite("CountedLabelRepair")
struct CountedLabelRepairTests {
    static func positions(_ n: Int) -> [Double] { (0..<n).map { 30 + 24 * Double($0) } }

    /// Liberation Mono's turned "run1" … "run19" at 10 px (held-out ho31_seaborn_3): one label
    /// read exactly, every other number read in digit look-alikes only.
    @Test func numbersReadWhollyInLookalikesFollowTheCount() {
        let read = ["runl", "run3", "runs", "run?", "rung", "runil", "runi3", "runi5", "runi7", "runig"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(10))
            == ["run1", "run3", "run5", "run7", "run9", "run11", "run13", "run15", "run17", "run19"])
        // Words after one stem are no number.
        #expect(CountedLabelRepair.stemDigitsRestored(["runs", "runny", "runts"]) == nil)
        #expect(CountedLabelRepair.stemDigitsRestored(["C1", "C2", "C3"]) == nil)
    }

    @Test func aLetterReadForTheOpeningOrADigitIsRepaired() {
        let read = ["C1", "G2", "C3", "C4", "C5", "C6", "C7", "C&", "C9", "C10"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(10))
            == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10"])
    }

    /// Letters read for digits ("Cs" for C8 and C9, "l" for 1, "?" for 7, "id" for 10), and a
    /// label that lost its prefix ("6"), are taken back when only a third of the labels
    /// (four) are read exactly but three quarters follow the count, exactly or so misread.
    @Test func labelsMisreadByConfusionsOrWithoutPrefixFollowTheCount() {
        let read = ["Cl", "C2", "C3", "C4", "Cs", "6", "C7", "Cs", "Cs"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(9))
            == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
        let tens = ["wid", "w20", "w30", "w40", "w50", "w60", "wid", "w80", "w90", "w100"]
        #expect(CountedLabelRepair.repair(tens, positions: Self.positions(10))
            == ["w10", "w20", "w30", "w40", "w50", "w60", "w70", "w80", "w90", "w100"])
        let question = ["B1", "B2", "B3", "B4", "B5", "B6", "B?", "B8"]
        #expect(CountedLabelRepair.repair(question, positions: Self.positions(8))[6] == "B7")
    }

    /// Three labels read exactly give the count when three quarters follow it, though more
    /// pairs ("yo2" … "yo6") vote for a count the labels do not bear out; an empty label (ink
    /// OCR read nothing in) takes no part.
    /// A digit read for another where the label then repeats one read exactly and the count's
    /// text is read nowhere ("w1" where w4 belongs), or lies out of order between two labels
    /// read right ("16" between 9 and 11); at an end, without a repeat, it stays as read (the
    /// labels may break the count).
    @Test func aLabelRepeatingAnotherWhereTheCountsTextIsMissingFollowsTheCount() {
        #expect(CountedLabelRepair.repair(["w1", "w2", "w3", "w1", "w5"], positions: Self.positions(5))
            == ["w1", "w2", "w3", "w4", "w5"])
        #expect(CountedLabelRepair.repair(["w1", "w2", "w3", "w7", "w5"], positions: Self.positions(5))[3] == "w4")
        #expect(CountedLabelRepair.repair(["w1", "w2", "w3", "w4", "w7"], positions: Self.positions(5))[4] == "w7")
        let numbers = (0...12).map(String.init)
        var misread = numbers
        misread[10] = "16"
        #expect(CountedLabelRepair.repair(misread, positions: Self.positions(13)) == numbers)
        #expect(CountedLabelRepair.repair(["R1", "R3", "R5", "R7", "RQ", "R11"], positions: Self.positions(6))[4] == "R9")
        #expect(CountedLabelRepair.repair(["w1", "w2", "w3", "w4", "w4", "w5"], positions: Self.positions(6))[4] == "w4")
    }

    /// A glyph read twice ("T003" for T03) is no wider zero padding of the count.
    @Test func aCharacterReadTwiceFollowsTheCount() {
        #expect(CountedLabelRepair.repair(["T01", "T02", "T003", "T004", "T05", "T06"], positions: Self.positions(6))
            == ["T01", "T02", "T03", "T04", "T05", "T06"])
        #expect(CountedLabelRepair.isDoubledGlyph("w113", of: "w13"))
        #expect(!CountedLabelRepair.isDoubledGlyph("w123", of: "w13"))
    }

    /// Liberation Mono's dotted zeros at 72 dpi, read as e, ð and ĝ (and a speck after one
    /// read as "&").
    @Test func dottedZerosFollowTheCount() {
        let read = ["runel", "runð2", "rune3", "rune4", "runes", "runo6&", "runð7", "runes", "runĝ9"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(9)) == (1...9).map { "run0\($0)" })
    }

    @Test func threeExactLabelsAndAnEmptyOne() {
        let read = ["yol", "yo2", "yo3", "yo4", "yos", "yo6", "y07", "yos", "yoo", "y10", "yll", "y12", ""]
        let positions = Self.positions(12) + [150]
        #expect(CountedLabelRepair.repair(read, positions: positions)
            == ["y01", "y02", "y03", "y04", "y05", "y06", "y07", "y08", "yoo", "y10", "y11", "y12", ""])
    }

    /// An a read for a g, an é for a 6, a slash for a 7.
    @Test func moreLetterConfusions() {
        #expect(CountedLabelRepair.repair(["g1", "g2", "g3", "a4", "a5", "g6"], positions: Self.positions(6))
            == ["g1", "g2", "g3", "g4", "g5", "g6"])
        #expect(CountedLabelRepair.repair(["C3", "C4", "C5", "Cé", "C7"], positions: Self.positions(5))[3] == "C6")
        // A G for a 6 (a monospaced font's 6, its bowl read as a G's spur).
        #expect(CountedLabelRepair.repair(["R01", "R02", "R03", "R04", "R05", "R0G", "R07"], positions: Self.positions(7))[5] == "R06")
        // A slash read for the slanting stroke of a 7 turned 45° (matplotlib's "run1" …
        // "run9" every other column: only two read exactly, so every other label must be
        // the count misread).
        #expect(CountedLabelRepair.repair(["runl", "run3", "run5", "run/", "rung"], positions: Self.positions(5))
            == ["run1", "run3", "run5", "run7", "run9"])
    }

    /// Labels the count does not explain (another word, two digits swapped) keep their reading,
    /// and so does an axis where too few labels follow the count.
    @Test func labelsNoConfusionExplainsStay() {
        let read = ["C1", "C2", "C3", "C4", "total", "C6", "C7"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(7)) == read)
        let few = ["C1", "C2", "C3", "C4", "Cs", "x", "y", "z", "w"]
        #expect(CountedLabelRepair.repair(few, positions: Self.positions(9)) == few)
    }

    /// A digit read as another digit at an end may be what is drawn (labels need not follow
    /// a count), unless the label then repeats another where the count's text is read nowhere.
    @Test func aDigitForAnotherDigitStays() {
        let read = ["S-21", "S-22", "S-23", "S-24", "S-25", "S-26", "S-29"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(7)) == read)
        let repeated = ["S-21", "S-22", "S-23", "S-24", "S-26", "S-26", "S-27"]
        #expect(CountedLabelRepair.repair(repeated, positions: Self.positions(7)) == (21...27).map { "S-\($0)" })
    }

    /// Labels at every fifth column, zero-padded, in any order of reading.
    @Test func steppedPaddedCountsInAnyOrder() {
        let read = ["s11", "s01", "sO6", "s16", "s21"]
        let positions = [130.0, 10, 70, 190, 250]
        #expect(CountedLabelRepair.repair(read, positions: positions) == ["s11", "s01", "s06", "s16", "s21"])
    }

    /// Two labels read exactly set the count of a short axis when each other label is it
    /// misread ("chl" for ch1, "cho" for ch0, counting down); one that is not keeps them all.
    @Test func twoExactLabelsWhenAllOthersAreMisreadCounts() {
        let read = ["ch3", "ch2", "chl", "cho"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(4)) == ["ch3", "ch2", "ch1", "ch0"])
        let mixed = ["ch3", "ch2", "chl", "cho", "ref"]
        #expect(CountedLabelRepair.repair(mixed, positions: Self.positions(5)) == mixed)
    }

    /// A serif zero the symbol check took for an omega ("sΩ1") follows the count; an ohm
    /// sign on an axis of no count stays.
    @Test func anOmegaForAZeroFollowsTheCount() {
        let read = ["sΩ1", "sΩ2", "s03", "s04", "s05", "s06", "s07", "sΩ8"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(8)) == ["s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08"])
        let ohms = ["10 Ω", "22 Ω", "47 Ω", "100 Ω"]
        #expect(CountedLabelRepair.repair(ohms, positions: Self.positions(4)) == ohms)
    }

    /// A serif 0 read as the letter O before each digit makes "TO1" … "TO9" a count of their
    /// own; the count with the look-alikes made digits again explains every label (Vega-Lite's
    /// 9-px serif T01 … T12).
    @Test func lookAlikeLettersBesideTheNumberAreDigits() {
        let read = ["TO1", "TO2", "TO3", "TO4", "TO5", "TO6", "TO7", "TO8", "TO9", "T1Ω", "Tll", "T12"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(12)) == (1...12).map { String(format: "T%02d", $0) })
        #expect(CountedLabelRepair.digitsRestored("2O1O") == "2010")
        #expect(CountedLabelRepair.digitsRestored("cho") == "cho")
        let hours = ["O0h", "O1h", "O2h", "O3h", "O4h"]
        #expect(CountedLabelRepair.repair(hours, positions: Self.positions(5)) == ["00h", "01h", "02h", "03h", "04h"])
        let serif = ["Sol", "S03", "Sos", "So7", "Sog", "Sll", "$13"]
        #expect(CountedLabelRepair.repair(serif, positions: Self.positions(7)) == ["S01", "S03", "S05", "S07", "S09", "S11", "S13"])
        let quarters = ["Q1", "Q2", "Q3", "Q4"]
        #expect(CountedLabelRepair.repair(quarters, positions: Self.positions(4)) == quarters)
        let words = ["Oslo", "Olso", "Lodz", "Iasi", "Doha"]
        #expect(CountedLabelRepair.repair(words, positions: Self.positions(5)) == words)
    }

    /// Without a count most labels follow, nothing changes.
    @Test func noCountNoRepair() {
        let read = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(5)) == read)
        let few = ["C1", "C2", "G3"]
        #expect(CountedLabelRepair.repair(few, positions: Self.positions(3)) == few)
    }

    /// seaborn's 7-px serif row names: the 4 read as an "a" ("Ra").
    @Test func aSmallSerifFourReadAsAnA() {
        let read = ["R1", "R2", "R3", "Ra", "R5", "R6", "R7"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(7))[3] == "R4")
        // At 72 dpi, as an l with a stroke ("Tł").
        #expect(CountedLabelRepair.repair(["Tl", "T2", "T3", "Tł", "TS"], positions: Self.positions(5)) == ["T1", "T2", "T3", "T4", "T5"])
        // A small monospace 4 read as d (plotnine's DejaVu Sans Mono "G4").
        #expect(CountedLabelRepair.repair(["G1", "G2", "G3", "Gd", "G5"], positions: Self.positions(5)) == ["G1", "G2", "G3", "G4", "G5"])
    }

    /// Plotly's "run1" … "run9" turned 45°: the 8 read as a "g", the 9 as a "d".
    @Test func turnedEightAndNineReadAsLetters() {
        let read = ["run1", "run2", "run3", "run4", "run5", "run6", "run7", "rung", "rund"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(9)).suffix(2) == ["run8", "run9"])
    }

    /// matplotlib's 6-px hours: a small 0 read as a 6 where every label read right shows a
    /// 0 ("62h" for 02h, "68h" for 08h); a digit where the count changes stays as read (the
    /// second 6 of "66h", the 9 of "S-29"), as does one read where other labels show it
    /// ("18h" for 00h), unless the label then repeats another ("16h" where 06h is read
    /// nowhere) or lies out of order.
    @Test func aSlowDigitReadAsAnotherFollowsTheCount() {
        let read = ["66h", "01h", "62h", "63h", "04h", "05h", "06h", "07h", "68h", "69h", "10h", "11h", "12h", "13h", "14h", "15h", "16h"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(17)) == ["66h"] + (1...16).map { String(format: "%02dh", $0) })
        let fast = ["S-21", "S-22", "S-23", "S-24", "S-25", "S-26", "S-29"]
        #expect(CountedLabelRepair.repair(fast, positions: Self.positions(7)) == fast)
        let years = ["2001", "2002", "2003", "2004", "2065", "2006", "2007", "2068"]
        #expect(CountedLabelRepair.repair(years, positions: Self.positions(8)) == (2001...2008).map(String.init))
        // Only a 0 is restored, where three labels read right show it: where most read a 6,
        // the count may be the misreading; two labels are too few to go by.
        let sixty = ["00h", "61h", "62h", "63h", "64h", "65h", "66h", "67h"]
        #expect(CountedLabelRepair.repair(sixty, positions: Self.positions(8)) == sixty)
        let nineties = ["1992", "1593", "1954", "1595"]
        #expect(CountedLabelRepair.repair(nineties, positions: Self.positions(4)) == nineties)
        let shown = (0...19).map { String(format: "%02dh", $0) }
        var misread = shown
        misread[6] = "16h"
        #expect(CountedLabelRepair.repair(misread, positions: Self.positions(20)) == shown)
        var past = Array(shown.prefix(16))
        past[0] = "18h"
        #expect(CountedLabelRepair.repair(past, positions: Self.positions(16)) == past)
    }

    /// A suffix OCR dropped ("00" for 00h) follows the count; an at sign is a turned small 0.
    @Test func aDroppedSuffixAndAnAtSign() {
        let read = ["00", "02h", "04h", "06", "08", "10h", "12h", "14h", "16h", "18h"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(10)) == stride(from: 0, through: 18, by: 2).map { String(format: "%02dh", $0) })
        let turned = ["00h", "@lh", "02h", "03h", "04h", "@5h", "06h", "07h", "@8h", "09h"]
        #expect(CountedLabelRepair.repair(turned, positions: Self.positions(10)) == (0...9).map { String(format: "%02dh", $0) })
    }

    /// Three labels follow a count when the look-alike letters made digits again make two of
    /// them it and the third is it with letters confused with its digits ("Oth" for 01h);
    /// three that need any other repair (a letter of the name: "G3" for C3) stay as read.
    @Test func threeLabelsRestoredToACount() {
        #expect(CountedLabelRepair.repair(["OOh", "Olh", "02h"], positions: Self.positions(3)) == ["00h", "01h", "02h"])
        #expect(CountedLabelRepair.repair(["00h", "Olh", "02h"], positions: Self.positions(3)) == ["00h", "01h", "02h"])
        #expect(CountedLabelRepair.repair(["00h", "Oth", "02h"], positions: Self.positions(3)) == ["00h", "01h", "02h"])
        let unlike = ["OOh", "Olh", "O3h"]
        #expect(CountedLabelRepair.repair(unlike, positions: Self.positions(3)) == unlike)
        let words = ["Oslo", "Olso", "Lodz"]
        #expect(CountedLabelRepair.repair(words, positions: Self.positions(3)) == words)
    }
}
