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
}
