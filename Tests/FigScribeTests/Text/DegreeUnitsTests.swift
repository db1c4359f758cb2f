import Testing
@testable import FigScribe

@Suite("DegreeUnits")
struct DegreeUnitsTests {
    @Test func aSmallCOrFAfterADegreeSignIsTheUnit() {
        #expect(DegreeUnits.capitalised("°c") == "°C")
        #expect(DegreeUnits.capitalised("Temp (°f)") == "Temp (°F)")
    }

    @Test func wordsAfterADegreeSignStay() {
        #expect(DegreeUnits.capitalised("10°cold") == "10°cold")
        #expect(DegreeUnits.capitalised("c °") == "c °")
    }

    /// A 7-px C after a degree sign read twice, as a capital and a small letter.
    @Test func aUnitLetterReadTwiceIsReadOnce() {
        #expect(DegreeUnits.capitalised("°Cc") == "°C")
        #expect(DegreeUnits.capitalised("t (°Ff)") == "t (°F)")
        #expect(DegreeUnits.capitalised("°Cca") == "°Cca")
    }
}
