import Testing

@testable import FigScribe

@Suite("LayoutMemo")
struct LayoutMemoTests {
    let figure = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, gap: 2, seed: 7)

    @Test func givesWhatEachMeasurementGivesEveryTimeItIsAsked() throws {
        let ink = try FigureInk(figure.draw().image)
        let image = ink.image
        let grid = figure.gridBox, strip = try #require(figure.stripBox)
        let inner = PixelRect(minX: grid.minX, minY: grid.minY, maxX: grid.minX + 28, maxY: grid.minY + 24)
        let memo = LayoutMemo(image: image, background: ink.background, components: ink.components)
        for _ in 0..<2 {
            for box in [grid, inner, strip] {
                for vertical in [false, true] {
                    #expect(memo.lattice(in: box, vertical: vertical) == CellLattice.find(in: image, box: box, vertical: vertical))
                }
                #expect(memo.strip(in: box) == ColourStrip.measure(box, in: image))
                #expect(memo.pieces(of: box) == PanelDividers.pieces(of: box, in: image))
                for reach in [1, TickMarks.reach] {
                    #expect(memo.tickMarks(around: box, reach: reach)
                        == TickMarks.find(in: image, around: box, background: ink.background, reach: reach))
                }
            }
            let cellBox = HeatmapFigure.Box(x: Double(grid.minX), y: Double(grid.minY), width: Double(grid.width), height: Double(grid.height))
            let cells = memo.cells(in: cellBox, rows: 4, columns: 6)
            let sampler = CellSampler(image: image, box: cellBox, rows: 4, columns: 6)
            #expect(cells.colours == (0..<4).map { r in (0..<6).map { sampler.colour(row: r, column: $0) } })
            #expect(cells.colours[0].count == 6)
        }
        // The strip is one measurement, the grid's cells another: the memo keeps them apart.
        #expect(memo.strip(in: strip) != nil)
        #expect(memo.strip(in: grid) == nil)
    }

    @Test func trimsEachRegionAsItsTrimmerDoes() throws {
        let ink = try FigureInk(figure.draw().image)
        let regions = SolidRegion.find(in: ink.components)
        for region in regions where region.pixelCount >= 100 {
            let direct = RegionTrimmer(image: ink.image, components: ink.components, memberIDs: region.componentIDs).trim(region.box)
            for _ in 0..<2 {
                #expect(ink.measurements.trimmed(region.box, members: region.componentIDs) == direct)
                #expect(ink.trimmedBox(of: region) == direct)
            }
        }
        #expect(regions.count >= 2)
    }
}
