import Testing

@testable import FigScribe

/// Labels OCR could not make out between labels read as a firm count take the count's text.
@Suite("CountedLabelFill")
struct CountedLabelFillTests {
    static let positions = (0..<11).map { 76 + 43.3 * Double($0) }

    /// plotnine's 7-px hour labels: five of eleven read exactly (01h, 03h, 05h, 08h, 10h);
    /// the others, as wide, between two of them, are the count's. The first, before any
    /// label read so, stays as read.
    @Test func unreadableLabelsBetweenAFirmCountAreFilled() {
        let read = ["o0", "01h", "O2h", "03h", "J", "05h", "Céh", "J", "08h", "osh", "10h"]
        let filled = CountedLabelFill.filled(read, positions: Self.positions, extents: Array(repeating: 12, count: 11))
        #expect(filled == ["o0", "01h", "02h", "03h", "04h", "05h", "06h", "07h", "08h", "09h", "10h"])
    }

    /// A label much wider than the count's (a word where the count breaks off) stays, as do
    /// all labels when only three read as the count (too few to be sure of it).
    @Test func wideLabelsAndWeakCountsStay() {
        let read = ["00h", "01h", "J", "03h", "Total", "05h", "06h", "J", "08h", "09h", "10h"]
        var extents = Array(repeating: 12, count: 11)
        extents[4] = 30
        let filled = CountedLabelFill.filled(read, positions: Self.positions, extents: extents)
        #expect(filled[4] == "Total")
        #expect(filled[2] == "02h" && filled[7] == "07h")
        let weak = ["00h", "J", "J", "03h", "J", "J", "06h", "J", "J", "J", "J"]
        #expect(CountedLabelFill.filled(weak, positions: Self.positions, extents: Array(repeating: 12, count: 11)) == weak)
    }
}
