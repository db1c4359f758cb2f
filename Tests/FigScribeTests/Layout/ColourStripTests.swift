import Testing

@testable import FigScribe

/// Where a colour strip's scale ends, and where its labels point.
@Suite("ColourStrip")
struct ColourStripTests {
    static let white = RGBA(r: 255, g: 255, b: 255), black = RGBA(r: 0, g: 0, b: 0)
    /// The strip's inside: columns 10..<26, rows 20..<220.
    static let box = PixelRect(minX: 10, minY: 20, maxX: 26, maxY: 220)

    /// A vertical gradient strip in `box`, with a one-pixel outline just outside it when
    /// `outlined`.
    static func image(outlined: Bool) -> RGBAImage {
        var image = RGBAImage(width: 60, height: 240, fill: white)
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX { image[x, y] = SyntheticHeatmap.colour(Double(y - box.minY) / 200) }
        }
        if outlined { SyntheticHeatmap.outline(box, in: &image, colour: black) }
        return image
    }

    static func strip() -> ColourStrip {
        ColourStrip(box: box, orientation: .vertical, samples: [])
    }

    /// Vega-Lite's bold axis title at 9 px: the x-height band of "ondition", letters touching,
    /// 51 × 5 px of ink and page alternating, many greys at the letters' edges: no strip.
    @Test func aBoldWordOfTouchingLettersIsNoStrip() {
        var image = RGBAImage(width: 70, height: 20, fill: Self.white)
        for x in 0..<51 {
            let phase = x % 6
            let v = phase < 3 ? 20 + x : (phase == 3 ? 130 + x : 250 - x % 5)
            for y in 5..<10 { image[10 + x, y] = RGBA(r: UInt8(v), g: UInt8(v), b: UInt8(v)) }
        }
        #expect(ColourStrip.measure(PixelRect(minX: 10, minY: 5, maxX: 61, maxY: 10), in: image) == nil)
    }

    /// seaborn's clustermap key is stubby: a gradient 35 pixels wide and 100 long is a strip;
    /// one as wide as long is not.
    @Test func aStubbyKeyIsAStrip() {
        for (width, isStrip) in [(35, true), (100, false)] {
            var image = RGBAImage(width: 140, height: 140, fill: Self.white)
            for y in 20..<120 {
                for x in 20..<(20 + width) { image[x, y] = SyntheticHeatmap.colour(Double(y - 20) / 100) }
            }
            let strip = ColourStrip.measure(PixelRect(minX: 20, minY: 20, maxX: 20 + width, maxY: 120), in: image)
            #expect((strip != nil) == isStrip)
        }
    }

    /// matplotlib's `extend='max'` on a horizontal bar 40 pixels thick: a triangle 30 pixels long beyond a
    /// 200-pixel gradient, its last lines mostly page (as wide as the strip against their
    /// own mean colour). The strip ends where the triangle begins (its first lines, as wide as
    /// the strip but for a pixel, count as the strip).
    @Test func aTriangleAtTheEndOfAHorizontalBarIsCutOff() throws {
        var image = RGBAImage(width: 260, height: 60, fill: Self.white)
        for x in 10..<240 {
            let half = x < 210 ? 20.0 : 20.0 * Double(239 - x) / 29
            for y in 10..<50 where abs(Double(y) - 29.5) <= half + 0.5 {
                image[x, y] = SyntheticHeatmap.colour(min(1, Double(x - 10) / 200))
            }
        }
        let strip = try #require(ColourStrip.measure(PixelRect(minX: 10, minY: 10, maxX: 240, maxY: 50), in: image))
        #expect(strip.orientation == .horizontal)
        #expect((208...215).contains(strip.box.maxX), "the strip runs on to \(strip.box.maxX)")
    }

    /// matplotlib's `extend='min'` triangle at the pale end of Oranges (#fff5eb, as near the
    /// white page as to itself): its lines are as narrow as their ink, and the strip starts
    /// where the triangle ends.
    @Test func aTriangleAtAPaleEndIsCutOff() throws {
        var image = RGBAImage(width: 260, height: 60, fill: Self.white)
        let pale = RGBA(r: 255, g: 245, b: 235), dark = RGBA(r: 127, g: 39, b: 4)
        for x in 10..<240 {
            let half = x >= 40 ? 20.0 : 20.0 * Double(x - 10) / 29
            let t = max(0, Double(x - 40) / 200)
            let colour = RGBA(r: UInt8(Double(pale.r) * (1 - t) + Double(dark.r) * t), g: UInt8(Double(pale.g) * (1 - t) + Double(dark.g) * t),
                              b: UInt8(Double(pale.b) * (1 - t) + Double(dark.b) * t))
            for y in 10..<50 where abs(Double(y) - 29.5) <= half + 0.5 { image[x, y] = colour }
        }
        let strip = try #require(ColourStrip.measure(PixelRect(minX: 10, minY: 10, maxX: 240, maxY: 50), in: image, background: Self.white))
        #expect(strip.taperedEnds == [0])
        #expect((35...42).contains(strip.box.minX), "the strip starts at \(strip.box.minX)")
    }

    /// An outline closing the strip off holds its true ends: their middle is taken.
    @Test func outlineMovesTheEndsToItsMiddle() throws {
        let ends = try #require(Self.strip().closedEnds(in: Self.image(outlined: true), background: Self.white))
        #expect(ends.lowerBound == 19.5 && ends.upperBound == 220.5)
        var strip = Self.strip()
        strip.ends = ends
        #expect(strip.position(ofPixel: 19.5) == 0)
        #expect(strip.position(ofSample: 0) == 1.0 / 201)
    }

    @Test func stripWithNothingBeyondItsEndsKeepsThem() {
        let ends = Self.strip().closedEnds(in: Self.image(outlined: false), background: Self.white)
        #expect(ends == nil)
    }

    /// A label's middle moves to the tick mark beside the strip that it labels.
    @Test func labelPointsAtItsTickMark() {
        var strip = Self.strip()
        strip.tickMarks = [70.5]
        let label = TextLine(box: PixelRect(minX: 30, minY: 65, maxX: 40, maxY: 75), angle: 0, glyphIDs: [], glyphSize: 10)
        #expect(FigureAssembler.stripPosition(label, strip: strip).middle == 50.5 / 200)
    }

    /// A 9-px label whose ink stops 2 or 3 px short of the strip's end sits flush with it (a
    /// serif "−2" on Vega's baseline; 14-px digits stop a descender's depth, 3 px, above the
    /// bottom of their text box); one 4 px short does not, nor one overhanging the end by 2
    /// or 4 px (a label centred on a tick at the end).
    @Test(arguments: [(2, true), (3, true), (4, false), (-2, false), (-4, false)])
    func labelAFewPixelsShortOfTheEndIsFlush(short: Int, flush: Bool) {
        let bottom = Self.box.maxY - short
        let label = TextLine(box: PixelRect(minX: 30, minY: bottom - 9, maxX: 40, maxY: bottom), angle: 0, glyphIDs: [], glyphSize: 9)
        #expect((FigureAssembler.stripPosition(label, strip: Self.strip()).flushEnd == 1) == flush)
    }

    /// A one-glyph label shorter along a horizontal strip than it is tall (a lone serif "1",
    /// 4 px wide and 17 tall) whose ink stops 3 px short of the end sits flush with it: the
    /// slack is 0.3 of its height.
    @Test func labelShorterThanItsHeightIsFlushByItsHeight() {
        let strip = ColourStrip(
            box: PixelRect(minX: 20, minY: 10, maxX: 220, maxY: 30), orientation: .horizontal,
            samples: (0..<200).map { SyntheticHeatmap.colour(Double($0) / 199) })
        let label = TextLine(box: PixelRect(minX: 213, minY: 35, maxX: 217, maxY: 52), angle: 0, glyphIDs: [], glyphSize: 17)
        #expect(FigureAssembler.stripPosition(label, strip: strip).flushEnd == 1)
    }

    /// A 10-px label centred on a tick whose ink stops 4 px short of the end is that tick's,
    /// though the figure's typical glyph is 14 px (lattice's "-1" above its key's end).
    @Test func labelsOwnSizeNotTheFiguresGlyphSetsTheSlack() {
        let bottom = Self.box.maxY - 4
        let label = TextLine(box: PixelRect(minX: 30, minY: bottom - 10, maxX: 39, maxY: bottom), angle: 0, glyphIDs: [], glyphSize: 14)
        #expect(FigureAssembler.stripPosition(label, strip: Self.strip()).flushEnd == nil)
    }

    /// Marks touching the outline are found; a label two pixels off the strip is no mark.
    @Test func marksTouchTheStrip() {
        var image = Self.image(outlined: true)
        for x in Self.box.maxX..<(Self.box.maxX + 5) { image[x, 70] = Self.black }
        for y in 100..<110 { image[Self.box.maxX + 3, y] = Self.black; image[Self.box.maxX + 4, y] = Self.black }
        let marks = TickMarks.find(in: image, around: Self.box, background: Self.white, reach: 1)
        #expect(marks.y == [70.5])
    }

    /// A ramp drawn from 100 narrow rectangles, one seam between them left white (lattice's
    /// colour key), is a smooth strip.
    /// The stems of a serif "mm" in a 10-pt title (matplotlib, 150 dpi): columns of ink and
    /// page, each even from top to bottom, 29 px long and 11 thick. Its greys change in
    /// steps and travel eight times their span, as a ramp's channels might, but eight of its
    /// steps jump most of the span at once: no strip.
    @Test func theStemsOfAWordAreNoStrip() {
        let levels = [255, 255, 255, 255, 50, 38, 234, 255, 255, 255, 223, 38, 61, 255, 255, 255, 102, 38, 187,
                      255, 255, 255, 255, 50, 38, 234, 255, 255, 255]
        var image = RGBAImage(width: 50, height: 20, fill: Self.white)
        for (i, v) in levels.enumerated() {
            for y in 4..<15 { image[10 + i, y] = RGBA(r: UInt8(v), g: UInt8(v), b: UInt8(v)) }
        }
        #expect(ColourStrip.measure(PixelRect(minX: 10, minY: 4, maxX: 39, maxY: 15), in: image) == nil)
    }

    /// A horizontal bar whose box runs three pixels into its outline at the far end (the
    /// last colour blended with the outline's grey, the grey, and the grey's soft edge):
    /// the jump into the blend is the outline's, not the ramp's, and the bar is a strip.
    @Test func anOutlineThreeDeepAtAnEndKeepsTheStripSmooth() throws {
        var image = RGBAImage(width: 260, height: 40, fill: Self.white)
        let length = 200
        for x in 0..<(length + 3) {
            let colour: RGBA
            switch x {
            case length: colour = RGBA(r: 199, g: 162, b: 169)
            case length + 1: colour = RGBA(r: 204, g: 204, b: 204)
            case length + 2: colour = RGBA(r: 240, g: 240, b: 240)
            default:
                let t = Double(x) / Double(length - 1)
                colour = RGBA(r: 180, g: UInt8(200 - 196 * t), b: UInt8(230 - 192 * t))
            }
            for y in 10..<30 { image[20 + x, y] = colour }
        }
        let strip = try #require(ColourStrip.measure(PixelRect(minX: 20, minY: 10, maxX: 20 + length + 3, maxY: 30), in: image))
        #expect(strip.orientation == .horizontal)
    }

    @Test func hairlineSeamKeepsTheStripSmooth() throws {
        var image = RGBAImage(width: 340, height: 60, fill: Self.white)
        let box = PixelRect(minX: 20, minY: 20, maxX: 320, maxY: 40)
        for x in box.minX..<box.maxX {
            let step = (x - box.minX) / 3
            for y in box.minY..<box.maxY { image[x, y] = x == 150 ? Self.white : SyntheticHeatmap.colour(Double(step) / 99) }
        }
        let strip = try #require(ColourStrip.measure(box, in: image))
        #expect(!strip.isStepped)
        #expect(strip.samples[130] != Self.white)
    }
}

/// Bands of a stepped strip are told apart by any clear colour step; a tick mark drawn
/// across a band does not split it.
@Suite("ColourStrip stepped bands")
struct SteppedBandTests {
    static let white = RGBA(r: 255, g: 255, b: 255)

    /// A horizontal strip of 60-pixel bands in `colours`, with a dark tick mark across the
    /// middle of each band when `marks` is set.
    static func strip(_ colours: [RGBA], marks: Bool = false) -> (RGBAImage, PixelRect) {
        let box = PixelRect(minX: 20, minY: 20, maxX: 20 + 60 * colours.count, maxY: 40)
        var image = RGBAImage(width: box.maxX + 20, height: 60, fill: white)
        for x in box.minX..<box.maxX {
            let band = (x - box.minX) / 60
            let mark = marks && (x - box.minX) % 60 == 30
            for y in box.minY..<box.maxY { image[x, y] = mark ? RGBA(r: 40, g: 40, b: 40) : colours[band] }
        }
        return (image, box)
    }

    /// ggplot2's `scale_fill_steps2`: the two pale bands either side of the midpoint differ
    /// by 17 in one channel.
    @Test func palePairAroundADivergingMidpointIsTwoBands() throws {
        let colours = [RGBA(r: 104, g: 137, b: 193), RGBA(r: 186, g: 198, b: 226), RGBA(r: 235, g: 238, b: 247),
                       RGBA(r: 252, g: 233, b: 231), RGBA(r: 239, g: 180, b: 174), RGBA(r: 205, g: 94, b: 90)]
        let (image, box) = Self.strip(colours)
        let strip = try #require(ColourStrip.measureStepped(box, in: image, background: Self.white))
        #expect(strip.bands.count == 6)
    }

    /// lattice's key: 40 flat bands of 12 px running through a colour table in order is a
    /// smooth strip (its cells take the middle of their band); the same 40 colours in no
    /// order (a row of cells) are not.
    @Test func fortyFineBandsInOrderAreASmoothStrip() {
        func draw(_ colours: [RGBA]) -> (RGBAImage, PixelRect) {
            let box = PixelRect(minX: 20, minY: 20, maxX: 40, maxY: 20 + 12 * colours.count)
            var image = RGBAImage(width: 60, height: box.maxY + 20, fill: Self.white)
            for y in box.minY..<box.maxY {
                for x in box.minX..<box.maxX { image[x, y] = colours[(y - box.minY) / 12] }
            }
            return (image, box)
        }
        let table = (0..<40).map { SyntheticHeatmap.colour(Double($0) / 39) }
        let (ordered, box) = draw(table)
        #expect(ColourStrip.measure(box, in: ordered) != nil)
        let shuffled = (0..<40).map { table[($0 * 17) % 40] }
        let (cells, _) = draw(shuffled)
        #expect(ColourStrip.measure(box, in: cells) == nil)
    }

    /// Uneven bins drawn to scale (lattice's and pheatmap's keys, Blues 0-5-10-20-40): the
    /// near-white lowest band, shorter than most, ends the strip and is a band; a
    /// background-coloured run as short between two bands is a gap between swatches.
    @Test func aShortNearWhiteBandEndingTheStripIsABand() throws {
        let blues = [RGBA(r: 247, g: 251, b: 255), RGBA(r: 158, g: 202, b: 225), RGBA(r: 66, g: 146, b: 198), RGBA(r: 8, g: 48, b: 107)]
        let (image, box) = Self.strip([blues[0], blues[1]] + Array(repeating: blues[2], count: 3) + Array(repeating: blues[3], count: 6))
        let strip = try #require(ColourStrip.measureStepped(box, in: image, background: Self.white))
        #expect(strip.bands.count == 4)
        #expect(strip.bands.first?.colour == blues[0])
        // Swatches of 60 px set 20 px apart: the gaps are no bands.
        var (gapped, gappedBox) = Self.strip([blues[1], blues[1], blues[2], blues[2], blues[3], blues[3]])
        for x in [140, 260] {
            for dx in 0..<20 { for y in gappedBox.minY..<gappedBox.maxY { gapped[x + dx, y] = Self.white } }
        }
        let swatches = try #require(ColourStrip.measureStepped(gappedBox, in: gapped, background: Self.white))
        #expect(swatches.bands.count == 3)
    }

    @Test func tickMarksAcrossBandsDoNotSplitThem() throws {
        let colours = [RGBA(r: 20, g: 60, b: 120), RGBA(r: 60, g: 140, b: 90), RGBA(r: 200, g: 180, b: 40)]
        let (image, box) = Self.strip(colours, marks: true)
        let strip = try #require(ColourStrip.measureStepped(box, in: image, background: Self.white))
        #expect(strip.bands.count == 3)
    }
}

/// Short bars beside a block are tick marks, not text.
@Suite("Tick marks beside blocks")
struct TickMarkBesideBlockTests {
    static func bar(_ box: PixelRect, id: Int = 0) -> ConnectedComponents.Component {
        ConnectedComponents.Component(id: id, box: box, pixelCount: box.area)
    }

    /// A vertical strip whose pale low end could not be told from the background: the
    /// mark drawn across it, two pixels past the strip's found end, is a tick mark; a
    /// minus sign beside the strip, far from its end, is not.
    @Test func markAcrossAStripPastItsPaleEnd() {
        let strip = PixelRect(minX: 577, minY: 157, maxX: 608, maxY: 322)
        let mark = Self.bar(PixelRect(minX: 601, minY: 324, maxX: 608, maxY: 325))
        #expect(LayoutAnalyzer.isTickMark(mark, near: [strip], among: [mark]))
        let minus = Self.bar(PixelRect(minX: 612, minY: 340, maxX: 618, maxY: 341))
        #expect(!LayoutAnalyzer.isTickMark(minus, near: [strip], among: [minus]))
    }

    /// matplotlib's minor ticks on a log colour bar with its ticks on top: 1×2-px marks
    /// standing on the strip's top edge are tick marks (they had been taken for a line of
    /// tick labels, and the labels above them for the bar's name); a 1×2 dot a few pixels
    /// off is not.
    @Test func twoPixelMarksOnAStripsEdgeAreTickMarks() {
        let strip = PixelRect(minX: 30, minY: 31, maxX: 623, maxY: 60)
        let mark = Self.bar(PixelRect(minX: 89, minY: 28, maxX: 90, maxY: 30))
        #expect(LayoutAnalyzer.isTickMark(mark, near: [strip], among: [mark]))
        let dot = Self.bar(PixelRect(minX: 89, minY: 24, maxX: 90, maxY: 26))
        let digit = Self.bar(PixelRect(minX: 91, minY: 18, maxX: 96, maxY: 26))
        #expect(!LayoutAnalyzer.isTickMark(dot, near: [strip], among: [dot, digit]))
    }

    /// Gray levels drawn row by row into a white image, at (2, 2).
    static func image(_ rows: [[UInt8]]) -> (RGBAImage, PixelRect) {
        var image = RGBAImage(width: rows[0].count + 4, height: rows.count + 4)
        for (y, row) in rows.enumerated() {
            for (x, level) in row.enumerated() { image[x + 2, y + 2] = RGBA(r: level, g: level, b: level) }
        }
        return (image, PixelRect(minX: 2, minY: 2, maxX: rows[0].count + 2, maxY: rows.count + 2))
    }

    /// An antialiased tick mark (a dark row between two faint ones, a half-covered end) is
    /// dark all along; seaborn's 5×3 marks are drawn so. A tick label of two touching
    /// glyphs in 5 px type ("50" beside ggplot2's bar at 72 dpi), whose blob fills its box
    /// as a bar's does, is pale between its glyphs, and so is no tick mark.
    @Test func aBarIsDarkAlongItsLengthTwoTouchingGlyphsAreNot() {
        let white = RGBA(r: 255, g: 255, b: 255)
        let (mark, markBox) = Self.image([
            [249, 243, 243, 243, 243],
            [146, 38, 38, 38, 38],
            [249, 243, 243, 243, 243],
        ])
        #expect(LayoutAnalyzer.isDarkAlong(markBox, in: mark, background: white))
        let (fifty, fiftyBox) = Self.image([
            [161, 98, 112, 249, 197, 108, 114, 250],
            [127, 154, 206, 254, 112, 253, 131, 225],
            [180, 227, 105, 237, 107, 254, 164, 202],
            [196, 254, 157, 213, 102, 252, 146, 223],
            [161, 117, 127, 254, 199, 119, 122, 250],
        ])
        #expect(!LayoutAnalyzer.isDarkAlong(fiftyBox, in: fifty, background: white))
        // The same blob with its gap filled in is as dark along as a bar.
        let (filled, filledBox) = Self.image(Array(repeating: [120, 98, 112, 110, 108, 108, 114, 150], count: 5))
        #expect(LayoutAnalyzer.isDarkAlong(filledBox, in: filled, background: white))
    }

    /// Seaborn's poster-style mark, 2 px thick with a faint row either side, is 4 px thick in
    /// the ink and 2 at its core: a tick mark beside the grid it touches, where the 4-px box
    /// alone was too thick for a bar. A small glyph with mid-grey strokes (a 5×7 "3") keeps
    /// its box's width.
    @Test func aMarksFaintRimIsNotItsThickness() {
        let white = RGBA(r: 255, g: 255, b: 255)
        let (mark, markBox) = Self.image([
            [227, 227, 227, 227, 227],
            [0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0],
            [227, 227, 227, 227, 227],
        ])
        let thickness = LayoutAnalyzer.coreThickness(markBox, in: mark, background: white)
        #expect(thickness == 2)
        let grid = PixelRect(minX: markBox.maxX + 1, minY: 0, maxX: markBox.maxX + 40, maxY: 40)
        let component = Self.bar(markBox)
        #expect(LayoutAnalyzer.isTickMark(component, near: [grid], among: [component], thickness: thickness))
        #expect(!LayoutAnalyzer.isTickMark(component, near: [grid], among: [component]))
        let (three, threeBox) = Self.image([
            [150, 90, 90, 90, 200],
            [255, 255, 255, 60, 200],
            [255, 200, 120, 60, 255],
            [255, 255, 255, 70, 200],
            [255, 255, 255, 60, 200],
            [150, 90, 90, 80, 200],
            [230, 200, 200, 230, 255],
        ])
        #expect(LayoutAnalyzer.coreThickness(threeBox, in: three, background: white) == 5)
    }

    /// plotly's outside ticks: 2×5 bars 3 px under the cells, their labels 5 px below them;
    /// a row of three or more is tick marks. Bars of one size right of a block are labels'
    /// minus signs; two bars are no row.
    @Test func aRowOfBarsBesideABlockIsTickMarks() {
        let cells = PixelRect(minX: 80, minY: 70, maxX: 860, maxY: 375)
        let marks = [105, 158, 210, 263].enumerated().map { k, x in
            Self.bar(PixelRect(minX: x, minY: 378, maxX: x + 2, maxY: 383), id: k + 1)
        }
        let label = Self.bar(PixelRect(minX: 97, minY: 388, maxX: 116, maxY: 395), id: 5)
        #expect(LayoutAnalyzer.marksInRows(among: marks + [label], beside: [cells]) == Set(marks.map(\.id)))
        let minus = [100, 200, 300].enumerated().map { k, y in
            Self.bar(PixelRect(minX: 864, minY: y, maxX: 869, maxY: y + 1), id: 6 + k)
        }
        #expect(LayoutAnalyzer.marksInRows(among: minus, beside: [cells]).isEmpty)
        #expect(LayoutAnalyzer.marksInRows(among: Array(marks.prefix(2)), beside: [cells]).isEmpty)
    }

    /// plotnine's 8-px grey "0" under the grid fills its 5×8 box with antialiased ink, dark
    /// all along and thin enough for a mark: its dark pixels are a ring, not a bar's solid
    /// core, so it stays a glyph. A mark with a faint rim has a solid core.
    @Test func aSmallGlyphFillingItsBoxHasNoSolidCore() {
        let white = RGBA(r: 255, g: 255, b: 255)
        let (zero, zeroBox) = Self.image([
            [230, 120, 90, 120, 230],
            [110, 200, 240, 200, 110],
            [90, 240, 250, 240, 90],
            [90, 245, 250, 245, 90],
            [90, 245, 250, 245, 90],
            [90, 240, 250, 240, 90],
            [110, 200, 240, 200, 110],
            [230, 120, 90, 120, 230],
        ])
        #expect(!LayoutAnalyzer.hasSolidCore(zeroBox, in: zero, background: white))
        let (mark, markBox) = Self.image(Array(repeating: [227, 0, 0, 227], count: 6))
        #expect(LayoutAnalyzer.hasSolidCore(markBox, in: mark, background: white))
        // seaborn's 3×7 mark at 150 dpi: its ends fall half a pixel off the grid, and only the
        // middle pixel of each end row counts as dark.
        let (capped, cappedBox) = Self.image(
            [[148, 127, 148]] + Array(repeating: [42, 0, 42], count: 5) + [[148, 127, 148]])
        #expect(LayoutAnalyzer.hasSolidCore(cappedBox, in: capped, background: white))
    }
}
