import Foundation
import Testing

@testable import FigScribe

/// Keys of categorical legends and category bars, and the text naming them, are no text of
/// the heatmap's own.
@Suite("ColourKeys")
struct ColourKeysTests {
    static let white = RGBA(r: 255, g: 255, b: 255)

    /// The only component of an image's ink (pixels not white).
    static func component(of image: RGBAImage) -> (ConnectedComponents.Component, ConnectedComponents) {
        let mask = image.pixels.indices.filter { $0 % 4 == 0 }.map { i in
            RGBA(r: image.pixels[i], g: image.pixels[i + 1], b: image.pixels[i + 2]).channelDistance(to: white) > 2
        }
        let ink = ConnectedComponents(mask: mask, width: image.width, height: image.height)
        return (ink.components[0], ink)
    }

    /// Three legend keys set edge to edge, each a flat colour with a grey outline.
    @Test func keysSetEdgeToEdgeAreOneBlock() {
        var image = RGBAImage(width: 20, height: 50, fill: Self.white)
        let colours = [RGBA(r: 166, g: 206, b: 227), RGBA(r: 178, g: 223, b: 138), RGBA(r: 253, g: 191, b: 111)]
        for y in 2..<47 {
            for x in 3..<16 {
                let band = (y - 2) / 15
                let edge = x == 3 || x == 15 || (y - 2) % 15 == 0 || y == 46
                image[x, y] = edge ? RGBA(r: 153, g: 153, b: 153) : colours[band]
            }
        }
        let (c, ink) = Self.component(of: image)
        #expect(ColourKeys.isKey(c, in: image, ink: ink))
    }

    /// A small bold capital filling most of its box (the gaps between its arms filled with
    /// anti-aliasing's light ink) is a glyph.
    @Test func boldGlyphIsNoKey() {
        var image = RGBAImage(width: 14, height: 14, fill: Self.white)
        for y in 2..<12 {
            for x in 2..<11 {
                let arm = x < 5 || (y - 2) % 4 < 2
                image[x, y] = arm ? RGBA(r: 0, g: 0, b: 0) : RGBA(r: 200, g: 200, b: 200)
            }
        }
        let (c, ink) = Self.component(of: image)
        #expect(c.fill >= ColourKeys.minimumFill)
        #expect(!ColourKeys.isKey(c, in: image, ink: ink))
    }

    /// The stem of a large bold letter ("l" in a title) is a flat block of the text's colour.
    @Test func blackStemIsNoKey() {
        var image = RGBAImage(width: 12, height: 30, fill: Self.white)
        for y in 3..<27 { for x in 3..<9 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } }
        let (c, ink) = Self.component(of: image)
        #expect(!ColourKeys.isKey(c, in: image, ink: ink))
        for y in 3..<27 { for x in 3..<9 { image[x, y] = RGBA(r: 166, g: 206, b: 227) } }
        #expect(ColourKeys.isKey(c, in: image, ink: ink))
    }

    static func line(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int) -> TextLine {
        TextLine(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), angle: 0, glyphIDs: [0], glyphSize: 10)
    }

    /// A legend's entries and heading and a category bar's name go; other lines stay.
    @Test func linesNamingKeysGo() {
        let legend = PixelRect(minX: 654, minY: 100, maxX: 667, maxY: 147)
        let bar = PixelRect(minX: 73, minY: 90, maxX: 565, maxY: 100)
        let entry = Self.line(671, 102, 690, 112), heading = Self.line(654, 88, 705, 98)
        let barName = Self.line(567, 90, 619, 100), tick = Self.line(641, 84, 647, 92), title = Self.line(268, 3, 372, 16)
        let kept = ColourKeys.withoutKeyNames([entry, heading, barName, tick, title], keys: [legend, bar])
        #expect(kept == [tick, title])
    }

    /// A category bar a dendrogram's legs touch is part of the dendrogram's ink: the line at
    /// its end names it, a line beside the dendrogram's bare strokes does not.
    @Test func lineAtTheEndOfABarInOtherInkNamesIt() {
        var image = RGBAImage(width: 120, height: 40, fill: Self.white)
        for x in 5..<60 { image[x, 5] = RGBA(r: 0, g: 0, b: 0) }  // a leg's crossbar
        for y in 5..<20 { image[30, y] = RGBA(r: 0, g: 0, b: 0) }  // a leg down to the bar
        for y in 20..<32 { for x in 5..<60 { image[x, y] = x == 59 ? RGBA(r: 153, g: 153, b: 153) : RGBA(r: 178, g: 223, b: 138) } }
        let (c, ink) = Self.component(of: image)
        let name = TextLine(box: PixelRect(minX: 62, minY: 21, maxX: 100, maxY: 31), angle: 0, glyphIDs: [], glyphSize: 10)
        #expect(ColourKeys.namesKey(beside: name, in: image, ink: ink, within: [c.id]))
        #expect(!ColourKeys.namesKey(beside: name, in: image, ink: ink, within: []))
        let besideStroke = TextLine(box: PixelRect(minX: 62, minY: 1, maxX: 100, maxY: 10), angle: 0, glyphIDs: [], glyphSize: 10)
        #expect(!ColourKeys.namesKey(beside: besideStroke, in: image, ink: ink, within: [c.id]))
    }

    /// pheatmap's column annotation: the category bar above the grid and its name, the
    /// legend of its categories beside the colour bar, no title or colour-bar label.
    @Test func annotationLegendIsNoTitleNorColourBarLabel() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/pheatmap/ph_big_30x20_cutree.png")
        let figure = try HeatmapReader().read(contentsOf: url)
        #expect(figure.title == "Log fold change")
        #expect(figure.colorbar?.label == nil)
    }

    /// A category bar whose cells a dendrogram touches, its name level with the colour bar's
    /// top tick: the dendrogram is no glyph, the name no title, the tick its own line.
    @Test func barInDendrogramInkIsNoTitle() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/pheatmap/ph_numbers_annot_7x9.png")
        let figure = try HeatmapReader().read(contentsOf: url)
        #expect(figure.title == nil)
        #expect(figure.colorbar?.ticks.map(\.text) == ["0", "1", "2", "3", "4", "5"])
    }

    /// pheatmap's column annotation beside a dendrogram (read as a heatmap beside other
    /// charts): the bar's name at its end is no part of the title.
    @Test func barNameBesideADendrogramIsNoTitle() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/pheatmap/ph_annot_row_col_15x12.png")
        guard case .heatmap(let figure) = try HeatmapReader().readFigure(contentsOf: url) else {
            Issue.record("read as panels")
            return
        }
        #expect(figure.title == "Protein abundance")
    }
}
