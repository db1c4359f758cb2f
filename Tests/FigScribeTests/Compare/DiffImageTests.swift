import Testing
@testable import FigScribe

@Suite("DiffImage")
struct DiffImageTests {
    typealias F = ComparisonFixtures
    static let grey = RGBA(r: 128, g: 128, b: 128)

    /// The fixture's grid: box (20, 20, 160×120), 3 rows × 4 columns of 40×40 pixels.
    func drawn(_ differences: [Difference]) -> RGBAImage {
        DiffImage.render(image: RGBAImage(width: 200, height: 160, fill: Self.grey), figures: [F.figure()], differences: differences)
    }

    func cell(_ r: Int, _ c: Int, status: Difference.Status = .changed) -> Difference {
        Difference(kind: .cell, status: status, subject: "cell", expected: "1", actual: "2", cell: .init(row: r, column: c))
    }

    /// The cells whose top-left border pixel has `colour`.
    func outlined(_ image: RGBAImage, _ colour: RGBA) -> [[Int]] {
        (0..<3).flatMap { r in (0..<4).compactMap { c in image[20 + 40 * c, 20 + 40 * r] == colour ? [r, c] : nil } }
    }

    @Test func outlinesExactlyTheChangedCells() {
        let image = drawn([cell(1, 2), cell(0, 0, status: .unsure)])
        #expect(outlined(image, DiffImage.changed) == [[1, 2]])
        #expect(outlined(image, DiffImage.unsure) == [[0, 0]])
        // Cell interiors are untouched.
        #expect(image[20 + 40 * 2 + 20, 20 + 40 + 20] == Self.grey)
        // Outside the outlined cell, the border of its neighbour is untouched.
        #expect(image[20 + 40 * 3 + 5, 20 + 40 + 5] == Self.grey)
    }

    /// A cell difference in a panel is outlined in that panel's grid, not the first's.
    @Test func aPanelsCellIsOutlinedInItsPanel() {
        var right = F.figure()
        right.grid.box = .init(x: 220, y: 20, width: 160, height: 120)
        var difference = cell(1, 2)
        difference.panel = 2
        let image = DiffImage.render(image: RGBAImage(width: 400, height: 160, fill: Self.grey), figures: [F.figure(), right],
                                     differences: [difference])
        #expect(outlined(image, DiffImage.changed).isEmpty)
        #expect(image[220 + 40 * 2, 20 + 40] == DiffImage.changed)
    }

    @Test func addsALegendBandWithAKeyPerKindFound() {
        let image = drawn([cell(1, 2), Difference(kind: .colourScale, subject: "colour scale max", expected: "1", actual: "2")])
        #expect(image.width == 200 && image.height > 160)
        let legend = (160..<image.height).flatMap { y in (0..<image.width).map { x in image[x, y] } }
        #expect(legend.contains(DiffImage.changed))
        #expect(legend.contains(DiffImage.scale))
        #expect(legend.contains(DiffImage.ink))
        #expect(!legend.contains(DiffImage.unsure))
    }

    @Test func lookAlikesAndMatchesMarkNoCell() {
        let image = drawn([Difference(kind: .tickLabel, status: .lookAlike, subject: "x labels", expected: "'0'", actual: "'O'")])
        #expect(outlined(image, DiffImage.changed).isEmpty)
        #expect(DiffImage.legendItems([]).map(\.text) == ["MATCH"])
    }

    @Test func theLegendWrapsOnNarrowImages() {
        let items = DiffImage.legendItems([cell(0, 0), cell(0, 1, status: .unsure),
                                          Difference(kind: .grid, subject: "grid", expected: "1×1", actual: "2×2"),
                                          Difference(kind: .text, subject: "title", expected: "'a'", actual: "'b'")])
        #expect(items.map(\.text) == ["CHANGED 1", "UNSURE 1", "GRID", "LABELS 1"])
        let narrow = DiffImage.render(image: RGBAImage(width: 60, height: 40, fill: Self.grey), figures: [],
                                      differences: [cell(0, 0), cell(0, 1, status: .unsure)])
        let wide = DiffImage.render(image: RGBAImage(width: 600, height: 40, fill: Self.grey), figures: [],
                                    differences: [cell(0, 0), cell(0, 1, status: .unsure)])
        #expect(narrow.height > wide.height)
    }

    @Test func everyLegendCharacterHasAGlyph() {
        let words = ["CHANGED 0123456789", "UNSURE", "GRID", "SCALE", "LABELS", "MATCH"]
        for character in words.joined() where character != " " {
            let inked = (0..<BitmapFont.height).contains { y in (0..<BitmapFont.width).contains { x in BitmapFont.inked(character, x: x, y: y) } }
            #expect(inked, "no glyph for \(character)")
        }
    }
}
