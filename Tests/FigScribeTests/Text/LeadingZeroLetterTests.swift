import Testing

@testable import FigScribe

/// A word of a title or label that OCR opened with a zero opens with an O.
@Suite("LeadingZeroLetter")
struct LeadingZeroLetterTests {
    @Test(arguments: [
        ("0ccupancy (%)", "Occupancy (%)"),
        ("Dissolved 0xygen", "Dissolved Oxygen"),
        ("Power 0utput (kW)", "Power Output (kW)"),
    ])
    func zeroOpeningAWordIsAnO(read: String, expected: String) {
        #expect(LeadingZeroLetter.repaired(read) == expected)
    }

    /// Numbers, numbers run into their units and words holding digits stay as read.
    @Test(arguments: ["0 to 10", "Offset 0.5 mm", "Delay at 0ms", "0h shift", "0abc1", "10cm", "Ozone"])
    func numbersStay(read: String) {
        #expect(LeadingZeroLetter.repaired(read) == read)
    }
}
