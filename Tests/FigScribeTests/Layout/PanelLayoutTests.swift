import Testing

@testable import FigScribe

/// Figures of several heatmaps, built from synthetic heatmaps pasted side by side.
@Suite("Panels")
struct PanelLayoutTests {
    /// `parts` pasted left to right, `spacing` white pixels apart, tops aligned.
    static func sideBySide(_ parts: [RGBAImage], spacing: Int) -> (image: RGBAImage, offsets: [Int]) {
        let width = parts.map(\.width).reduce(0, +) + spacing * (parts.count - 1)
        var image = RGBAImage(width: width, height: parts.map(\.height).max() ?? 0)
        var offsets: [Int] = []
        var x0 = 0
        for part in parts {
            offsets.append(x0)
            for y in 0..<part.height { for x in 0..<part.width { image[x0 + x, y] = part[x, y] } }
            x0 += part.width + spacing
        }
        return (image, offsets)
    }

    @Test func twoGridsAreTwoPanelsSharingOneStrip() throws {
        let left = SyntheticHeatmap(rows: 6, columns: 8, cellWidth: 14, cellHeight: 12, strip: nil, seed: 3)
        let right = SyntheticHeatmap(rows: 5, columns: 7, cellWidth: 14, cellHeight: 12, strip: .vertical, seed: 4)
        let (image, offsets) = Self.sideBySide([left.draw().image, right.draw().image], spacing: 30)
        let layouts = try #require(try PanelLayoutAnalyzer().analyze(FigureInk(image)))
        #expect(layouts.panels.map(\.rows) == [6, 5])
        #expect(layouts.panels.map(\.columns) == [8, 7])
        #expect(abs(layouts.panels[1].gridBox.x - Double(offsets[1] + right.gridBox.minX)) < 1)
        #expect(layouts.sharedStrip)
        #expect(layouts.panels.allSatisfy { $0.strip != nil })
    }

    @Test func eachPanelKeepsItsOwnStrip() throws {
        let left = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, strip: .vertical, seed: 5)
        let right = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, strip: .vertical, seed: 6)
        let (image, offsets) = Self.sideBySide([left.draw().image, right.draw().image], spacing: 30)
        let layouts = try #require(try PanelLayoutAnalyzer().analyze(FigureInk(image)))
        #expect(layouts.panels.count == 2)
        #expect(!layouts.sharedStrip)
        let strips = layouts.panels.compactMap(\.strip)
        #expect(strips.count == 2)
        #expect(strips.map(\.box.minX) == [left.stripBox!.minX, offsets[1] + right.stripBox!.minX])
    }

    @Test func oneGridIsNoPanelFigure() throws {
        let image = SyntheticHeatmap(rows: 6, columns: 8, cellWidth: 14, cellHeight: 12, seed: 7).draw().image
        #expect(try PanelLayoutAnalyzer().analyze(FigureInk(image)) == nil)
    }

    /// A 140×60 block of flat cells with dark columns of the given widths starting at x = 70.
    static func block(darkWidth: Int) -> RGBAImage {
        var image = RGBAImage(width: 140, height: 60)
        for y in 5..<55 {
            for x in 5..<135 { image[x, y] = SyntheticHeatmap.colour(Double((x / 10 + y / 10) % 5) / 4) }
            for x in 70..<(70 + darkWidth) { image[x, y] = RGBA(r: 0, g: 0, b: 0) }
        }
        return image
    }

    @Test func panelsDrawnEdgeToEdgeAreCutAtTheirSharedBorder() {
        let box = PixelRect(minX: 5, minY: 5, maxX: 135, maxY: 55)
        #expect(PanelDividers.pieces(of: box, in: Self.block(darkWidth: 1))
            == [PixelRect(minX: 5, minY: 5, maxX: 70, maxY: 55), PixelRect(minX: 71, minY: 5, maxX: 135, maxY: 55)])
        // A column of dark cells is thicker than a border: no cut.
        #expect(PanelDividers.pieces(of: box, in: Self.block(darkWidth: 8)) == [box])
    }

    /// matplotlib's bmh style draws dashed light grid lines through the cells' centres. In
    /// a column of dark cells, the dashes of the level grid lines may leave one pixel
    /// column wholly dark beside the column's own dashed line: that column is like the
    /// cells on one side of it, and no border between panels.
    @Test func aDarkColumnBesideADashedGridLineIsNoBorder() {
        var image = RGBAImage(width: 140, height: 60)
        let dark = RGBA(r: 50, g: 99, b: 141), light = RGBA(r: 139, g: 153, b: 166)
        for y in 5..<55 {
            for x in 5..<135 { image[x, y] = x < 40 ? RGBA(r: 120, g: 190, b: 120) : dark }
            if (y / 4) % 2 == 0 { image[68, y] = light }
        }
        for y in [20, 40] {
            for x in 40..<135 where x != 70 && (x / 4) % 2 == 0 || x == 69 || x == 71 { image[x, y] = light }
        }
        let box = PixelRect(minX: 5, minY: 5, maxX: 135, maxY: 55)
        #expect(PanelDividers.pieces(of: box, in: image) == [box])
    }

    @Test func aLineThroughDarkCellsBetweenLightNumbersIsNoBorder() {
        // A column of dark cells (x 70..<90) whose light printed numbers reach x = 80 from
        // the left in one row and from the right in another: only x = 80 is dark all along.
        var image = Self.block(darkWidth: 20)
        for x in 70..<80 { for y in 10..<16 { image[x, y] = RGBA(r: 250, g: 250, b: 250) } }
        for x in 81..<90 { for y in 30..<36 { image[x, y] = RGBA(r: 250, g: 250, b: 250) } }
        let box = PixelRect(minX: 5, minY: 5, maxX: 135, maxY: 55)
        #expect(PanelDividers.pieces(of: box, in: image) == [box])
    }

    @Test func cellsMeetInTheWidestGutter() {
        // Two grids 100 px apart; ink at 130–150 (the left panel's labels) and 165–195.
        let grids = [PixelRect(minX: 20, minY: 10, maxX: 120, maxY: 90), PixelRect(minX: 220, minY: 10, maxX: 320, maxY: 90)]
        let ink = { (x: Int, _: Int) in (130..<150).contains(x) || (165..<195).contains(x) }
        let arrangement = PanelArrangement(grids: grids, width: 340, height: 100, isInk: ink)
        #expect(arrangement.cells[0] == PixelRect(minX: 0, minY: 0, maxX: 207, maxY: 100))
        #expect(arrangement.cells[1].minX == 207)
        #expect(arrangement.readingOrder == [0, 1])
        // A line over both cells is drawn over both panels; one within a cell is its own.
        #expect(arrangement.cellsCrossed(by: PixelRect(minX: 150, minY: 92, maxX: 260, maxY: 99)) == [0, 1])
        #expect(arrangement.cellsCrossed(by: PixelRect(minX: 130, minY: 40, maxX: 150, maxY: 50)) == [0])
    }

    @Test func framesRunningThroughAGutterAreNoInk() {
        // Two stacked grids 20 px apart, their frames' sides drawn through the gap (x 20
        // and 119); a heading at y 96–104 just above the lower grid.
        let grids = [PixelRect(minX: 20, minY: 10, maxX: 120, maxY: 90), PixelRect(minX: 20, minY: 110, maxX: 120, maxY: 190)]
        let ink = { (x: Int, y: Int) in x == 20 || x == 119 || ((96..<104).contains(y) && (60..<80).contains(x)) }
        let arrangement = PanelArrangement(grids: grids, width: 140, height: 200, isInk: ink)
        #expect(arrangement.cells[0].maxY == 93)
        #expect(arrangement.cellsCrossed(by: PixelRect(minX: 60, minY: 96, maxX: 80, maxY: 104)) == [1])
    }

    /// lattice's key below three panels: the x label of the middle panel sits just above
    /// the shared strip, as a legend title would beside one grid; it is the panel's x label.
    @Test func aPanelsOwnLineIsNotTheSharedStripsLabel() {
        let grid = PixelRect(minX: 300, minY: 60, maxX: 500, maxY: 300)
        let strip = ColourStrip(box: PixelRect(minX: 100, minY: 350, maxX: 700, maxY: 366), orientation: .horizontal, samples: [])
        let own = [TextLine(box: PixelRect(minX: 380, minY: 330, maxX: 420, maxY: 342), angle: 0, glyphIDs: [0, 1, 2, 3], glyphSize: 10)]
        let stripLines = [100, 400, 700].map { x in
            TextLine(box: PixelRect(minX: x - 6, minY: 372, maxX: x + 6, maxY: 382), angle: 0, glyphIDs: [0], glyphSize: 10)
        }
        let roles = { (shared: Bool) in
            PanelLayoutAnalyzer.panelRoles(
                own: own, stripLines: stripLines, gridBox: grid, strip: strip, stripIsShared: shared, columns: nil,
                imageWidth: 800
            ).map(\.role)
        }
        #expect(roles(false)[0] == .colorbarLabel)
        #expect(roles(true) == [.xLabel, .colorbarTick, .colorbarTick, .colorbarTick])
    }

    @Test func readingOrderIsRowsThenColumns() {
        let box = { (x: Int, y: Int) in PixelRect(minX: x, minY: y, maxX: x + 50, maxY: y + 40) }
        let grids = [box(100, 100), box(10, 100), box(100, 10), box(10, 10)]
        let arrangement = PanelArrangement(grids: grids, width: 200, height: 200) { _, _ in false }
        #expect(arrangement.readingOrder == [3, 2, 1, 0])
        #expect(arrangement.places.map(\.row) == [1, 1, 0, 0])
    }

    /// Two heatmaps side by side over a line chart as wide as the page: the chart joins
    /// their columns, but the heatmaps' row is cut into columns of its own, so each has its
    /// own cell and a title over one is that one's.
    @Test func aWideChartBelowDoesNotJoinTheHeatmapsAbove() {
        let left = PixelRect(minX: 40, minY: 50, maxX: 390, maxY: 370), right = PixelRect(minX: 420, minY: 50, maxX: 770, maxY: 370)
        let chart = PixelRect(minX: 40, minY: 420, maxX: 765, maxY: 640)
        let arrangement = PanelArrangement(grids: [left, right, chart], heatmaps: 2, width: 860, height: 680) { _, _ in false }
        #expect(arrangement.cells[0] != arrangement.cells[1])
        #expect(arrangement.places.map(\.column) == [0, 1, 0])
        #expect(arrangement.cellsCrossed(by: PixelRect(minX: 191, minY: 30, maxX: 240, maxY: 45)) == [0])
    }

    /// A grid whose block takes in its colour bar reaches up beside its column dendrogram:
    /// both share one cell of the page, and a line in it is the grid's alone.
    @Test func chartInAGridsOwnCellCountsAsTheGrid() {
        let grid = PixelRect(minX: 90, minY: 90, maxX: 650, maxY: 640)
        let dendrogram = PixelRect(minX: 90, minY: 20, maxX: 570, maxY: 110)
        let arrangement = PanelArrangement(grids: [grid, dendrogram], width: 760, height: 680) { _, _ in false }
        #expect(arrangement.cells[0] == arrangement.cells[1])
        #expect(arrangement.cellsCrossed(by: PixelRect(minX: 572, minY: 124, maxX: 587, maxY: 134)) == [0])
    }

    /// pheatmap with row and column annotations: the row names right of the grid are its
    /// tick labels (they were taken for lines over two panels, the grid and its dendrogram).
    @Test func rowNamesBesideAnnotatedGridAreItsTicks() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/pheatmap/ph_annot_row_col_15x12.png")
        guard case .heatmap(let figure) = try HeatmapReader().readFigure(contentsOf: url) else {
            Issue.record("read as panels")
            return
        }
        #expect(figure.yAxis.ticks.count == 15)
        #expect(figure.xAxis.label == nil)
    }

    @Test func labelBoxFillIsErasedAndItsLettersKept() throws {
        var image = RGBAImage(width: 120, height: 80)
        let grid = PixelRect(minX: 10, minY: 30, maxX: 110, maxY: 75)
        for y in grid.minY..<grid.maxY { for x in grid.minX..<grid.maxX { image[x, y] = SyntheticHeatmap.colour(Double(x) / 120) } }
        let grey = RGBA(r: 217, g: 217, b: 217)
        for y in 14..<28 { for x in 10..<110 { image[x, y] = grey } }
        // Two letter strokes.
        for y in 17..<25 { for x in [50, 51, 52, 60, 61, 62] { image[x, y] = RGBA(r: 30, g: 30, b: 30) } }
        let erased = try #require(LabelBoxes.erased(in: image, above: [grid], background: RGBA(r: 255, g: 255, b: 255)))
        #expect(erased[20, 20] == RGBA(r: 255, g: 255, b: 255))
        #expect(erased[51, 20].luma < 64)
        #expect(erased[60, 50] == image[60, 50])
        // No box above: nothing to erase.
        var plain = image
        for y in 14..<28 { for x in 10..<110 { plain[x, y] = RGBA(r: 255, g: 255, b: 255) } }
        #expect(LabelBoxes.erased(in: plain, above: [grid], background: RGBA(r: 255, g: 255, b: 255)) == nil)
    }

    /// The top rows of a heatmap's cells, most of one dark colour with brighter cells among
    /// them (an attention map's quiet first rows), are no label box: the bright cells run
    /// through the band's first and last rows, where a heading would leave the fill clear.
    @Test func aBandOfCellsMostlyOneColourIsNoLabelBox() {
        var image = RGBAImage(width: 140, height: 140)
        let grid = PixelRect(minX: 10, minY: 10, maxX: 130, maxY: 130)
        let dark = RGBA(r: 20, g: 10, b: 50)
        for y in grid.minY..<grid.maxY {
            for x in grid.minX..<grid.maxX {
                let (row, column) = ((y - grid.minY) / 12, (x - grid.minX) / 12)
                // Rows 0–2: dark but for one bright cell each; below, a ramp.
                let bright = row < 3 && column == 3 * row + 1
                image[x, y] = row < 3 ? (bright ? SyntheticHeatmap.colour(0.9) : dark) : SyntheticHeatmap.colour(Double(column) / 10)
            }
        }
        #expect(LabelBoxes.erased(in: image, above: [grid], background: RGBA(r: 255, g: 255, b: 255)) == nil)
        // The same band with letters set inside it, clear of its edges, is one.
        var boxed = image
        for y in 10..<46 { for x in 10..<130 { boxed[x, y] = dark } }
        for y in 20..<34 { for x in [50, 51, 52, 60, 61, 62] { boxed[x, y] = RGBA(r: 240, g: 240, b: 240) } }
        #expect(LabelBoxes.erased(in: boxed, above: [grid], background: RGBA(r: 255, g: 255, b: 255)) != nil)
    }

    /// The fill of a box's row is the colour making up at least half of it: the majority
    /// votes find what counting every colour finds, a colour making up exactly half included.
    @Test func atLeastHalfAgreesWithCounting() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 3, 4, 7, 10, 31, 64] {
            for _ in 0..<300 {
                let values = (0..<length).map { _ in Int.random(in: 0..<3, using: &generator) }
                let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
                let halves = Set(counts.filter { 2 * $0.value >= length }.keys)
                let found = LabelBoxes.atLeastHalf(values)
                #expect(found.map { halves.contains($0) } ?? halves.isEmpty, "\(values) gave \(String(describing: found))")
            }
        }
        #expect(LabelBoxes.atLeastHalf([1, 2, 1, 3]) == 1)
        #expect(LabelBoxes.atLeastHalf([2, 1, 3, 1]) == 1)
        #expect(LabelBoxes.atLeastHalf([1, 2, 3, 4]) == nil)
        #expect(LabelBoxes.atLeastHalf([Int]()) == nil)
    }

    /// A facet strip set above the panel's frame, with a margin between the frame and the
    /// cells (ggplot2's and plotnine's bordered themes): the box is found past both.
    @Test func labelBoxAboveAFramedPanelIsErased() throws {
        var image = RGBAImage(width: 120, height: 200)
        let grid = PixelRect(minX: 10, minY: 70, maxX: 110, maxY: 190)
        for y in grid.minY..<grid.maxY { for x in grid.minX..<grid.maxX { image[x, y] = SyntheticHeatmap.colour(Double(x) / 120) } }
        for x in 4..<116 { image[x, 58] = RGBA(r: 80, g: 80, b: 80) }
        let grey = RGBA(r: 204, g: 204, b: 204)
        for y in 37..<58 { for x in 4..<116 { image[x, y] = grey } }
        for y in 42..<52 { for x in [50, 51, 52, 60, 61, 62] { image[x, y] = RGBA(r: 30, g: 30, b: 30) } }
        let erased = LabelBoxes.erased(in: image, above: [grid], background: RGBA(r: 255, g: 255, b: 255))
        #expect(erased?[20, 45] == RGBA(r: 255, g: 255, b: 255))
        #expect((erased?[51, 45].luma ?? 255) < 64)
    }

    /// An x title centred under a row of three panels is found by the middle panel's roles
    /// and given to the other two; a y title beside one panel of a single row is not shared.
    @Test func aTitleCentredUnderAllPanelsServesEach() {
        let line = { (box: PixelRect, angle: Double) in TextLine(box: box, angle: angle, glyphIDs: [0], glyphSize: 10) }
        let all = PixelRect(minX: 0, minY: 0, maxX: 600, maxY: 200)
        let xTitle = FigureLayout.RoledLine(line: line(PixelRect(minX: 285, minY: 230, maxX: 315, maxY: 242), 0), role: .xLabel)
        let yTitle = FigureLayout.RoledLine(line: line(PixelRect(minX: -30, minY: 85, maxX: -18, maxY: 115), 90), role: .yLabel)
        let tick = FigureLayout.RoledLine(line: line(PixelRect(minX: 20, minY: 205, maxX: 30, maxY: 215), 0), role: .xTick)
        let (texts, found) = PanelLayoutAnalyzer.sharingCentredAxisTitles(
            [[tick, yTitle], [xTitle], []], places: [(0, 0), (0, 1), (0, 2)], all: all)
        #expect(found)
        #expect(texts.map { $0.filter { $0.role == .xLabel }.count } == [1, 1, 1])
        #expect(texts.map { $0.filter { $0.role == .yLabel }.count } == [1, 0, 0])
        // Off the middle of the row, a title is the panel's own.
        var moved = xTitle
        moved.line.box = PixelRect(minX: 85, minY: 230, maxX: 115, maxY: 242)
        let own = PanelLayoutAnalyzer.sharingCentredAxisTitles([[moved], [], []], places: [(0, 0), (0, 1), (0, 2)], all: all)
        #expect(own.texts.map(\.count) == [1, 0, 0])
        #expect(!own.found)
        // Centred on the panels and the strip they share, right of them: shared.
        var onAll = xTitle
        onAll.line.box = PixelRect(minX: 325, minY: 230, maxX: 355, maxY: 242)
        let strip = PixelRect(minX: 640, minY: 0, maxX: 680, maxY: 200)
        let bare = PanelLayoutAnalyzer.sharingCentredAxisTitles([[], [onAll], []], places: [(0, 0), (0, 1), (0, 2)], all: all)
        #expect(!bare.found)
        let withStrip = PanelLayoutAnalyzer.sharingCentredAxisTitles(
            [[], [onAll], []], places: [(0, 0), (0, 1), (0, 2)], all: all, sharedStrip: strip)
        #expect(withStrip.texts.map(\.count) == [1, 1, 1])
    }

    @Test func aChartBesideTheGridIsLeftOut() throws {
        let heatmap = SyntheticHeatmap(rows: 6, columns: 8, cellWidth: 14, cellHeight: 12, seed: 9).draw().image
        // A line chart: a frame 120×80 with a zigzag line inside it.
        var chart = RGBAImage(width: 160, height: heatmap.height)
        let frame = PixelRect(minX: 20, minY: 20, maxX: 140, maxY: 100)
        for x in frame.minX..<frame.maxX { chart[x, frame.minY] = RGBA(r: 0, g: 0, b: 0); chart[x, frame.maxY - 1] = RGBA(r: 0, g: 0, b: 0) }
        for y in frame.minY..<frame.maxY { chart[frame.minX, y] = RGBA(r: 0, g: 0, b: 0); chart[frame.maxX - 1, y] = RGBA(r: 0, g: 0, b: 0) }
        for x in 25..<135 { chart[x, 60 + (x % 20 < 10 ? x % 10 : 10 - x % 10) * 2] = RGBA(r: 31, g: 119, b: 180) }
        let (image, offsets) = Self.sideBySide([heatmap, chart], spacing: 20)
        let layouts = try #require(try PanelLayoutAnalyzer().analyze(FigureInk(image)))
        #expect(layouts.panels.count == 1)
        #expect(layouts.otherCharts.count == 1)
        #expect(layouts.otherCharts.first?.minX == offsets[1] + frame.minX)
        #expect(!layouts.sharedStrip)
    }

    @Test func figureJSONListsPanelsAndMarksSharedColourBars() throws {
        let bar = HeatmapFigure.Colorbar(orientation: .vertical, min: 0, max: 1)
        var shared = bar
        shared.shared = true
        let panel = HeatmapFigure(
            image: .init(file: "f.png", width: 10, height: 10), colorbar: shared,
            grid: .init(rows: 1, columns: 1, box: .init(x: 0, y: 0, width: 1, height: 1)), values: [[0.5]])
        let figure = PanelFigure(image: panel.image, title: "Both", panels: [panel, panel])
        let json = try FigureJSON.encode(figure)
        #expect(json.contains("\"schema\" : \"figscribe/figure@1\""))
        #expect(json.contains("\"shared\" : true"))
        var single = panel
        single.colorbar = bar
        #expect(!(try FigureJSON.encode(single)).contains("shared"))
    }

    /// In a row of panels, a panel without y tick labels takes its neighbour's y title; one
    /// with tick labels of its own keeps none, unless the figure's axis titles are shared.
    @Test func aPanelWithItsOwnTicksTakesNoNeighboursTitle() {
        let titled = ComparisonFixtures.figure()
        var bare = titled
        bare.yAxis = .init()
        var ticked = titled
        ticked.yAxis.label = nil
        let places = [(row: 0, column: 0), (row: 0, column: 1), (row: 0, column: 2)]
        let panels = PanelFigureAssembler.sharingAxes([titled, bare, ticked], places: places, figureAxisTitles: false)
        #expect(panels.map(\.yAxis.label) == ["Series", "Series", nil])
        #expect(panels[1].yAxis.ticks == titled.yAxis.ticks)
        let figureTitles = PanelFigureAssembler.sharingAxes([titled, bare, ticked], places: places, figureAxisTitles: true)
        #expect(figureTitles.map(\.yAxis.label) == ["Series", "Series", "Series"])
    }

    /// The same bar label read in three panels, once in another case: the reading the
    /// others share.
    @Test func aLabelReadInAnotherCaseOnceTakesTheCommonReading() {
        let figure = ComparisonFixtures.figure()
        let readings = ["oD", "OD", "OD", "dose"]
        let panels = readings.map { text -> HeatmapFigure in
            var panel = figure
            panel.colorbar?.label = text
            return panel
        }
        #expect(PanelFigureAssembler.agreeingOnCase(panels).map { $0.colorbar?.label } == ["OD", "OD", "OD", "dose"])
        // Two against two: each keeps its own.
        let even = ["oD", "oD", "OD", "OD"].map { text -> HeatmapFigure in
            var panel = figure
            panel.colorbar?.label = text
            return panel
        }
        #expect(PanelFigureAssembler.agreeingOnCase(even).map { $0.colorbar?.label } == ["oD", "oD", "OD", "OD"])
    }

    /// Panel titles that count the panels: one misread ("Judge l") takes its place's text.
    @Test func titlesCountingThePanelsAreRepairedAsACount() {
        let figure = ComparisonFixtures.figure()
        let titled = { (titles: [String?]) in
            titles.map { title -> HeatmapFigure in
                var panel = figure
                panel.title = title
                return panel
            }
        }
        let read = titled(["Judge l", "Judge 2", "Judge 3", "Judge 4"])
        #expect(PanelFigureAssembler.countingTitles(read).map(\.title) == ["Judge 1", "Judge 2", "Judge 3", "Judge 4"])
        // Titles that are no count, or a panel without a title: as read.
        let words = titled(["alpha", "beta", "gamma", "delta"])
        #expect(PanelFigureAssembler.countingTitles(words).map(\.title) == ["alpha", "beta", "gamma", "delta"])
        let untitled = titled(["Judge l", "Judge 2", "Judge 3", nil, "Judge 5"])
        #expect(PanelFigureAssembler.countingTitles(untitled).map(\.title) == ["Judge l", "Judge 2", "Judge 3", nil, "Judge 5"])
    }

    /// Two stacked panels: the upper one's x label ("step") lies nearer the lower one's
    /// title than its own tick labels, so the lower panel's roles took it for a title line:
    /// it goes back to the upper panel.
    @Test func anXLabelTakenForTheTitleBelowGoesBack() {
        let line = { (minY: Int) in TextLine(box: PixelRect(minX: 300, minY: minY, maxX: 340, maxY: minY + 12), angle: 0, glyphIDs: [0], glyphSize: 10) }
        let upper: [FigureLayout.RoledLine] = [.init(line: line(306), role: .xTick)]
        let lower: [FigureLayout.RoledLine] = [.init(line: line(332), role: .title), .init(line: line(354), role: .title)]
        let places = [(row: 0, column: 0), (row: 1, column: 0)]
        let texts = PanelLayoutAnalyzer.returningAxisLabelsAbove([upper, lower], gridBottoms: [303, 375], places: places)
        #expect(texts[0].map(\.role) == [.xTick, .xLabel])
        #expect(texts[1].map(\.role) == [.other, .title])
        // With an x label of its own, the upper panel takes nothing.
        let labelled = upper + [.init(line: line(320), role: .xLabel)]
        let kept = PanelLayoutAnalyzer.returningAxisLabelsAbove([labelled, lower], gridBottoms: [303, 375], places: places)
        #expect(kept[1].map(\.role) == [.title, .title])
    }
}
