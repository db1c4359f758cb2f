import Testing

@testable import FigScribe

/// A lone line above a colour key on top: the figure's title when set bold, the key's own
/// title when plain.
@Suite("TopKeyTitle")
struct TopKeyTitleTests {
    static let grid = PixelRect(minX: 40, minY: 120, maxX: 360, maxY: 380)
    static let strip = ColourStrip(box: PixelRect(minX: 40, minY: 60, maxX: 360, maxY: 80), orientation: .horizontal, samples: [])

    /// A page with a "word" of five letters drawn as vertical strokes `stroke` px thick, 18 px
    /// tall, centred over the grid at y 10, and tick labels of `tickStroke`-px strokes, 10 px
    /// tall, at y 40; with `axisLabelStroke`, an x label of such strokes, 12 px tall, under the grid.
    static func page(stroke: Int, tickStroke: Int = 1, axisLabelStroke: Int? = nil) throws -> (FigureInk, [FigureLayout.RoledLine]) {
        var image = RGBAImage(width: 400, height: 400)
        for x in 0..<400 { for y in 0..<400 { image[x, y] = RGBA(r: 255, g: 255, b: 255) } }
        for k in 0..<5 { for x in (160 + 16 * k)..<(160 + 16 * k + stroke) { for y in 10..<28 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } } }
        var lines = [FigureLayout.RoledLine(
            line: TextLine(box: PixelRect(minX: 160, minY: 10, maxX: 64 + 160 + stroke, maxY: 28), angle: 0, glyphIDs: [0, 1, 2, 3, 4], glyphSize: 18),
            role: .colorbarLabel)]
        for t in 0..<4 {
            let x0 = 50 + 100 * t
            for x in [x0, x0 + 4] { for x in x..<(x + tickStroke) { for y in 40..<50 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } } }
            lines.append(.init(line: TextLine(box: PixelRect(minX: x0, minY: 40, maxX: x0 + 5, maxY: 50), angle: 0, glyphIDs: [0, 1], glyphSize: 10),
                               role: .colorbarTick))
        }
        for x in 40..<360 { for y in 120..<380 { image[x, y] = RGBA(r: 30, g: 120, b: 200) } }
        if let axisLabelStroke {
            for k in 0..<4 { for x in (180 + 10 * k)..<(180 + 10 * k + axisLabelStroke) { for y in 385..<397 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } } }
            lines.append(.init(line: TextLine(box: PixelRect(minX: 180, minY: 385, maxX: 210 + axisLabelStroke, maxY: 397), angle: 0, glyphIDs: [0, 1, 2, 3], glyphSize: 12),
                               role: .xLabel))
        }
        return (try FigureInk(flattened: image), lines)
    }

    @Test func aBoldLineAboveAKeyOnTopIsTheTitle() throws {
        let (ink, lines) = try Self.page(stroke: 4)
        let roles = TopKeyTitle.retitled(lines, strip: Self.strip, gridBox: Self.grid, ink: ink).map(\.role)
        #expect(roles == [.title, .colorbarTick, .colorbarTick, .colorbarTick, .colorbarTick])
    }

    @Test func aPlainLineAboveAKeyOnTopStaysItsLabel() throws {
        let (ink, lines) = try Self.page(stroke: 2)
        let roles = TopKeyTitle.retitled(lines, strip: Self.strip, gridBox: Self.grid, ink: ink).map(\.role)
        #expect(roles.first == .colorbarLabel)
    }

    /// lattice's bold `main` over a key whose small tick labels ("-2", "0") measure as heavy
    /// for their height: its stems, 3 px against the axis labels' 2, make it the title.
    @Test func aLineHeavierThanTheAxisLabelsIsTheTitle() throws {
        let (ink, lines) = try Self.page(stroke: 3, tickStroke: 3, axisLabelStroke: 2)
        #expect(TopKeyTitle.retitled(lines, strip: Self.strip, gridBox: Self.grid, ink: ink).first?.role == .title)
        let (plainInk, plainLines) = try Self.page(stroke: 3, tickStroke: 3, axisLabelStroke: 3)
        #expect(TopKeyTitle.retitled(plainLines, strip: Self.strip, gridBox: Self.grid, ink: plainInk).first?.role == .colorbarLabel)
    }
}

