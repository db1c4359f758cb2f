import Testing
@testable import FigScribe

/// An axis's tick label repairs, in order.
@Suite("TickAxisRepair")
struct TickAxisRepairTests {
    /// "Cs" where the count says C8 is taken back from the count before the axis's shape
    /// would respell it as the look-alike C5.
    @Test func theCountComesBeforeTheShape() throws {
        let read = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "Cs", "C9"]
        let positions = (0..<9).map { 20 + 30 * Double($0) }
        let repaired = TickAxisRepair.repair(read, positions: positions) { _ in [] }
        #expect(repaired == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }
}
