import Testing
@testable import FigScribe

@Suite("CalendarNameRepair")
struct CalendarNameRepairTests {
    static func positions(_ n: Int) -> [Double] { (0..<n).map { Double(40 + 70 * $0) } }

    /// "Ma" as wide as "Jan" is "Mar"; "Agr" is "Apr".
    @Test func misreadMonthsTakeTheirPlacesName() {
        let labels = ["Jan", "Feb", "Ma", "Agr"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(4), extents: [12, 14, 14, 12]) == ["Jan", "Feb", "Mar", "Apr"])
    }

    /// A y axis drawn bottom to top: the names run against the positions.
    @Test func namesMayRunEitherWay() {
        let labels = ["Thu", "Wed", "lue", "Mon"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(4), extents: [13, 14, 12, 14]) == ["Thu", "Wed", "Tue", "Mon"])
    }

    /// Between two names, a reading of other characters than letters takes its place's name;
    /// at the end, a label far from the next name (an average column) stays.
    @Test func symbolsBetweenNamesAreNamedAndAnOtherEndLabelStays() {
        let labels = ["Mon", "Tue", "Wed", "Thu", "Fri", "=>", "Sun", "Avg"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(8), extents: [13, 12, 14, 12, 7, 9, 12, 12])
            == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Avg"])
    }

    /// Abbreviations of their own ("Tues", a narrow "Th") are no misreadings.
    @Test func ownAbbreviationsStay() {
        let labels = ["Mon", "Tues", "Wed", "Th", "Fri"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(5), extents: [15, 19, 16, 9, 11]) == labels)
    }

    /// Every other month (R drops labels that would overlap): no place gives a name.
    @Test func namesOutOfStepAreLeftAlone() {
        let labels = ["Jan", "Mar", "Ma", "Jul"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(4), extents: [12, 14, 14, 12]) == labels)
    }

    @Test func capitalsStayCapitals() {
        let labels = ["JAN", "FEB", "MAP", "APR"]
        #expect(CalendarNameRepair.repair(labels, positions: Self.positions(4), extents: [14, 14, 15, 14]) == ["JAN", "FEB", "MAR", "APR"])
    }

    @Test(arguments: [("Tue", "Tues", 1), ("Ma", "Mar", 1), ("", "abc", 3), ("kitten", "sitting", 3)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(CalendarNameRepair.editDistance(a, b) == distance)
    }
}
