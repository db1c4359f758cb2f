import Testing
@testable import FigScribe

/// Counted tick labels ("C1" … "C9") repaired from the count they follow.
@Suite("CountedLabelRepair")
struct CountedLabelRepairTests {
    static func positions(_ n: Int) -> [Double] { (0..<n).map { 30 + 24 * Double($0) } }

    @Test func aLetterReadForTheOpeningOrADigitIsRepaired() {
        let read = ["C1", "G2", "C3", "C4", "C5", "C6", "C7", "C&", "C9", "C10"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(10))
            == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10"])
    }

    /// A digit read as another digit may be what is drawn (labels need not follow a count).
    @Test func aDigitForAnotherDigitStays() {
        let read = ["S-21", "S-22", "S-23", "S-24", "S-26", "S-26", "S-27"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(7)) == read)
    }

    /// Labels at every fifth column, zero-padded, in any order of reading.
    @Test func steppedPaddedCountsInAnyOrder() {
        let read = ["s11", "s01", "sO6", "s16", "s21"]
        let positions = [130.0, 10, 70, 190, 250]
        #expect(CountedLabelRepair.repair(read, positions: positions) == ["s11", "s01", "s06", "s16", "s21"])
    }

    /// Without a count most labels follow, nothing changes.
    @Test func noCountNoRepair() {
        let read = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        #expect(CountedLabelRepair.repair(read, positions: Self.positions(5)) == read)
        let few = ["C1", "C2", "G3"]
        #expect(CountedLabelRepair.repair(few, positions: Self.positions(3)) == few)
    }
}
