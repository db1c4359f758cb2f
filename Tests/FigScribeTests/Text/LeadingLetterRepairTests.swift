import Testing
@testable import FigScribe

@Suite("LeadingLetterRepair")
struct LeadingLetterRepairTests {
    static func glyph(
        _ letter: Character?, _ confidence: Double, digit: Double = 0, height: Double = 1, bar: Bool = false, stem: Bool = false
    ) -> LeadingGlyph {
        LeadingGlyph(letter: letter, confidence: confidence, digitConfidence: digit, relativeHeight: height, isBar: bar, hasLeftStem: stem)
    }

    /// First glyphs much taller than the digits (a c run into the digit after it) do not
    /// count towards the case: the short ones say small.
    @Test func firstGlyphsRunIntoTheNextDoNotDecideTheCase() {
        let labels = ["C1", "C6", "C11", "C16", "C21", "C26"]
        let glyphs = [Self.glyph("c", 80, height: 0.84), Self.glyph("c", 80, height: 0.75), Self.glyph("c", 77, height: 0.84),
                      Self.glyph(nil, 0, height: 1.12), Self.glyph("c", 0, height: 1.12), Self.glyph("c", 0, height: 1.15)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: glyphs, readGlyphs: { glyphs }) == ["c1", "c6", "c11", "c16", "c21", "c26"])
    }

    /// Eights OCR is sure of, whose left edges are straight stems: B ("B1" read "81"); round
    /// ones stay eights.
    @Test func stemmedEightsAreBs() {
        let labels = ["81", "82", "83"]
        let stemmed = [Self.glyph("B", 0, digit: 90, stem: true), Self.glyph("B", 0, digit: 90, stem: true), Self.glyph("B", 0, digit: 90)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: stemmed, readGlyphs: { stemmed }) == ["B1", "B2", "B3"])
        let round = [Self.glyph("B", 0, digit: 90, stem: true), Self.glyph("B", 0, digit: 90), Self.glyph("B", 0, digit: 90)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: round, readGlyphs: { round }) == labels)
    }

    @Test func countedLabelsOpeningWithALookalikeDigitAreDoubtful() {
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["51", "52", "53", "510"]) == "5")
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["cl", "C2", "c3", "c4"]) == "c")
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["0.2", "0.4", "0.6"]) == nil)
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["Mon", "Tue", "Wed"]) == nil)
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["R1", "R2", "R3"]) == nil)
    }

    /// Hours padded to two digits: beside "10h" and "11h", the leading zeros of "00h" …
    /// "09h" pad numbers; they are no letter O read as a digit. Without a label to show the
    /// padding, the opening stays doubtful.
    @Test func zerosThatPadNumbersAreNoDoubtfulOpening() {
        let hours = (0..<12).map { String(format: "%02dh", $0) }
        #expect(LeadingLetterRepair.doubtfulOpening(of: hours) == nil)
        #expect(LeadingLetterRepair.doubtfulOpening(of: Array(hours.prefix(10))) == "0")
        #expect(LeadingLetterRepair.doubtfulOpening(of: ["01", "02", "03", "04", "05", "06", "07", "08", "010"]) == "0")
    }

    @Test func glyphsReadSurelyAsALetterRestoreIt() {
        let labels = ["51", "52", "53"]
        let glyphs = [Self.glyph("S", 70), Self.glyph("S", 66), Self.glyph(nil, 40)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: glyphs, readGlyphs: { glyphs }) == ["S1", "S2", "S3"])
    }

    /// Half the first glyphs read as one letter and none as another: the letter; half read
    /// as two different letters: nothing is restored.
    @Test func halfReadingOneLetterAloneRestoreIt() {
        let labels = ["51", "52", "53", "54"]
        let unanimous = [Self.glyph("S", 40), Self.glyph("s", 60), Self.glyph(nil, 10), Self.glyph(nil, 15)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: unanimous, readGlyphs: { unanimous }) == ["S1", "S2", "S3", "S4"])
        let split = [Self.glyph("S", 40), Self.glyph("s", 60), Self.glyph("B", 50), Self.glyph(nil, 15)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: split, readGlyphs: { split }) == labels)
    }

    /// Zeros read alone as a forced letter with no confidence, and surely as digits, stay.
    @Test func glyphsSurerAsDigitsStay() {
        let labels = ["00h", "01h", "02h"]
        let glyphs = [Self.glyph("O", 0, digit: 91), Self.glyph("O", 0, digit: 90), Self.glyph("O", 0, digit: 89)]
        #expect(LeadingLetterRepair.repair(labels, glyphs: glyphs, readGlyphs: { glyphs }) == labels)
    }

    @Test func aLetterTheDigitCannotStandForIsRejected() {
        let glyphs = [Self.glyph("X", 80), Self.glyph("X", 80), Self.glyph("X", 80)]
        #expect(LeadingLetterRepair.repair(["51", "52", "53"], glyphs: glyphs, readGlyphs: { glyphs }) == ["51", "52", "53"])
    }

    /// A first glyph as tall as the digits after it is a capital; a shorter one is small.
    @Test func heightDecidesTheCase() {
        let tall = [Self.glyph("c", 70), Self.glyph(nil, 40), Self.glyph("c", 60)]
        #expect(LeadingLetterRepair.repair(["cl", "C2", "c3"], glyphs: tall, readGlyphs: { tall }) == ["Cl", "C2", "C3"])
        let short = [Self.glyph("s", 70, height: 0.7), Self.glyph("s", 70, height: 0.72), Self.glyph("s", 70, height: 0.7)]
        #expect(LeadingLetterRepair.repair(["501", "506", "511"], glyphs: short, readGlyphs: { short }) == ["s01", "s06", "s11"])
    }

    /// No digit is shorter than the others: a short first glyph read as 5 is an s.
    @Test func aShortOpeningIsASmallLetter() {
        let glyphs = [Self.glyph(nil, 7, height: 0.74), Self.glyph(nil, 27, height: 0.75), Self.glyph("s", 66, height: 0.74)]
        #expect(LeadingLetterRepair.repair(["501", "502", "503"], glyphs: glyphs, readGlyphs: { glyphs }) == ["s01", "s02", "s03"])
    }

    /// ggplot2's 7-px "s01" read "301": a short first glyph read as 3 is an s too; as tall
    /// as the digits, a 3 stays unless it reads as a letter.
    @Test func aShortOpeningReadAsThreeIsAnS() {
        let short = [Self.glyph(nil, 7, height: 0.72), Self.glyph(nil, 20, height: 0.74), Self.glyph("s", 60, height: 0.73)]
        #expect(LeadingLetterRepair.repair(["301", "303", "305"], glyphs: short, readGlyphs: { short }) == ["s01", "s03", "s05"])
        let tall = [Self.glyph(nil, 7), Self.glyph(nil, 20), Self.glyph(nil, 10)]
        #expect(LeadingLetterRepair.repair(["301", "303", "305"], glyphs: tall, readGlyphs: { tall }) == ["301", "303", "305"])
    }

    /// A plain bar where a one would carry a flag is a capital I.
    @Test func barsReadAsOneAreI() {
        let glyphs = [Self.glyph("l", 0, bar: true), Self.glyph("I", 37, bar: true), Self.glyph(nil, 0, bar: true)]
        #expect(LeadingLetterRepair.repair(["11", "12", "13"], glyphs: glyphs, readGlyphs: { glyphs }) == ["I1", "I2", "I3"])
        let ones = [Self.glyph("l", 0), Self.glyph("I", 10), Self.glyph(nil, 0)]
        #expect(LeadingLetterRepair.repair(["11", "12", "13"], glyphs: ones, readGlyphs: { ones }) == ["11", "12", "13"])
    }
}

extension LeadingLetterRepairTests {
    /// The glyphs are read by OCR only when the letter comes from their readings: a case
    /// told by height ("c1" for "C1") or a stem (B for 8) needs no reading.
    @Test func glyphsAreReadOnlyWhenTheLetterComesFromTheirReadings() {
        var reads = 0
        let measured = [Self.glyph(nil, 0, height: 0.95), Self.glyph(nil, 0, height: 0.97), Self.glyph(nil, 0, height: 0.96)]
        let read = [Self.glyph("S", 70, height: 0.95), Self.glyph("S", 66, height: 0.97), Self.glyph("S", 72, height: 0.96)]
        let byCase = LeadingLetterRepair.repair(["c1", "c2", "c3"], glyphs: measured) { reads += 1; return read }
        #expect(byCase == ["C1", "C2", "C3"])
        #expect(reads == 0)
        let byReading = LeadingLetterRepair.repair(["51", "52", "53"], glyphs: measured) { reads += 1; return read }
        #expect(byReading == ["S1", "S2", "S3"])
        #expect(reads == 1)
    }

    /// "S1" … "S17" read "51" … "517", their first glyphs read alone as digits: the labels
    /// count 1, 3 … 17 along the axis only without their first character, so it is the
    /// capital letter the digit stands for. Read whole on one scale ("51", "52", "53"), or
    /// with no positions to judge by, they stay.
    @Test func aCountOnlyWithoutTheOpeningRestoresTheLetter() {
        let labels = ["51", "53", "55", "57", "59", "511", "513", "515", "517"]
        let positions = labels.indices.map { 40 + 25 * Double($0) }
        let glyphs = labels.map { _ in Self.glyph("S", 30, digit: 60) }
        #expect(LeadingLetterRepair.repair(labels, glyphs: glyphs, readGlyphs: { glyphs }, positions: positions)
            == ["S1", "S3", "S5", "S7", "S9", "S11", "S13", "S15", "S17"])
        #expect(LeadingLetterRepair.repair(labels, glyphs: glyphs, readGlyphs: { glyphs }) == labels)
        let straight = ["51", "52", "53"]
        #expect(LeadingLetterRepair.repair(straight, glyphs: Array(glyphs.prefix(3)), readGlyphs: { glyphs },
                                           positions: [0, 20, 40]) == straight)
    }
}
