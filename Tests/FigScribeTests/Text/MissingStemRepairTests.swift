import Testing

@testable import FigScribe

/// A numbered name read as its number alone gets the stem back when its ink is as long.
@Suite("MissingStemRepair")
struct MissingStemRepairTests {
    /// pheatmap's row names: "r7", "r8", "r3" read as "7", "8", "3" (the r touches the digit).
    @Test func numberAsLongAsANumberedNameGetsTheStem() {
        let labels = ["7", "8", "3", "r5", "r1", "r2", "r4", "r6"]
        let extents = [11, 11, 11, 11, 9, 11, 11, 11]
        #expect(MissingStemRepair.repaired(labels, extents: extents) == ["r7", "r8", "r3", "r5", "r1", "r2", "r4", "r6"])
    }

    /// A number alone as short as its digits, or on an axis of few numbered names, stays.
    @Test func shortNumbersAndOtherAxesStay() {
        let labels = ["7", "r5", "r1", "r2"]
        #expect(MissingStemRepair.repaired(labels, extents: [6, 11, 9, 11]) == labels)
        let mixed = ["7", "8", "r5", "r1"]
        #expect(MissingStemRepair.repaired(mixed, extents: [11, 11, 11, 9]) == mixed)
        let numbers = ["10", "20", "30", "40"]
        #expect(MissingStemRepair.repaired(numbers, extents: [12, 12, 12, 12]) == numbers)
    }
}
