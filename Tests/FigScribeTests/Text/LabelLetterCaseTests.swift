import Testing
@testable import FigScribe

@Suite("LabelLetterCase")
struct LabelLetterCaseTests {
    /// seaborn's y label "Row" turned 90°, read "ROW": the o and w stand at 10 px under a 14-px R.
    @Test func shortLettersOfACapitalizedWordAreSmall() {
        #expect(LabelLetterCase.repaired("ROW", heights: [14, 10, 10]) == "Row")
        // Two words: the R sets the capital height for both; the Z standing as tall is a capital.
        #expect(LabelLetterCase.repaired("ROWS ZOO", heights: [14, 10, 10, 10, 14, 10, 10]) == "Rows Zoo")
    }

    /// Capitals alike in height are capitals: an acronym stays.
    @Test func capitalsOfOneHeightStay() {
        #expect(LabelLetterCase.repaired("ROW", heights: [14, 14, 14]) == "ROW")
        #expect(LabelLetterCase.repaired("COX", heights: [14, 10, 10]) == "COX")  // no capital of another shape to measure by
    }

    /// The repair stands only when it leaves each word a capital and small letters.
    @Test func keepsOnlyCapitalizedWords() {
        #expect(LabelLetterCase.repaired("ROWER", heights: [14, 10, 10, 14, 14]) == "ROWER")  // "RowER" would be no word
        #expect(LabelLetterCase.repaired("ROW", heights: [14, 10]) == "ROW")  // glyphs and characters do not pair up
        #expect(LabelLetterCase.repaired("Row", heights: [14, 10, 10]) == "Row")
    }

    /// seaborn's colour-bar label "ms" read "Ms": the m stands no taller than the s.
    @Test func openingCapitalAsShortAsItsSmallLettersIsSmall() {
        #expect(LabelLetterCase.smallOpenings("Ms", heights: [10, 10]) == "ms")
        #expect(LabelLetterCase.smallOpenings("time Ms", heights: [12, 13, 10, 10, 10, 10]) == "time ms")
        #expect(LabelLetterCase.smallOpenings("Mm", heights: [10, 10]) == "mm")
        #expect(LabelLetterCase.smallOpenings("Nsh", heights: [10, 10, 13]) == "nsh")
    }

    /// A capital taller than the word's short letters stays, as does one whose small letter
    /// rises as high (no height tells "K" from "k" against short letters alone).
    @Test func tallOrAscendingCapitalsStay() {
        #expect(LabelLetterCase.smallOpenings("Mass", heights: [14, 10, 10, 10]) == "Mass")
        // matplotlib's 10-px DejaVu Sans "Station": the S stands 1.19 times the a, o and n.
        #expect(LabelLetterCase.smallOpenings("Station", heights: [10, 10, 8.4, 10, 10.8, 8.4, 8.4]) == "Station")
        // Liberation Mono's "Site": its capitals stand only 1.095 times its small letters.
        #expect(LabelLetterCase.smallOpenings("Site", heights: [8.05, 9.1, 9.1, 7.35]) == "Site")
        // seaborn's "Subject": the S within 1.12 of the short letters, but the b only 1.1 above it.
        #expect(LabelLetterCase.smallOpenings("Subject", heights: [8, 6.8, 8.8, 11.2, 7.2, 7.2, 8.4]) == "Subject")
        // Glyphs paired with the wrong characters ("Month" cut up unevenly) measure no x-height.
        #expect(LabelLetterCase.smallOpenings("Mon", heights: [7.5, 7.5, 4.9]) == "Mon")
        #expect(LabelLetterCase.smallOpenings("Km", heights: [10, 10]) == "Km")
        #expect(LabelLetterCase.smallOpenings("Mb", heights: [10, 14]) == "Mb")  // no short letter to measure by
        #expect(LabelLetterCase.smallOpenings("MS", heights: [10, 10]) == "MS")
        #expect(LabelLetterCase.smallOpenings("Ms", heights: [10]) == "Ms")  // glyphs and characters do not pair up
    }

    /// Heights are measured only for labels they may re-case: all capitals, or a word opening
    /// in a capital whose small letter has no ascender.
    @Test func onlyLabelsThatMayBeMiscasedAreMeasured() {
        #expect(LabelLetterCase.mayBeMiscased("ROW") && LabelLetterCase.mayBeMiscased("time Ms"))
        #expect(!LabelLetterCase.mayBeMiscased("Time") && !LabelLetterCase.mayBeMiscased("Day (h)"))
        #expect(LabelLetterCase.cased("ROW", heights: [14, 10, 10]) == "Row")
        #expect(LabelLetterCase.cased("time Ms", heights: [12, 13, 10, 10, 10, 10]) == "time ms")
    }
}

