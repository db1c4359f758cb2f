import Testing

@testable import FigScribe

/// Panel titles and colour-bar labels sit at the same place beside every grid or strip.
@Suite("PanelLabelSets")
struct PanelLabelSetsTests {
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
        let out = PanelLabelSets.handingTitlesDown(texts, grids: Self.grids, places: Self.places)
        #expect(out[0].map(\.role) == [.title, .other])
        #expect(out[1].map(\.role) == [.title])
        #expect(out[1].first?.line.box.minY == 283)
    }

    @Test func anXLabelElsewhereStays() {
        // Farther from the lower grid than the titles sit: the upper panel's x label.
        let texts = [[Self.roled(157, 6, 184, 15, .title), Self.roled(157, 275, 184, 284, .xLabel)], []]
        let out = PanelLabelSets.handingTitlesDown(texts, grids: Self.grids, places: Self.places)
        #expect(out[0].map(\.role) == [.title, .xLabel])
        #expect(out[1].isEmpty)
    }

    /// matplotlib's bars set left of their grids: the right panel's bar label sits beside
    /// the left grid, as far left of its strip as the left bar's label is of its own.
    @Test func aBarLabelBesideTheLeftGridIsTheRightPanels() {
        let grids = [PixelRect(minX: 88, minY: 52, maxX: 329, maxY: 275), PixelRect(minX: 422, minY: 52, maxX: 662, maxY: 275)]
        let strips = [PixelRect(minX: 42, minY: 53, maxX: 52, maxY: 275), PixelRect(minX: 375, minY: 53, maxX: 385, maxY: 275)]
            .map { Optional(ColourStrip(box: $0, orientation: .vertical, samples: [])) }
        let turned = { (minX: Int, role: TextRole) in
            FigureLayout.RoledLine(
                line: TextLine(box: PixelRect(minX: minX, minY: 152, maxX: minX + 11, maxY: 174), angle: 90, glyphIDs: [0], glyphSize: 10),
                role: role)
        }
        let places = [(row: 0, column: 0), (row: 0, column: 1)]
        let texts = [[turned(3, .colorbarLabel), turned(336, .yLabel)], []]
        let out = PanelLabelSets.handingBarLabelsAcross(texts, grids: grids, strips: strips, places: places)
        #expect(out[0].map(\.role) == [.colorbarLabel, .other])
        #expect(out[1].map(\.role) == [.colorbarLabel])
        // Hard by the left grid, it is that panel's y label.
        let near = [[turned(3, .colorbarLabel), turned(331, .yLabel)], []]
        #expect(PanelLabelSets.handingBarLabelsAcross(near, grids: grids, strips: strips, places: places)[0].map(\.role)
            == [.colorbarLabel, .yLabel])
    }
}
