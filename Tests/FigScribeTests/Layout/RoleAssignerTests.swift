import Testing
@testable import FigScribe

/// Gives roles to text lines placed around a grid the way plotting libraries place them.
@Suite("RoleAssigner")
struct RoleAssignerTests {
    static let grid = PixelRect(minX: 100, minY: 60, maxX: 400, maxY: 300)

    static func line(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int, angle: Double? = 0, glyphs: Int = 3) -> TextLine {
        TextLine(box: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), angle: angle,
                 glyphIDs: Array(0..<glyphs), glyphSize: 10)
    }

    /// matplotlib's matshow with its ticks on top and a title set among them ("Gene
    /// activity" between "R2" and "R3", 23 px tall against their 15): once the columns are
    /// known, the line between two columns, centred over the grid, is the title.
    @Test func aTitleAmongTopTickLabelsIsTheTitle() {
        let columns = CellLattice(count: 4, origin: 100, step: 75)
        let texts = [
            Self.line(130, 30, 145, 45), Self.line(205, 30, 220, 45), Self.line(215, 25, 285, 48, glyphs: 11),
            Self.line(280, 30, 295, 45), Self.line(355, 30, 370, 45),
        ].map { FigureLayout.RoledLine(line: $0, role: .xTick) }
        let roles = RoleAssigner(gridBox: Self.grid, strip: nil, imageWidth: 600).titleAmongTopTicks(texts, columns: columns).map(\.role)
        #expect(roles == [.xTick, .xTick, .title, .xTick, .xTick])
        // Labels at the columns' edges (a numeric axis) stand between columns alike: none is taken.
        let edges = [100, 175, 250, 325, 400].map { FigureLayout.RoledLine(line: Self.line($0 - 8, 30, $0 + 8, 45), role: .xTick) }
        #expect(RoleAssigner(gridBox: Self.grid, strip: nil, imageWidth: 600).titleAmongTopTicks(edges, columns: columns).allSatisfy { $0.role == .xTick })
    }

    static func strip(_ box: PixelRect, _ orientation: HeatmapFigure.Colorbar.Orientation) -> ColourStrip {
        ColourStrip(box: box, orientation: orientation, samples: [])
    }

    static func roles(_ lines: [TextLine], strip: ColourStrip?) -> [TextRole] {
        RoleAssigner(gridBox: grid, strip: strip, imageWidth: 600).assign(lines).map(\.role)
    }

    /// matplotlib's layout: title above, tick labels and axis labels below and left, the
    /// colour bar right with its ticks and a turned label.
    @Test func matplotlibLayout() {
        let lines = [
            Self.line(200, 20, 300, 34, glyphs: 12),                       // title
            Self.line(110, 306, 124, 316), Self.line(210, 306, 224, 316),  // x ticks
            Self.line(310, 306, 324, 316),
            Self.line(220, 326, 280, 340, glyphs: 8),                      // x label
            Self.line(70, 80, 94, 90), Self.line(70, 180, 94, 190),        // y ticks
            Self.line(40, 150, 52, 210, angle: 90, glyphs: 6),             // y label
            Self.line(440, 64, 460, 74), Self.line(440, 180, 460, 190),    // colour ticks
            Self.line(440, 290, 460, 300),
            Self.line(475, 150, 487, 220, angle: 90, glyphs: 7),           // colour label
        ]
        let strip = Self.strip(PixelRect(minX: 415, minY: 60, maxX: 430, maxY: 300), .vertical)
        #expect(Self.roles(lines, strip: strip) == [
            .title, .xTick, .xTick, .xTick, .xLabel, .yTick, .yTick, .yLabel,
            .colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel,
        ])
    }

    /// Boxes end before their max edge: an axis label whose box ends where the widest
    /// tick label's box begins touches it but does not overlap it, so it is a band of its
    /// own (gnuplot's small fonts set the y label that close).
    @Test func labelTouchingTheTickLabelsIsItsOwnBand() {
        let lines = [
            Self.line(70, 80, 94, 90), Self.line(76, 180, 94, 190), Self.line(70, 280, 94, 290), // y ticks
            Self.line(60, 165, 70, 185, angle: nil, glyphs: 1),                                     // y label
        ]
        #expect(Self.roles(lines, strip: nil) == [.yTick, .yTick, .yTick, .yLabel])
    }

    /// ggplot2 with cells on a continuous x axis: the first x tick label is centred on the
    /// grid's left edge, reaching past it, wholly below the grid. It stands farther out
    /// below than beside, so it is an x tick label, not a band of y tick labels nearer the
    /// grid than the real ones (which then became the axis label). A y tick label centred
    /// on the bottom edge stays a y tick label.
    @Test func tickLabelCentredOnTheGridsCornerEdgeKeepsItsAxis() {
        let lines = [
            Self.line(96, 306, 102, 314, glyphs: 1), Self.line(196, 306, 202, 314, glyphs: 1), // x ticks
            Self.line(296, 306, 302, 314, glyphs: 1),
            Self.line(76, 80, 94, 88, angle: nil, glyphs: 1), Self.line(76, 180, 94, 188, angle: nil, glyphs: 1), // y ticks
            Self.line(76, 296, 94, 304, angle: nil, glyphs: 1),
            Self.line(60, 150, 72, 210, angle: 90, glyphs: 5),                                   // y label
        ]
        #expect(Self.roles(lines, strip: nil) == [.xTick, .xTick, .xTick, .yTick, .yTick, .yTick, .yLabel])
    }

    /// A title in a font twice the figure's typical glyph has word spaces to match: its
    /// words, set as separate lines, are one row of words (a title), not tick labels.
    @Test func aLargeTitlesWordsAreOneRow() {
        let lines = [Self.line(200, 10, 248, 30, glyphs: 4), Self.line(266, 10, 306, 30, glyphs: 4)]
        #expect(Self.roles(lines, strip: nil) == [.title, .title])
        let small = [Self.line(200, 20, 230, 30, glyphs: 4), Self.line(248, 20, 278, 30, glyphs: 4)]
        #expect(Self.roles(small, strip: nil) == [.xTick, .xTick])
    }

    /// Vega-Lite's legend on top: the legend title above the gradient, its tick labels
    /// between the gradient and the grid; the figure title above everything.
    @Test func legendOnTopWithTicksBetweenGradientAndGrid() {
        let lines = [
            Self.line(200, 2, 300, 14, glyphs: 12),                        // figure title
            Self.line(100, 20, 112, 28, glyphs: 2),                        // legend title
            Self.line(100, 42, 112, 50, glyphs: 2), Self.line(150, 42, 162, 50, glyphs: 2),
            Self.line(200, 42, 212, 50, glyphs: 2),                        // colour ticks
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 30, maxX: 220, maxY: 40), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.title, .colorbarLabel, .colorbarTick, .colorbarTick, .colorbarTick])
    }

    /// Below a horizontal strip under the grid: a line just above the strip, off the grid's
    /// centre, is the legend title; the same line centred on the grid is the x label.
    @Test(arguments: [(110, TextRole.colorbarLabel), (225, .xLabel)])
    func lineAboveABottomStrip(minX: Int, role: TextRole) {
        let line = Self.line(minX, 330, minX + 50, 342, glyphs: 6)
        let strip = PixelRect(minX: 100, minY: 348, maxX: 400, maxY: 360)
        #expect(Self.role(of: line, tickLabelsAt: 306, strip: strip, colourTicks: [150, 240, 330]) == role)
    }

    /// The role of `line`, set between three x tick labels 10 px tall at `y` and a
    /// horizontal strip under the grid with labels 10 px under it at `colourTicks`.
    static func role(of line: TextLine, tickLabelsAt y: Int, strip box: PixelRect, colourTicks: [Int]) -> TextRole {
        let ticks = [110, 210, 310].map { Self.line($0, y, $0 + 14, y + 10) }
        let colour = colourTicks.map { Self.line($0, box.maxY + 6, $0 + 20, box.maxY + 16) }
        return Self.roles(ticks + [line] + colour, strip: Self.strip(box, .horizontal))[3]
    }

    /// lattice's colorkey under the grid labelled below its tick labels: a line centred on
    /// the grid hugging the key from above is the x label, not a second key label.
    @Test func aKeyLabelledBelowTakesNoHeadingCentredOnTheGrid() {
        let lines = [
            Self.line(110, 306, 124, 316), Self.line(210, 306, 224, 316), Self.line(310, 306, 324, 316),
            Self.line(225, 340, 275, 352, glyphs: 6),                      // x label, hard on the key
            Self.line(150, 378, 170, 388), Self.line(330, 378, 350, 388),  // colour ticks
            Self.line(230, 396, 270, 410, glyphs: 6),                      // key label
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 358, maxX: 400, maxY: 372), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [
            .xTick, .xTick, .xTick, .xLabel, .colorbarTick, .colorbarTick, .colorbarLabel,
        ])
    }

    /// Base R's `image()` with a key drawn as a row of its own, narrower than the grid and
    /// off its centre: a line centred on the key, far below the x tick labels and near the
    /// key, is its title; centred on the grid instead, it is the x label.
    @Test(arguments: [(195, TextRole.colorbarLabel), (225, .xLabel)])
    func lineCentredOnAKeyOffTheGridsCentre(minX: Int, role: TextRole) {
        let line = Self.line(minX, 350, minX + 50, 360, glyphs: 5)
        let strip = PixelRect(minX: 120, minY: 372, maxX: 320, maxY: 386)
        #expect(Self.role(of: line, tickLabelsAt: 304, strip: strip, colourTicks: [120, 210, 300]) == role)
    }

    /// Plotly and base R: x tick labels, the x label centred on the grid, then the legend
    /// title centred just above a strip lower down. The x label stays the x label.
    @Test func legendTitleBelowTheXLabel() {
        let lines = [
            Self.line(110, 306, 124, 316), Self.line(210, 306, 224, 316), Self.line(310, 306, 324, 316),
            Self.line(225, 326, 275, 338, glyphs: 6),                      // x label
            Self.line(240, 356, 260, 366, glyphs: 2),                      // legend title
            Self.line(150, 390, 170, 400), Self.line(330, 390, 350, 400),  // colour ticks
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 372, maxX: 400, maxY: 384), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [
            .xTick, .xTick, .xTick, .xLabel, .colorbarLabel, .colorbarTick, .colorbarTick,
        ])
    }

    /// A legend left of the y axis with its tick labels on its right (plotnine, Vega-Lite):
    /// the grid's own tick labels and turned y label, farther right along the strip, stay
    /// the y axis's.
    @Test func legendLeftOfTheYAxis() {
        let lines = [
            Self.line(6, 72, 40, 84, glyphs: 4),                           // legend title
            Self.line(32, 96, 44, 106, glyphs: 2), Self.line(32, 196, 44, 206, glyphs: 2),
            Self.line(32, 286, 44, 296, glyphs: 2),                        // colour ticks
            Self.line(60, 150, 70, 200, angle: 90, glyphs: 3),             // y label
            Self.line(78, 100, 94, 110, glyphs: 2), Self.line(78, 180, 94, 190, glyphs: 2),
            Self.line(78, 260, 94, 270, glyphs: 2),                        // y ticks
        ]
        let strip = Self.strip(PixelRect(minX: 10, minY: 90, maxX: 28, maxY: 300), .vertical)
        #expect(Self.roles(lines, strip: strip) == [
            .colorbarLabel, .colorbarTick, .colorbarTick, .colorbarTick, .yLabel, .yTick, .yTick, .yTick,
        ])
    }

    /// A short legend left of the y axis whose tick labels stand nearer the legend's labels
    /// than the grid: those along the legend are still the y axis's, being one column with
    /// the ones above and below it (ggplot2 with a left legend and a wide tick-label margin).
    @Test func yTickLabelsAlongALeftLegendStayTheAxiss() {
        let ticks = stride(from: 70, through: 270, by: 40).map { Self.line(60, $0, 80, $0 + 10, glyphs: 3) }
        let lines = [
            Self.line(32, 125, 44, 135, glyphs: 2), Self.line(32, 225, 44, 235, glyphs: 2),   // colour ticks
        ] + ticks
        let strip = Self.strip(PixelRect(minX: 10, minY: 120, maxX: 28, maxY: 240), .vertical)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick] + Array(repeating: .yTick, count: 6))
    }

    /// pheatmap's legend: the strip drawn to its top tick, the "0" label centred on its
    /// bottom tick, half below the strip's end: all three are the colour bar's.
    @Test func aLabelCentredOnAVerticalStripsEndIsItsTick() {
        let strip = Self.strip(PixelRect(minX: 450, minY: 62, maxX: 464, maxY: 158), .vertical)
        let lines = [Self.line(470, 58, 482, 66, glyphs: 2), Self.line(470, 108, 482, 116, glyphs: 2),
                     Self.line(470, 158, 476, 166, glyphs: 1)]
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .colorbarTick])
    }

    /// The same with a turned y label between the legend and a column of three y tick labels
    /// of which one alone lies along the legend (plotnine): the label is the axis's.
    @Test func aYLabelBeforeTickLabelsPastALeftLegendsEndsIsTheAxiss() {
        let lines = [
            Self.line(32, 125, 44, 135, glyphs: 2), Self.line(32, 225, 44, 235, glyphs: 2),   // colour ticks
            Self.line(52, 150, 60, 210, angle: 90, glyphs: 6),                              // y label
            Self.line(70, 90, 90, 100), Self.line(70, 175, 90, 185), Self.line(70, 260, 90, 270),  // y ticks
        ]
        let strip = Self.strip(PixelRect(minX: 10, minY: 120, maxX: 28, maxY: 240), .vertical)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .yLabel, .yTick, .yTick, .yTick])
    }

    /// Turned x tick labels of unlike lengths hang from the grid, the longest reaching past
    /// the level x label set under the shorter ones (Plotly): the label is still a band of
    /// its own, beyond the tick labels.
    @Test func aLevelLabelAmongLongTurnedTickLabelsIsTheAxissLabel() {
        let lines = [
            Self.line(120, 305, 128, 330, angle: 90), Self.line(200, 305, 208, 352, angle: 90),
            Self.line(280, 305, 288, 328, angle: 90), Self.line(360, 305, 368, 350, angle: 90),   // x ticks
            Self.line(220, 340, 280, 350, glyphs: 9),                                             // x label
        ]
        #expect(Self.roles(lines, strip: nil) == [.xTick, .xTick, .xTick, .xTick, .xLabel])
    }

    /// A legend label of one glyph shows no direction of its own: beside a vertical strip it
    /// is turned (matplotlib's colour bar label), above a strip it is level (a heading).
    @Test func oneGlyphLegendLabelsTakeTheirPlacesDirection() {
        let strip = Self.strip(PixelRect(minX: 415, minY: 60, maxX: 430, maxY: 300), .vertical)
        let beside = [
            Self.line(440, 64, 460, 74), Self.line(440, 180, 460, 190), Self.line(440, 290, 460, 300),
            Self.line(475, 172, 487, 186, angle: nil, glyphs: 1),
        ]
        let turned = RoleAssigner(gridBox: Self.grid, strip: strip, imageWidth: 600).assign(beside)
        #expect(turned[3].role == .colorbarLabel && turned[3].line.angle == 90)
        let above = [
            Self.line(440, 64, 460, 74), Self.line(440, 180, 460, 190), Self.line(440, 290, 460, 300),
            Self.line(415, 40, 429, 52, angle: nil, glyphs: 1),
        ]
        let level = RoleAssigner(gridBox: Self.grid, strip: strip, imageWidth: 600).assign(above)
        #expect(level[3].role == .colorbarLabel && level[3].line.angle == 0)
    }

    /// Plotly's y tick labels set 2 px from the cells, the grid's box trimmed 2 px wide of
    /// them: labels reaching 3 px (a third of a 10-px glyph) into the box are still the left
    /// tick labels; one reaching 4 px is not.
    @Test func tickLabelsReachingAThirdOfAGlyphIntoTheGridBoxAreTickLabels() {
        let ticks = [Self.line(60, 80, 103, 90), Self.line(70, 140, 102, 150), Self.line(64, 200, 103, 210)]
        #expect(Self.roles(ticks, strip: nil) == [.yTick, .yTick, .yTick])
        #expect(Self.roles([Self.line(60, 80, 104, 90)] + ticks.dropFirst(), strip: nil).first == .other)
    }

    /// A one-letter label turned along a vertical strip and set hard against its tick
    /// labels (gnuplot's "h"): wider than tall and flush with none of them, it is the label;
    /// a glyph that is flush with them, or taller than wide, is a tick label, unless it is
    /// centred on the strip and reaches past them all (a turned "%").
    @Test func aTurnedLetterAmongTheTickLabelsIsTheLabel() {
        let strip = Self.strip(PixelRect(minX: 411, minY: 60, maxX: 428, maxY: 300), .vertical)
        func roles(_ letter: TextLine) -> [TextRole] {
            let ticks = [Self.line(439, 56, 445, 64, glyphs: 1), Self.line(439, 120, 445, 128, glyphs: 1),
                         Self.line(439, 226, 445, 234, glyphs: 1), Self.line(439, 296, 445, 304, glyphs: 1)]
            return Self.roles(ticks + [letter], strip: strip)
        }
        #expect(roles(Self.line(444, 173, 452, 179, angle: nil, glyphs: 1)).last == .colorbarLabel)
        #expect(roles(Self.line(439, 173, 447, 179, angle: nil, glyphs: 1)).last == .colorbarTick)
        #expect(roles(Self.line(444, 142, 450, 150, angle: nil, glyphs: 1)).last == .colorbarTick)
        #expect(roles(Self.line(444, 172, 450, 180, angle: nil, glyphs: 1)).last == .colorbarLabel)
        #expect(roles(Self.line(441, 172, 445, 180, angle: nil, glyphs: 1)).last == .colorbarTick)
    }

    /// ggplot2's legend title set just before a horizontal strip below the grid, level with
    /// its top: it reaches the strip's end, not over it, so it is the strip's heading, and
    /// the x tick labels above the strip stay the grid's.
    @Test func aHeadingJustBeforeAHorizontalStripIsItsLabel() {
        let grid = PixelRect(minX: 67, minY: 68, maxX: 583, maxY: 488)
        let strip = Self.strip(PixelRect(minX: 219, minY: 568, maxX: 449, maxY: 591), .horizontal)
        let lines = [
            Self.line(100, 519, 121, 532), Self.line(272, 519, 293, 532), Self.line(444, 519, 465, 532),  // x ticks
            Self.line(203, 602, 236, 615, glyphs: 4), Self.line(323, 603, 346, 615), Self.line(438, 602, 460, 615),
            Self.line(202, 589, 208, 601, angle: nil, glyphs: 1),                                         // "r"
        ]
        let roles = RoleAssigner(gridBox: grid, strip: strip, imageWidth: 640).assign(lines).map(\.role)
        #expect(roles == [.xTick, .xTick, .xTick, .colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel])
    }

    /// gnuplot's colour box on top: its tick labels and its label below it, then the figure
    /// title just above the grid. The label hugging the ticks is the legend's, the title stays.
    @Test func topStripWithItsLabelBelowAndTheTitleUnderIt() {
        let lines = [
            Self.line(100, 14, 112, 22), Self.line(240, 14, 252, 22), Self.line(380, 14, 392, 22),  // colour ticks
            Self.line(230, 28, 270, 38, glyphs: 6),                                                 // legend label
            Self.line(215, 44, 285, 54, glyphs: 12),                                                // title
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 2, maxX: 400, maxY: 10), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel, .title])
    }

    /// The same with a title of two words found as two lines ("Station", "readings"): one
    /// row of words beyond the legend's label is a title, not the grid's tick labels, so the
    /// label hugging the colour ticks is still the legend's, not the title's first row.
    @Test func topStripWithItsLabelBelowAndATitleOfTwoWordsUnderIt() {
        let lines = [
            Self.line(100, 14, 112, 22), Self.line(240, 14, 252, 22), Self.line(380, 14, 392, 22),  // colour ticks
            Self.line(230, 28, 270, 38, glyphs: 6),                                                 // legend label
            Self.line(205, 44, 245, 54, glyphs: 7), Self.line(253, 44, 300, 56, glyphs: 8),         // title
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 2, maxX: 400, maxY: 10), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel, .title, .title])
    }

    /// A title in a large monospace font set as two pieces, the second of small letters
    /// alone ("Expression" and "z-score", 22 px apart): one row of words, sized by the taller
    /// piece, not tick labels.
    @Test func aLargeTitleInTwoPiecesIsOneRowOfWords() {
        let lines = [
            Self.line(100, 9, 267, 32, glyphs: 10), Self.line(289, 15, 403, 27, glyphs: 7),  // title
            Self.line(110, 306, 124, 316), Self.line(210, 306, 224, 316),                   // x ticks
        ]
        #expect(Self.roles(lines, strip: nil) == [.title, .title, .xTick, .xTick])
    }

    /// lattice's key on top: tick labels above the strip, the key's label above them and
    /// the figure's title, centred over the grid, at the top of the figure.
    @Test func figureTitleAboveATopStripsLabel() {
        let lines = [
            Self.line(190, 2, 310, 16, glyphs: 12),                                                 // title
            Self.line(230, 20, 270, 30, glyphs: 5),                                                 // legend label
            Self.line(100, 34, 112, 42), Self.line(240, 34, 252, 42), Self.line(380, 34, 392, 42),  // colour ticks
        ]
        let strip = Self.strip(PixelRect(minX: 100, minY: 44, maxX: 400, maxY: 52), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.title, .colorbarLabel, .colorbarTick, .colorbarTick, .colorbarTick])
        // Alone above the ticks, the line is the key's label.
        #expect(Self.roles(Array(lines.dropFirst()), strip: strip) == [.colorbarLabel, .colorbarTick, .colorbarTick, .colorbarTick])
    }

    /// A gradient above the grid with its tick labels under it (plotnine's top legend), and
    /// above it a title whose words were found as lines of their own (a monospace font's
    /// wide spaces): the words are the title, not the gradient's tick labels.
    @Test func aTitleInPiecesAboveATopStripWithTicksUnderIt() {
        let lines = [
            Self.line(200, 2, 230, 14, glyphs: 5), Self.line(236, 2, 252, 14, glyphs: 2),
            Self.line(258, 2, 300, 14, glyphs: 6),                                                 // title
            Self.line(150, 32, 170, 42), Self.line(240, 32, 260, 42), Self.line(340, 32, 360, 42),  // colour ticks
        ]
        let strip = Self.strip(PixelRect(minX: 150, minY: 20, maxX: 350, maxY: 30), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.title, .title, .title, .colorbarTick, .colorbarTick, .colorbarTick])
    }

    /// seaborn's clustermap: y tick labels right of the grid, the bar beyond them starting
    /// lower. The first tick label, above the bar's top, is a tick label in their column,
    /// not the bar's heading.
    @Test func aTickLabelAboveAStripsTopIsNoHeading() {
        let lines = (0..<4).map { Self.line(410, 66 + 60 * $0, 440, 78 + 60 * $0) }     // y ticks
            + [Self.line(480, 150, 490, 160), Self.line(480, 280, 490, 290)]           // colour ticks
        let strip = Self.strip(PixelRect(minX: 455, minY: 100, maxX: 470, maxY: 300), .vertical)
        #expect(Self.roles(lines, strip: strip) == [.yTick, .yTick, .yTick, .yTick, .colorbarTick, .colorbarTick])
    }

    /// gnuplot sets a short turned colour-bar label ("dB") hard against its level tick
    /// labels: two glyphs the grouper stacked into a turned line, not much taller than wide.
    @Test func shortTurnedLabelAmongColourTicks() {
        let lines = [
            Self.line(440, 64, 455, 74, glyphs: 2), Self.line(440, 150, 448, 160, glyphs: 1),
            Self.line(440, 236, 448, 246, glyphs: 1),                      // colour ticks
            Self.line(453, 170, 464, 187, angle: 90, glyphs: 2),           // "dB"
        ]
        let strip = Self.strip(PixelRect(minX: 415, minY: 60, maxX: 430, maxY: 300), .vertical)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel])
    }

    /// pheatmap's layout: row names right of the grid, the colour legend beyond them, and
    /// an annotation legend's level entries beyond its tick labels: those are no role of
    /// the heatmap's (not the colour bar's label, not a y label).
    @Test func levelEntriesBeyondAColourBarsTicksAreAnotherLegends() {
        let lines = [
            Self.line(404, 80, 430, 90), Self.line(404, 180, 430, 190),    // row names
            Self.line(470, 64, 480, 74), Self.line(470, 180, 480, 190),    // colour ticks
            Self.line(470, 290, 480, 300),
            Self.line(500, 150, 540, 160, glyphs: 4), Self.line(500, 170, 550, 180, glyphs: 7), // annotation legend
        ]
        let strip = Self.strip(PixelRect(minX: 445, minY: 60, maxX: 460, maxY: 300), .vertical)
        #expect(Self.roles(lines, strip: strip) == [
            .yTick, .yTick, .colorbarTick, .colorbarTick, .colorbarTick, .other, .other,
        ])
    }

    /// Plotly's shared horizontal colour bar below the grid: its title, centred on the grid
    /// like an x label, sits hard on the strip with a wide space above it to the tick
    /// labels: the bar's label.
    @Test func aTitleHardOnAStripBelowIsTheBarsLabel() {
        let lines = [
            Self.line(110, 306, 124, 316), Self.line(310, 306, 324, 316),  // x ticks
            Self.line(235, 352, 265, 362, glyphs: 4),                      // bar title
            Self.line(120, 390, 130, 400), Self.line(370, 390, 380, 400),  // colour ticks
        ]
        let strip = Self.strip(PixelRect(minX: 120, minY: 368, maxX: 380, maxY: 384), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.xTick, .xTick, .colorbarLabel, .colorbarTick, .colorbarTick])
        // Set as near the tick labels as the strip, it is the x label.
        var near = lines
        near[2] = Self.line(235, 330, 265, 340, glyphs: 4)
        let strip2 = Self.strip(PixelRect(minX: 120, minY: 348, maxX: 380, maxY: 364), .horizontal)
        #expect(Self.roles(near, strip: strip2)[2] == .xLabel)
    }

    /// lattice's panels: the strip's heading hard on the grid, the x tick labels above it
    /// centred on the columns. Without the columns, both bands are the title; with them,
    /// the band on the columns is the tick labels, even with two labels run into one line.
    @Test func tickLabelsOnTheColumnsAboveAHeadingAreTicks() {
        // Ten columns of 30 px from x 100: centres at 115, 145, … 385.
        let columns = CellLattice(count: 10, origin: 100, step: 30)
        let lines = [
            Self.line(230, 44, 270, 56, glyphs: 5),                        // heading
            Self.line(108, 20, 122, 30), Self.line(168, 20, 182, 30),      // x ticks
            Self.line(228, 20, 302, 30, glyphs: 6),                        // two run together
            Self.line(318, 20, 332, 30),
        ]
        let assign = { (columns: CellLattice?) in
            RoleAssigner(gridBox: Self.grid, strip: nil, imageWidth: 600, columns: columns).assign(lines).map(\.role)
        }
        #expect(assign(nil) == [.title, .title, .title, .title, .title])
        #expect(assign(columns) == [.title, .xTick, .xTick, .xTick, .xTick])
        // Words off the columns stay the title.
        let words = [lines[0], Self.line(120, 20, 140, 30), Self.line(146, 20, 170, 30)]
        #expect(RoleAssigner(gridBox: Self.grid, strip: nil, imageWidth: 600, columns: columns).assign(words).map(\.role)
            == [.title, .title, .title])
    }

    /// seaborn's clustermap key at the top left, beside the grid: tick labels under the
    /// gradient, the key's title under them, wholly left of the grid and ending level with
    /// its top. It is the key's title, though the grid is nearer than the tick labels.
    @Test func aTitleUnderATopStripBesideTheGridIsTheStrips() {
        let lines = [
            Self.line(15, 34, 35, 45), Self.line(43, 34, 63, 45), Self.line(71, 34, 91, 45),  // colour ticks
            Self.line(30, 52, 68, 60, glyphs: 5),                                            // "score"
        ]
        let strip = Self.strip(PixelRect(minX: 5, minY: 10, maxX: 96, maxY: 26), .horizontal)
        #expect(Self.roles(lines, strip: strip) == [.colorbarTick, .colorbarTick, .colorbarTick, .colorbarLabel])
    }
}
