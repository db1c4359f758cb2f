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
}
