import Testing
@testable import FigScribe

@Suite("TickMarks")
struct TickMarksTests {
    static let box = PixelRect(minX: 20, minY: 10, maxX: 120, maxY: 60)
    static let white = RGBA(r: 255, g: 255, b: 255), black = RGBA(r: 0, g: 0, b: 0)

    /// A grey grid box, optionally framed by a 1-px spine, with 5-px marks every 20 px
    /// below it (2 px wide) and left of it (1 px wide), `gap` pixels off the box.
    static func figure(spine: Bool, gap: Int) -> RGBAImage {
        var image = RGBAImage(width: 140, height: 80)
        for y in box.minY..<box.maxY { for x in box.minX..<box.maxX { image[x, y] = RGBA(r: 120, g: 120, b: 200) } }
        if spine { SyntheticHeatmap.outline(box, in: &image, colour: black) }
        let start = (spine ? 1 : 0) + gap
        for x in stride(from: 30, to: 120, by: 20) {
            for y in (box.maxY + start)..<(box.maxY + start + 5) { image[x, y] = black; image[x + 1, y] = black }
        }
        for y in stride(from: 20, to: 60, by: 20) {
            for x in (box.minX - start - 5)..<(box.minX - start) { image[x, y] = black }
        }
        return image
    }

    @Test(arguments: [(true, 0), (false, 0), (false, 2)])
    func marksAreFoundWithOrWithoutASpine(spine: Bool, gap: Int) {
        let marks = TickMarks.find(in: Self.figure(spine: spine, gap: gap), around: Self.box, background: Self.white)
        #expect(marks.x == [31, 51, 71, 91, 111])
        #expect(marks.y == [20.5, 40.5])
    }

    @Test func textFarFromTheEdgeIsNoMark() {
        var image = Self.figure(spine: true, gap: 0)
        // A minus sign 8 px below the grid: beyond a mark's reach.
        for x in 60..<66 { image[x, Self.box.maxY + 8] = Self.black }
        let marks = TickMarks.find(in: image, around: Self.box, background: Self.white)
        #expect(marks.x == [31, 51, 71, 91, 111])
    }

    /// A label set a pixel left of the grid (Plotly, no marks): the strokes of its last
    /// glyph run outward from the edge like marks, but lie within the label's box.
    @Test func strokesOfTextBesideTheEdgeAreNoMarks() {
        let marks = TickMarks(x: [31, 51], y: [20.5, 24.5, 40.5])
        let label = PixelRect(minX: 4, minY: 19, maxX: 19, maxY: 27)
        let kept = marks.excludingText([label], around: Self.box)
        #expect(kept.y == [40.5])
        #expect(kept.x == [31, 51])
        // A label beyond a mark's reach keeps the marks level with it.
        let far = PixelRect(minX: 0, minY: 19, maxX: 12, maxY: 27)
        #expect(marks.excludingText([far], around: Self.box).y == [20.5, 24.5, 40.5])
    }

    @Test func labelsSnapToTheMarkAlongTheirOwnExtent() {
        let marks = [31.0, 51, 71, 91]
        #expect(TickPlacement.snapped(48, to: marks, within: 40...58) == 51)
        // The nearest mark is outside the label: keep the anchor.
        #expect(TickPlacement.snapped(48, to: marks, within: 40...46) == 48)
        // More than half a spacing away: keep the anchor.
        #expect(TickPlacement.snapped(70, to: [10, 20, 30, 40, 100], within: 60...110) == 70)
        #expect(TickPlacement.snapped(48, to: [], within: 40...58) == 48)
    }

    /// plotnine's 45° labels set `ha="right"` over faint marks: every label stands 0.36–0.5
    /// of a cell left of its cell's centre, by one shared amount within 0.15: it is taken off.
    @Test func turnedLabelsOffTheCellsByOneAmountAreMovedOn() throws {
        let read = [-0.395, 2.493, 5.638, 8.628, 11.619, 14.61, 17.6]
        let aligned = try #require(TickPlacement.alignedToCells(read, lineHeight: Array(repeating: 0.5, count: 7)))
        #expect(aligned.map { $0.rounded() } == [0, 3, 6, 9, 12, 15, 18])
        #expect(aligned.allSatisfy { abs($0 - $0.rounded()) <= 0.15 })
    }

    /// Labels at the cells' centres, at their edges (a shared half cell), scattered, or off
    /// by more than a line height stay where they are.
    @Test func otherLabelPlacesStay() {
        let height = Array(repeating: 0.6, count: 4)
        #expect(TickPlacement.alignedToCells([0.02, 1.01, 2.0, 3.03], lineHeight: height) == nil)
        #expect(TickPlacement.alignedToCells([-0.5, 0.5, 1.5, 2.5], lineHeight: height) == nil)
        #expect(TickPlacement.alignedToCells([-0.3, 1.1, 2.25, 3.4], lineHeight: height) == nil)
        #expect(TickPlacement.alignedToCells([-0.3, 0.7, 1.7, 2.7], lineHeight: Array(repeating: 0.2, count: 4)) == nil)
        #expect(TickPlacement.alignedToCells([-0.3, 0.7], lineHeight: [0.6, 0.6]) == nil)
    }
}

