import Testing

@testable import FigScribe

/// A printed number is cropped with the faint ink beside it in its cell.
@Suite("Annotation crops")
struct AnnotationCropTests {
    /// One row of two 60×40 cells at (0, 0): grey, then blue; a faint "3" (light grey strokes
    /// at x 12…17) left of the found line "5%" (x 20…34) in the first cell.
    static func layout() -> FigureLayout {
        let grey = RGBA(r: 186, g: 186, b: 186), blue = RGBA(r: 40, g: 60, b: 160)
        var image = RGBAImage(width: 120, height: 40, fill: grey)
        for y in 0..<40 { for x in 60..<120 { image[x, y] = blue } }
        for y in 15..<25 { for x in 12..<18 where x == 12 || x == 17 || y == 15 || y == 24 { image[x, y] = RGBA(r: 140, g: 140, b: 140) } }
        for y in 15..<25 { for x in 20..<34 { image[x, y] = RGBA(r: 60, g: 60, b: 60) } }
        return FigureLayout(
            background: RGBA(r: 255, g: 255, b: 255), gridBox: HeatmapFigure.Box(x: 0, y: 0, width: 120, height: 40),
            rows: 1, columns: 2, strip: nil, texts: [], annotations: [], tickMarks: TickMarks(x: [], y: []),
            cellColours: [[grey, blue]], image: image,
            ink: ConnectedComponents(mask: [Bool](repeating: false, count: 120 * 40), width: 120, height: 40))
    }

    @Test func faintGlyphsBesideTheLineAreTakenIn() {
        let line = PixelRect(minX: 20, minY: 15, maxX: 34, maxY: 25)
        #expect(FigureTextReader.faintInkSpan(beside: line, in: Self.layout()) == 12..<34)
    }

    /// The next cell's colour is not ink of this one.
    @Test func theSpanStaysInTheCell() {
        let line = PixelRect(minX: 20, minY: 15, maxX: 34, maxY: 25)
        #expect(FigureTextReader.faintInkSpan(beside: line, in: Self.layout()).upperBound <= 58)
    }

    /// A tile narrower than its cell: the page showing between tiles, level with the line
    /// and far from it, is no ink of the number.
    @Test func theEdgeOfATileIsNoInkOfItsNumber() {
        var layout = Self.layout()
        let white = RGBA(r: 255, g: 255, b: 255)
        for y in 0..<40 { for x in [3, 4, 5, 52, 53, 54] { layout.image[x, y] = white } }
        let line = PixelRect(minX: 20, minY: 15, maxX: 34, maxY: 25)
        #expect(FigureTextReader.faintInkSpan(beside: line, in: layout) == 12..<34)
    }
}
