import Testing

@testable import FigScribe

/// A lone line above a colour key on top: the figure's title when set bold, the key's own
/// title when plain.
@Suite("TopKeyTitle")
struct TopKeyTitleTests {
    static let grid = PixelRect(minX: 40, minY: 120, maxX: 360, maxY: 380)
    static let strip = ColourStrip(box: PixelRect(minX: 40, minY: 60, maxX: 360, maxY: 80), orientation: .horizontal, samples: [])

    /// A page with a "word" of five letters drawn as vertical strokes `stroke` px thick, 18 px
    /// tall, centred over the grid at y 10, and tick labels of 1-px strokes, 10 px tall, at y 40.
    static func page(stroke: Int) throws -> (FigureInk, [FigureLayout.RoledLine]) {
        var image = RGBAImage(width: 400, height: 400)
        for x in 0..<400 { for y in 0..<400 { image[x, y] = RGBA(r: 255, g: 255, b: 255) } }
        for k in 0..<5 { for x in (160 + 16 * k)..<(160 + 16 * k + stroke) { for y in 10..<28 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } } }
        var lines = [FigureLayout.RoledLine(
            line: TextLine(box: PixelRect(minX: 160, minY: 10, maxX: 64 + 160 + stroke, maxY: 28), angle: 0, glyphIDs: [0, 1, 2, 3, 4], glyphSize: 18),
            role: .colorbarLabel)]
        for t in 0..<4 {
            let x0 = 50 + 100 * t
            for x in [x0, x0 + 4] { for y in 40..<50 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } }
            lines.append(.init(line: TextLine(box: PixelRect(minX: x0, minY: 40, maxX: x0 + 5, maxY: 50), angle: 0, glyphIDs: [0, 1], glyphSize: 10),
                               role: .colorbarTick))
        }
        for x in 40..<360 { for y in 120..<380 { image[x, y] = RGBA(r: 30, g: 120, b: 200) } }
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
}
