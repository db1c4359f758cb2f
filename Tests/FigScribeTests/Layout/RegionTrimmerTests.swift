import Testing
@testable import FigScribe

@Suite("RegionTrimmer")
struct RegionTrimmerTests {
    /// A trimmer whose region is all the image's ink (everything not white).
    /// One stroke of a dendrogram: level (along x at `at`) or upright (along y at `at`),
    /// from `from` up to `to`.
    struct Stroke {
        var level: Bool
        var at: Int, from: Int, to: Int
        static func level(_ y: Int, _ x0: Int, _ x1: Int) -> Stroke { Stroke(level: true, at: y, from: x0, to: x1) }
        static func upright(_ x: Int, _ y0: Int, _ y1: Int) -> Stroke { Stroke(level: false, at: x, from: y0, to: y1) }
    }

    /// A 160×140 image with graded cells filling `cells` and `strokes` drawn `thickness` px
    /// thick in `colour`.
    static func dendrogramImage(cells: PixelRect, strokes: [Stroke], thickness: Int, colour: RGBA) -> RGBAImage {
        var image = RGBAImage(width: 160, height: 140)
        for y in cells.minY..<cells.maxY {
            for x in cells.minX..<cells.maxX { image[x, y] = RGBA(r: UInt8(30 + x), g: 80, b: UInt8(200 - y)) }
        }
        for s in strokes {
            for along in s.from..<s.to {
                for d in 0..<thickness {
                    if s.level { image[along, s.at + d] = colour } else { image[s.at + d, along] = colour }
                }
            }
        }
        return image
    }

    static func trimmer(for image: RGBAImage) -> RegionTrimmer {
        let white = RGBA(r: 255, g: 255, b: 255)
        let mask = (0..<(image.width * image.height)).map { image[$0 % image.width, $0 / image.width] != white }
        let ink = ConnectedComponents(mask: mask, width: image.width, height: image.height)
        return RegionTrimmer(image: image, components: ink, memberIDs: Set(ink.components.map(\.id)))
    }

    /// A white 160×160 image with 10-pixel blocks of colour over `data`, each a step of
    /// 1/`shades` along the synthetic ramp from its neighbours.
    static func blocks(over data: PixelRect, shades: Double) -> RGBAImage {
        var image = RGBAImage(width: 160, height: 160)
        for y in data.minY..<data.maxY {
            for x in data.minX..<data.maxX {
                image[x, y] = SyntheticHeatmap.colour(Double((x - data.minX) / 10 + (y - data.minY) / 10) / shades)
            }
        }
        return image
    }

    /// A 16×160 gradient strip whose last 20 rows darken by 7 per row (turbo's dark end),
    /// optionally inside a 1-px black frame.
    static func strip(framed: Bool) -> (image: RGBAImage, strip: PixelRect, trimmer: RegionTrimmer, region: PixelRect) {
        var image = RGBAImage(width: 40, height: 200)
        let strip = PixelRect(minX: 12, minY: 20, maxX: 28, maxY: 180)
        for y in strip.minY..<strip.maxY {
            let i = y - strip.minY
            let level = i < 140 ? 240 - i / 2 : 170 - 7 * (i - 140)
            let colour = RGBA(r: UInt8(max(0, level - 60)), g: UInt8(max(0, level - 20)), b: UInt8(level + 10))
            for x in strip.minX..<strip.maxX { image[x, y] = colour }
        }
        var region = strip
        if framed {
            SyntheticHeatmap.outline(strip, in: &image, colour: RGBA(r: 0, g: 0, b: 0))
            region = PixelRect(minX: strip.minX - 1, minY: strip.minY - 1, maxX: strip.maxX + 1, maxY: strip.maxY + 1)
        }
        let trimmer = Self.trimmer(for: image)
        return (image, strip, trimmer, region)
    }

    @Test(arguments: [false, true])
    func steepGradientEndIsNotTakenForAFrame(framed: Bool) {
        let s = Self.strip(framed: framed)
        #expect(s.trimmer.trim(s.region) == s.strip)
    }

    /// A strip whose last ten rows darken by 12 a row, each a little more than the one
    /// before (Vega's turbo): its last row is darker than the next one in, as a blended
    /// outline's is, but no more steeply than the rows further in change, so it is kept.
    @Test func steeplyDarkeningEndIsNoBlendedOutline() {
        var image = RGBAImage(width: 40, height: 200)
        let strip = PixelRect(minX: 12, minY: 20, maxX: 28, maxY: 180)
        for y in strip.minY..<strip.maxY {
            let i = y - strip.minY
            let level = i < 150 ? 240 - i / 3 : 190 - 12 * (i - 150) - (i - 150) / 3
            let colour = RGBA(r: UInt8(max(0, level - 60)), g: UInt8(max(0, level - 40)), b: UInt8(level + 10))
            for x in strip.minX..<strip.maxX { image[x, y] = colour }
        }
        #expect(Self.trimmer(for: image).trim(strip) == strip)
    }

    /// Tiles on a plot background reaching half a gap (2 px) beyond the outer tiles: the
    /// margin is no frame, since its colour recurs as the gaps further in.
    @Test func halfAGapAroundTilesIsNoFrame() {
        let (image, box) = TileLatticeTests.tiles(rows: 4, columns: 6, tile: 24, gap: 5, ground: TileLatticeTests.panel)
        #expect(Self.trimmer(for: image).trim(box) == box)
    }

    /// A strip whose last rows darken steadily through greys (magma's dark end, which
    /// looks like a grey panel line by line) keeps them, though an outline blended over
    /// its last line is cut off: a panel margin is one background colour, not a run of
    /// shades one way.
    @Test func darkGradientEndIsNoPanelMargin() {
        var image = RGBAImage(width: 40, height: 200)
        let strip = PixelRect(minX: 12, minY: 20, maxX: 28, maxY: 180)
        for y in strip.minY..<strip.maxY {
            let i = y - strip.minY
            let grey = i == 159 ? 30 : 100 - 3 * (i - 144)
            let colour = i < 144
                ? RGBA(r: UInt8(250 - i), g: UInt8(120 - i / 2), b: 90)
                : RGBA(r: UInt8(grey), g: UInt8(grey - 2), b: UInt8(grey + 4))
            for x in strip.minX..<strip.maxX { image[x, y] = colour }
        }
        let trimmer = Self.trimmer(for: image)
        var kept = strip
        kept.maxY -= 1
        #expect(trimmer.trim(strip) == kept)
    }

    /// matplotlib's stepped inferno bar (four bands, 29 × 618 px): its black end band a
    /// quarter of the strip, whose antialiased last row passes for a frame, stays: a
    /// margin on one framed side alone is data.
    @Test func aDarkEndBandOnALoneFramedSideStays() {
        var image = RGBAImage(width: 60, height: 700)
        for x in 0..<60 { for y in 0..<700 { image[x, y] = RGBA(r: 255, g: 255, b: 255) } }
        let strip = PixelRect(minX: 20, minY: 47, maxX: 49, maxY: 665)
        let bands = [RGBA(r: 252, g: 255, b: 164), RGBA(r: 237, g: 105, b: 37), RGBA(r: 120, g: 28, b: 109), RGBA(r: 0, g: 0, b: 4)]
        for y in strip.minY..<strip.maxY {
            let colour = y == strip.maxY - 1 ? RGBA(r: 21, g: 10, b: 10) : bands[min(3, (y - strip.minY) / 155)]
            for x in strip.minX..<strip.maxX { image[x, y] = colour }
        }
        #expect(Self.trimmer(for: image).trim(strip).maxY >= strip.maxY - 1)
    }

    /// Data drawn inside a larger white frame (axes limits beyond the data) is trimmed to,
    /// though its margins are uneven: each is judged against the whole panel, the bottom
    /// one (24% of it) too, which is more than a quarter of what the top one leaves.
    @Test func unevenWhiteMarginsInsideAFrameAreTrimmed() {
        let panel = PixelRect(minX: 20, minY: 20, maxX: 140, maxY: 140)
        let data = PixelRect(minX: 40, minY: 32, maxX: 120, maxY: 111)
        var image = Self.blocks(over: data, shades: 16)
        SyntheticHeatmap.outline(panel, in: &image, colour: RGBA(r: 0, g: 0, b: 0))
        let trimmer = Self.trimmer(for: image)
        let framed = PixelRect(minX: panel.minX - 1, minY: panel.minY - 1, maxX: panel.maxX + 1, maxY: panel.maxY + 1)
        #expect(trimmer.trim(framed) == data)
    }

    /// A white panel margin whose outermost line is mostly a grey border is still a white
    /// margin, like the others: a margin's colour is the one most of its lines show.
    @Test func marginColourIsWhatMostLinesShow() {
        let panel = PixelRect(minX: 20, minY: 20, maxX: 140, maxY: 140)
        let data = PixelRect(minX: 30, minY: 30, maxX: 130, maxY: 130)
        var image = Self.blocks(over: data, shades: 20)
        // The panel's outline, dashed (grid lines meeting it): darker at the top.
        let top = RGBA(r: 232, g: 232, b: 232), side = RGBA(r: 250, g: 250, b: 250)
        for x in panel.minX..<panel.maxX where x % 7 < 5 { image[x, panel.minY] = top; image[x, panel.maxY - 1] = side }
        for y in panel.minY..<panel.maxY where y % 7 < 5 { image[panel.minX, y] = side; image[panel.maxX - 1, y] = side }
        let trimmer = Self.trimmer(for: image)
        #expect(trimmer.trim(panel) == data)
    }

    /// A clustermap's column dendrogram drawn down onto the cells (its legs touch the top
    /// row, so it is one component with them) is cut off; the cells keep every row, the
    /// first too, though it holds one cell beside the legs.
    @Test func dendrogramOnTheCellsIsCutOff() {
        var image = RGBAImage(width: 140, height: 140)
        let cells = PixelRect(minX: 20, minY: 40, maxX: 120, maxY: 120)
        for y in cells.minY..<cells.maxY {
            for x in cells.minX..<cells.maxX where (x - 20) / 20 <= (y - 40) / 20 || y >= 60 {
                image[x, y] = RGBA(r: UInt8(30 + x), g: 80, b: UInt8(200 - y))
            }
        }
        let black = RGBA(r: 0, g: 0, b: 0)
        // Legs down to the first cell and the second row, joined at y = 30 and y = 20.
        for y in 30..<40 { image[30, y] = black }
        for y in 30..<60 { image[50, y] = black }
        for x in 30...50 { image[x, 30] = black }
        for y in 20...30 { image[40, y] = black }
        for y in 20..<60 { image[90, y] = black }
        for x in 40...90 { image[x, 20] = black }
        let trimmer = Self.trimmer(for: image)
        #expect(trimmer.trim(PixelRect(minX: 20, minY: 20, maxX: 120, maxY: 120)) == cells)
    }

    /// A row dendrogram drawn with anti-aliased lines 3 px thick (R's graphics), its legs
    /// touching the cells' left edge: cut off, joins and corners included.
    @Test func thickDendrogramBesideTheCellsIsCutOff() {
        let cells = PixelRect(minX: 60, minY: 20, maxX: 140, maxY: 120)
        // Legs to rows at y = 30, 50, 80 and 110; joins at x = 40 and x = 20.
        let image = Self.dendrogramImage(cells: cells, strokes: [
            .level(30, 40, 60), .level(50, 40, 60), .upright(40, 30, 53), .level(80, 30, 60), .level(110, 30, 60),
            .upright(30, 80, 113), .level(41, 20, 41), .level(95, 20, 31), .upright(20, 41, 98),
        ], thickness: 3, colour: RGBA(r: 90, g: 90, b: 90))
        let trimmer = Self.trimmer(for: image)
        #expect(trimmer.trim(PixelRect(minX: 20, minY: 20, maxX: 140, maxY: 120)) == cells)
    }

    /// pheatmap's column dendrogram: the crossbars of a join and of the join over it, 2 px
    /// each, lie edge to edge where they overlap (4 px of ink across): still strokes, cut off.
    @Test func crossbarsEdgeToEdgeAreStrokes() {
        let cells = PixelRect(minX: 20, minY: 60, maxX: 140, maxY: 130)
        // The top join's bar at y = 20 over x 40–100; the right join's bar right under it, x 80–120.
        let image = Self.dendrogramImage(cells: cells, strokes: [
            .level(20, 40, 102), .level(22, 80, 122), .upright(40, 20, 60), .upright(80, 22, 60), .upright(120, 22, 60),
        ], thickness: 2, colour: RGBA(r: 0, g: 0, b: 0))
        let trimmer = Self.trimmer(for: image)
        #expect(trimmer.trim(PixelRect(minX: 20, minY: 20, maxX: 140, maxY: 130)) == cells)
    }
}
