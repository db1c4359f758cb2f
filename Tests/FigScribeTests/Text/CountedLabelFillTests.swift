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

    /// ggplot2's 7-px serif years: "2015" read "mis" and "2017", the last, read "217" — one
    /// glyph lost, its ink as wide as the others': the count's, and then "mis" lies between
    /// two labels that read it. A label short of one glyph but much narrower stays.
    @Test func aLabelReadShortOfOneGlyphIsTheCounts() {
        let positions = (0..<9).map { 68 + 64.6 * Double($0) }
        let read = ["2001", "2003", "2005", "2007", "2009", "2011", "2013", "mis", "217"]
        #expect(CountedLabelFill.filled(read, positions: positions, extents: Array(repeating: 16, count: 9))
            == ["2001", "2003", "2005", "2007", "2009", "2011", "2013", "2015", "2017"])
        var extents = Array(repeating: 16, count: 9)
        extents[8] = 11
        #expect(CountedLabelFill.filled(read, positions: positions, extents: extents).suffix(2) == ["mis", "217"])
        #expect(CountedLabelFill.isOneGlyphShort("217", of: "2017") && CountedLabelFill.isOneGlyphShort("201", of: "2017"))
        #expect(!CountedLabelFill.isOneGlyphShort("227", of: "2017") && !CountedLabelFill.isOneGlyphShort("2017", of: "2017"))
    }
}

