import Testing

@testable import FigScribe

/// Lays out synthetic heatmaps whose grid and colour strip are known exactly.
@Suite("LayoutAnalyzer")
struct LayoutAnalyzerTests {
    /// Rows, columns and seed of random flat-cell grids.
    static let grids: [(Int, Int, UInt64)] = [(3, 4, 1), (5, 7, 2), (8, 12, 3), (10, 10, 4), (12, 20, 5), (2, 9, 6)]

    @Test(arguments: grids)
    func findsRandomGridAndVerticalStrip(rows: Int, columns: Int, seed: UInt64) throws {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, seed: seed)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == rows)
        #expect(layout.columns == columns)
        let strip = try #require(layout.strip, "no colour strip found")
        #expect(strip.orientation == .vertical)
        expectBox(layout.gridBox, near: figure.gridBox)
    }

    /// A panel with grid lines crossing its margins (grey with white lines, or white with
    /// grey lines in a frame), or a white one with axis lines on two sides only, and tick
    /// marks whose blurred ends touch it: the margins are trimmed away, leaving the cells.
    @Test(arguments: [(12, 16, UInt64(41), SyntheticHeatmap.Panel.grey), (5, 7, 42, .grey), (8, 12, 43, .white),
                      (10, 14, 44, .classic)])
    func panelWithGridLines(rows: Int, columns: Int, seed: UInt64, panel: SyntheticHeatmap.Panel) throws {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, cellWidth: 14, cellHeight: 12, frame: false,
                                      panel: panel, seed: seed)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == rows)
        #expect(layout.columns == columns)
        expectBox(layout.gridBox, near: figure.gridBox)
    }

    /// The figure of `SyntheticHeatmap` with a second, taller colour strip right of its own,
    /// drawn by `colour` from 0 at the top to 1 at the bottom.
    static func twoStrips(_ colour: (Double) -> RGBA) throws -> (image: RGBAImage, own: PixelRect, other: PixelRect) {
        let figure = SyntheticHeatmap(rows: 6, columns: 8, cellWidth: 20, cellHeight: 20, seed: 7)
        let drawn = figure.draw().image
        var image = RGBAImage(width: drawn.width + 60, height: drawn.height, fill: RGBA(r: 255, g: 255, b: 255))
        for y in 0..<drawn.height { for x in 0..<drawn.width { image[x, y] = drawn[x, y] } }
        let own = try #require(figure.stripBox)
        let other = PixelRect(minX: own.maxX + 24, minY: 5, maxX: own.maxX + 40, maxY: drawn.height - 5)
        for y in other.minY..<other.maxY {
            let c = colour((Double(y - other.minY) + 0.5) / Double(other.height))
            for x in other.minX..<other.maxX { image[x, y] = c }
        }
        return (image, own, other)
    }

    /// A second colour bar for another mapping (a red ramp, taller than the grid's own):
    /// the strip the cells' colours lie on is the scale; the other is left out.
    @Test func theStripTheCellsLieOnIsTheScale() throws {
        let (image, own, red) = try Self.twoStrips { t in RGBA(r: 255, g: UInt8(255 * t), b: UInt8(255 * t)) }
        let layout = try LayoutAnalyzer().analyze(image)
        let strip = try #require(layout.strip)
        #expect(own.contains(strip.box, slack: 1))
        #expect(layout.leftOutStrips.count == 1)
        #expect(layout.leftOutStrips.first.map { red.contains($0, slack: 1) } == true)
    }

    /// Two bars of the grid's own colours (one colormap, two ranges): which one is the
    /// cells' cannot be told, so neither is taken.
    @Test func twoStripsTheCellsFitAlikeGiveNoScale() throws {
        let (image, _, _) = try Self.twoStrips { SyntheticHeatmap.colour(1 - $0) }
        let layout = try LayoutAnalyzer().analyze(image)
        #expect(layout.strip == nil)
        #expect(layout.leftOutStrips.count == 2)
    }

    @Test func findsHorizontalStripBelowTheGrid() throws {
        let figure = SyntheticHeatmap(rows: 6, columns: 9, strip: .horizontal, seed: 11)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == 6)
        #expect(layout.columns == 9)
        #expect(layout.strip?.orientation == .horizontal)
    }

    @Test(arguments: [UInt64(21), 22, 23])
    func equalNeighbouringCellsDoNotMergeColumns(seed: UInt64) throws {
        let figure = SyntheticHeatmap(rows: 8, columns: 10, repeatChance: 0.35, seed: seed)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == 8)
        #expect(layout.columns == 10)
    }

    @Test(arguments: [true, false])
    func whiteGapsBetweenCells(frame: Bool) throws {
        let figure = SyntheticHeatmap(rows: 5, columns: 7, cellWidth: 20, cellHeight: 16, gap: 2, frame: frame, seed: 31)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == 5)
        #expect(layout.columns == 7)
        #expect(layout.strip?.orientation == .vertical)
        expectBox(layout.gridBox, near: figure.gridBox, gap: 2)
    }

    /// Tiles set apart by gaps wider than a gap line (plotly's `xgap`): each tile stands
    /// alone, and the gaps are no rows or columns of their own.
    @Test(arguments: [6, 12, 18])
    func wideGapsBetweenTiles(gap: Int) throws {
        let figure = SyntheticHeatmap(rows: 5, columns: 7, cellWidth: 28, cellHeight: 24, gap: gap, frame: false, seed: 33)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == 5)
        #expect(layout.columns == 7)
        #expect(layout.strip?.orientation == .vertical)
        expectBox(layout.gridBox, near: figure.gridBox, gap: gap)
    }

    @Test(arguments: [4, 16])
    func singleRow(columns: Int) throws {
        let figure = SyntheticHeatmap(rows: 1, columns: columns, cellWidth: 20, cellHeight: 20, strip: .horizontal, seed: 41)
        let layout = try LayoutAnalyzer().analyze(figure.draw().image)
        #expect(layout.rows == 1)
        #expect(layout.columns == columns)
        #expect(layout.strip?.orientation == .horizontal)
    }

    @Test func blankImageIsRejected() {
        #expect(throws: LayoutError.blankImage) { try LayoutAnalyzer().analyze(RGBAImage(width: 50, height: 40)) }
    }

    @Test func stripAloneIsNoGrid() {
        var image = RGBAImage(width: 80, height: 200)
        for y in 20..<180 {
            for x in 30..<46 { image[x, y] = SyntheticHeatmap.colour(Double(y - 20) / 160) }
        }
        #expect(throws: LayoutError.noGrid) { try LayoutAnalyzer().analyze(image) }
    }

    /// The grid box within a pixel; with gaps, each cell owns half of the gap on each
    /// side (as seaborn's cell edge lines do), so the box extends half a gap beyond the tiles.
    private func expectBox(
        _ box: HeatmapFigure.Box, near tiles: PixelRect, gap: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let half = Double(gap) / 2
        #expect(abs(box.x - (Double(tiles.minX) - half)) <= 1, sourceLocation: sourceLocation)
        #expect(abs(box.y - (Double(tiles.minY) - half)) <= 1, sourceLocation: sourceLocation)
        #expect(abs(box.width - (Double(tiles.width) + 2 * half)) <= 1, sourceLocation: sourceLocation)
        #expect(abs(box.height - (Double(tiles.height) + 2 * half)) <= 1, sourceLocation: sourceLocation)
    }

    /// A 300×1 line (a strip's edge left over in a dark theme) is a rule, not text; a minus
    /// sign or a long dash is text.
    @Test func longThinLinesAreRulesNotText() {
        typealias Component = ConnectedComponents.Component
        let line = { (w: Int, h: Int) in Component(id: 0, box: PixelRect(minX: 0, minY: 0, maxX: w, maxY: h), pixelCount: w * h) }
        #expect(LayoutAnalyzer.isRule(line(300, 1)))
        #expect(LayoutAnalyzer.isRule(line(2, 120)))
        #expect(!LayoutAnalyzer.isRule(line(8, 2)))
        #expect(!LayoutAnalyzer.isRule(line(30, 2)))
        #expect(!LayoutAnalyzer.isRule(line(60, 12)))
    }

    /// The 2×1 tip of matplotlib's extend triangle, a blank row above the rest of a vertical
    /// strip's region, is the strip's; a speck beside the strip (a label's dot), one three
    /// pixels past its end, or a glyph there of more ink is not.
    @Test func specksJustPastAStripsEndAreItsInk() {
        let region = PixelRect(minX: 54, minY: 28, maxX: 78, maxY: 548)
        let speck = { (id: Int, x: Int, y: Int, w: Int, h: Int) in
            ConnectedComponents.Component(id: id, box: PixelRect(minX: x, minY: y, maxX: x + w, maxY: y + h), pixelCount: w * h)
        }
        let components = [speck(0, 65, 26, 2, 1), speck(1, 65, 549, 2, 1), speck(2, 40, 100, 2, 2), speck(3, 65, 24, 2, 1), speck(4, 62, 20, 6, 6)]
        #expect(LayoutAnalyzer.endSpecks(of: region, vertical: true, among: components) == [0, 1])
        #expect(LayoutAnalyzer.endSpecks(of: region, vertical: false, among: components).isEmpty)
    }

    /// A speck inside a colour strip's box (plotly's pale end, a pixel apart from the rest
    /// of the strip's ink) is the strip's, no text; a glyph beside the strip is text.
    @Test func inkInsideAStripIsNoText() throws {
        var image = RGBAImage(width: 120, height: 60, fill: RGBA(r: 255, g: 255, b: 255))
        image[30, 25] = RGBA(r: 200, g: 200, b: 200)
        for y in 40..<50 { for x in 10..<16 { image[x, y] = RGBA(r: 0, g: 0, b: 0) } }
        let ink = try FigureInk(flattened: image)
        let strip = ColourStrip(box: PixelRect(minX: 20, minY: 20, maxX: 110, maxY: 30), orientation: .horizontal, samples: [])
        let lines = LayoutAnalyzer.textLines(of: ink, excluding: [], blocks: [], grids: [], strips: [strip])
        #expect(lines.map(\.box) == [PixelRect(minX: 10, minY: 40, maxX: 16, maxY: 50)])
    }

    /// A dendrogram's strokes, fifteen glyphs long or more and mostly empty, are a chart;
    /// a large title's glyph or a filled block that long is not.
    @Test func longSparseInkIsAChart() {
        let ink = { (w: Int, h: Int, n: Int) in
            ConnectedComponents.Component(id: 0, box: PixelRect(minX: 0, minY: 0, maxX: w, maxY: h), pixelCount: n)
        }
        #expect(LayoutAnalyzer.isChart(ink(474, 61, 9196), glyphSize: 10))
        #expect(!LayoutAnalyzer.isChart(ink(40, 40, 300), glyphSize: 10))
        #expect(!LayoutAnalyzer.isChart(ink(474, 10, 4740), glyphSize: 10))
    }

    /// Under a grid of one column, the lone level line (centred like an axis title) is the
    /// column's name; under a wider grid, or with tick labels beside it, it stays the title.
    @Test func theLoneLineUnderOneColumnNamesIt() {
        let line = { (box: PixelRect, angle: Double?) in TextLine(box: box, angle: angle, glyphIDs: [0], glyphSize: 10) }
        let name = FigureLayout.RoledLine(line: line(PixelRect(minX: 150, minY: 600, maxX: 180, maxY: 610), 0), role: .xLabel)
        let yTitle = FigureLayout.RoledLine(line: line(PixelRect(minX: 5, minY: 280, maxX: 20, maxY: 330), 90), role: .yLabel)
        #expect(LayoutAnalyzer.namingLoneLines([name, yTitle], columns: 1, rows: 20).map(\.role) == [.xTick, .yLabel])
        #expect(LayoutAnalyzer.namingLoneLines([name, yTitle], columns: 2, rows: 20).map(\.role) == [.xLabel, .yLabel])
        let tick = FigureLayout.RoledLine(line: line(PixelRect(minX: 150, minY: 580, maxX: 160, maxY: 590), 0), role: .xTick)
        #expect(LayoutAnalyzer.namingLoneLines([name, tick], columns: 1, rows: 20).map(\.role) == [.xLabel, .xTick])
        // A turned line beside a grid of one row stays its title.
        #expect(LayoutAnalyzer.namingLoneLines([yTitle], columns: 12, rows: 1).map(\.role) == [.yLabel])
    }

    /// A framed panel whose axis limits run one cell past the data on the right and below
    /// (matplotlib's round-number limits): a white column and row inside the frame, which
    /// no tick label names while the labels name every other column and row. The grid is
    /// the cells alone. Labelled, the same white lines are cells (masked ones) and stay.
    @Test func anUnlabelledPlainMarginInsideTheFrameIsNoLineOfCells() throws {
        let (rows, columns, cell) = (6, 5, (w: 30, h: 20))
        var image = RGBAImage(width: 320, height: 260)
        for y in 0..<260 { for x in 0..<320 { image[x, y] = RGBA(r: 191, g: 191, b: 191) } }
        let frame = PixelRect(minX: 40, minY: 20, maxX: 40 + 2 + (columns + 1) * cell.w, maxY: 20 + 2 + (rows + 1) * cell.h)
        for y in frame.minY..<frame.maxY {
            for x in frame.minX..<frame.maxX {
                let edge = x == frame.minX || y == frame.minY || x == frame.maxX - 1 || y == frame.maxY - 1
                let (c, r) = ((x - frame.minX - 1) / cell.w, (y - frame.minY - 1) / cell.h)
                image[x, y] = edge ? RGBA(r: 0, g: 0, b: 0)
                    : c < columns && r < rows ? SyntheticHeatmap.colour(Double((c * 7 + r * 3) % 10) / 10)
                    : RGBA(r: 255, g: 255, b: 255)
            }
        }
        let ink = try FigureInk(image)
        let trimmed = PixelRect(minX: frame.minX + 1, minY: frame.minY + 1, maxX: frame.maxX - 1, maxY: frame.maxY - 1)
        func labels(_ count: Int) -> [FigureLayout.RoledLine] {
            let x = (0..<count).map { c in
                let mid = trimmed.minX + c * cell.w + cell.w / 2
                return FigureLayout.RoledLine(
                    line: TextLine(box: PixelRect(minX: mid - 8, minY: frame.maxY + 4, maxX: mid + 8, maxY: frame.maxY + 12), angle: 0, glyphIDs: [], glyphSize: 8),
                    role: .xTick)
            }
            let y = (0..<(count + 1)).map { r in
                let mid = trimmed.minY + r * cell.h + cell.h / 2
                return FigureLayout.RoledLine(
                    line: TextLine(box: PixelRect(minX: frame.minX - 20, minY: mid - 4, maxX: frame.minX - 4, maxY: mid + 4), angle: 0, glyphIDs: [], glyphSize: 8),
                    role: .yTick)
            }
            return x + y
        }
        let layout = LayoutAnalyzer.gridLayout(ink: ink, trimmed: trimmed, strip: nil, texts: labels(columns))
        #expect(layout.rows == rows)
        #expect(layout.columns == columns)
        #expect(abs(layout.gridBox.width - Double(columns * cell.w)) <= 1)
        let masked = LayoutAnalyzer.gridLayout(ink: ink, trimmed: trimmed, strip: nil, texts: labels(columns + 1))
        #expect(masked.rows == rows + 1)
        #expect(masked.columns == columns + 1)
    }
}
