import Testing

@testable import FigScribe

/// Panel titles sit at the same place above every grid.
@Suite("PanelTitleSets")
struct PanelTitleSetsTests {
    static func roled(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int, _ role: TextRole) -> FigureLayout.RoledLine {
        .init(line: TextLine(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), angle: 0, glyphIDs: [0], glyphSize: 10),
              role: role)
    }

    static let grids = [PixelRect(minX: 60, minY: 32, maxX: 280, maxY: 265), PixelRect(minX: 60, minY: 309, maxX: 280, maxY: 542)]
    static let places = [(row: 0, column: 0), (row: 1, column: 0)]

    /// facet_wrap's strip titles: the lower panel's sits 17 px above its grid, as the upper
    /// one's does, and nearer the upper grid than the lower.
    @Test func aLineWhereTitlesSitIsTheLowerPanelsTitle() {
        let texts = [[Self.roled(157, 6, 184, 15, .title), Self.roled(157, 283, 184, 292, .xLabel)], []]
        let out = PanelTitleSets.handingTitlesDown(texts, grids: Self.grids, places: Self.places)
        #expect(out[0].map(\.role) == [.title, .other])
        #expect(out[1].map(\.role) == [.title])
        #expect(out[1].first?.line.box.minY == 283)
    }

    @Test func anXLabelElsewhereStays() {
        // Farther from the lower grid than the titles sit: the upper panel's x label.
        let texts = [[Self.roled(157, 6, 184, 15, .title), Self.roled(157, 275, 184, 284, .xLabel)], []]
        let out = PanelTitleSets.handingTitlesDown(texts, grids: Self.grids, places: Self.places)
        #expect(out[0].map(\.role) == [.title, .xLabel])
        #expect(out[1].isEmpty)
    }
}
