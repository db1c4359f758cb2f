import Testing

@testable import FigScribe

/// Word spaces put back where the ink shows them.
@Suite("WordSpacing")
struct WordSpacingTests {
    static func box(_ minX: Int, _ maxX: Int, _ minY: Int = 0, _ maxY: Int = 12) -> PixelRect {
        PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    /// "t = 0": the two bars of '=' are one column, set a word space from 't' and '0'.
    @Test func spacesAroundASignTheInkShows() {
        let glyphs = [Self.box(0, 5), Self.box(10, 18, 4, 6), Self.box(10, 18, 8, 10), Self.box(23, 30)]
        #expect(WordSpacing.spaced("t=0", glyphBoxes: glyphs, lineHeight: 12) == "t = 0")
        // Letters set close stay one word.
        let word = [Self.box(0, 7), Self.box(8, 14), Self.box(15, 21), Self.box(26, 33)]
        #expect(WordSpacing.spaced("RunA", glyphBoxes: word, lineHeight: 12) == "Run A")
        #expect(WordSpacing.spaced("RunA", glyphBoxes: [Self.box(0, 7), Self.box(8, 14), Self.box(15, 21), Self.box(22, 29)], lineHeight: 12) == "RunA")
    }

    @Test func columnsThatDoNotPairWithTheCharactersChangeNothing() {
        // Four columns for three characters.
        let glyphs = [Self.box(0, 5), Self.box(10, 15), Self.box(20, 25), Self.box(30, 35)]
        #expect(WordSpacing.spaced("abc", glyphBoxes: glyphs, lineHeight: 12) == "abc")
        // The text's space falls where the ink has no gap: the pairing is off.
        let shifted = [Self.box(0, 5), Self.box(6, 11), Self.box(12, 17), Self.box(25, 30)]
        #expect(WordSpacing.spaced("a bcd", glyphBoxes: shifted, lineHeight: 12) == "a bcd")
    }

    /// A monospace bracket stands apart from what it encloses by its side bearings alone:
    /// no space after an opening bracket or before a closing one ("(°C)").
    @Test func bracketsHugWhatTheyEnclose() {
        let glyphs = [Self.box(0, 4), Self.box(9, 13, 0, 5), Self.box(15, 22), Self.box(27, 31)]
        #expect(WordSpacing.spaced("(°C)", glyphBoxes: glyphs, lineHeight: 12) == "(°C)")
    }

    /// gnuplot's "x (m)" at 11 px: four glyphs whose centres step about alike (9.5, 7.5,
    /// 8.5 px) by chance; the space OCR read at the 5-px gap before the bracket stays.
    @Test func aSpaceAtAClearlyWideGapStaysBetweenFourGlyphs() {
        let glyphs = [Self.box(417, 424), Self.box(429, 432), Self.box(434, 444), Self.box(446, 449)]
        #expect(WordSpacing.spaced("x (m)", glyphBoxes: glyphs, lineHeight: 11) == "x (m)")
    }

    /// Monospace glyphs sit one advance apart, centre to centre, two across a space: the
    /// spaces Tesseract reads at narrow letters' side bearings go, the real one stays.
    @Test func monospaceLettersStepOneAdvanceApart() {
        let zScore = [Self.box(1, 9), Self.box(12, 18, 5, 7), Self.box(21, 29), Self.box(31, 39), Self.box(41, 49),
                      Self.box(53, 58), Self.box(61, 69)]
        #expect(WordSpacing.spaced("z - s co re", glyphBoxes: zScore, lineHeight: 12) == "z-score")
        let twoWords = [Self.box(1, 9), Self.box(11, 19), Self.box(23, 28), Self.box(41, 49), Self.box(51, 59), Self.box(63, 68)]
        #expect(WordSpacing.spaced("ab c de f", glyphBoxes: twoWords, lineHeight: 12) == "abc def")
    }

    /// gnuplot's "score" in an 8-px monospace font: the r's ink sits left in its advance and
    /// the e's runs into it, so their centres step 7.5 px where the others step 9 to 10.
    /// Still one pitch: the space read between o and r goes.
    @Test func aNarrowLetterBesideAWideOneKeepsThePitch() {
        let score = [Self.box(365, 372), Self.box(374, 381), Self.box(383, 390), Self.box(393, 400), Self.box(400, 408)]
        #expect(WordSpacing.spaced("sco re", glyphBoxes: score, lineHeight: 8) == "score")
    }

    /// gnuplot's "Year": four glyphs, three single steps (8, 7.5 and 9.5 px), Y, e and a
    /// touching: one word.
    @Test func aFourLetterMonospaceWordKeepsThePitch() {
        let year = [Self.box(361, 369), Self.box(369, 377, 2), Self.box(377, 384, 2), Self.box(387, 393, 2)]
        #expect(WordSpacing.spaced("Yea r", glyphBoxes: year, lineHeight: 10) == "Year")
    }

    /// Words of a proportional font set a space apart step alike too, but no two of their
    /// glyphs sit closer than a word space: "a = b + c" keeps its spaces.
    @Test func evenlySpacedWordsAreNoMonospaceLine() {
        let glyphs = (0..<5).map { Self.box(10 * $0, 10 * $0 + 5) }
        #expect(WordSpacing.spaced("a = b + c", glyphBoxes: glyphs, lineHeight: 12) == "a = b + c")
    }

    /// plotnine's 8-px "mm", 10 px tall: 3 px between the letters is no word space in a line
    /// of small letters, an x-height tall, though it would be in a line as tall with capitals.
    @Test func gapsInALineOfSmallLettersAreMeasuredAgainstCapitals() {
        let glyphs = [PixelRect(minX: 0, minY: 0, maxX: 11, maxY: 10), PixelRect(minX: 14, minY: 0, maxX: 25, maxY: 10)]
        #expect(WordSpacing.spaced("mm", glyphBoxes: glyphs, lineHeight: 10) == "mm")
        #expect(WordSpacing.spaced("MN", glyphBoxes: glyphs, lineHeight: 10) == "M N")
    }
}
