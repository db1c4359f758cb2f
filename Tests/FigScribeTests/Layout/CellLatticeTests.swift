import Testing

@testable import FigScribe

/// Counts cells along each axis of synthetic grids, given the grid's box.
@Suite("CellLattice")
struct CellLatticeTests {
    static let sizes: [(Int, Int, UInt64)] = [(1, 5, 1), (4, 4, 2), (7, 3, 3), (9, 15, 4), (30, 50, 5)]

    @Test(arguments: sizes)
    func countsRowsAndColumns(rows: Int, columns: Int, seed: UInt64) {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, cellWidth: 9, cellHeight: 7, strip: nil, seed: seed)
        let image = figure.draw().image
        let box = figure.gridBox
        let across = CellLattice.find(in: image, box: box, vertical: false)
        let down = CellLattice.find(in: image, box: box, vertical: true)
        #expect(across.count == columns)
        #expect(down.count == rows)
        #expect(abs(across.step - 9) < 0.1)
        #expect(abs(down.step - 7) < 0.1)
        #expect(abs(across.origin - Double(box.minX)) < 0.5)
        #expect(abs(down.origin - Double(box.minY)) < 0.5)
    }

    /// A box two pixels off the cells (a frame drawn over their first line and trimmed
    /// with it) still finds many thin rows, where every edge lies just outside the slack.
    @Test func aBoxTwoPixelsOffTheCellsStillFindsTheRows() {
        let figure = SyntheticHeatmap(rows: 17, columns: 10, cellWidth: 28, cellHeight: 28, strip: nil, seed: 11)
        let image = figure.draw().image
        let cells = figure.gridBox
        let box = PixelRect(minX: cells.minX, minY: cells.minY + 2, maxX: cells.maxX, maxY: cells.maxY + 2)
        let down = CellLattice.find(in: image, box: box, vertical: true)
        #expect(down.count == 17)
        #expect(abs(down.origin - Double(cells.minY)) < 0.5)
        #expect(abs(down.step - 28) < 0.1)
    }

    @Test func gapLinesAreEdges() {
        let figure = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 14, cellHeight: 12, gap: 2, strip: nil, seed: 7)
        let image = figure.draw().image
        #expect(CellLattice.find(in: image, box: figure.gridBox, vertical: false).count == 6)
        #expect(CellLattice.find(in: image, box: figure.gridBox, vertical: true).count == 4)
    }

    /// White grid lines drawn over the cells through their centres (matplotlib's ggplot
    /// style) are not cell edges.
    @Test func gridLinesOverCellsAreNotEdges() {
        let figure = SyntheticHeatmap(rows: 8, columns: 10, cellWidth: 16, cellHeight: 14, strip: nil, seed: 9)
        var image = figure.draw().image
        let box = figure.gridBox, white = RGBA(r: 255, g: 255, b: 255)
        for c in 0..<10 {
            let x = box.minX + 16 * c + 8
            for y in box.minY..<box.maxY { image[x, y] = white }
        }
        for r in 0..<8 {
            let y = box.minY + 14 * r + 7
            for x in box.minX..<box.maxX { image[x, y] = white }
        }
        #expect(CellLattice.find(in: image, box: box, vertical: false).count == 10)
        #expect(CellLattice.find(in: image, box: box, vertical: true).count == 8)
    }

    /// A one-pixel border centred on the pixel edge between cells blends into the two
    /// pixels it straddles (pheatmap's grey cell borders): still an edge.
    @Test func bordersBlendedOverTwoPixelsAreEdges() {
        let rows = 5, columns = 6, cellWidth = 14.0, cellHeight = 12.0
        let box = PixelRect(minX: 4, minY: 4, maxX: 4 + Int(cellWidth * Double(columns)), maxY: 4 + Int(cellHeight * Double(rows)))
        var image = RGBAImage(width: box.maxX + 4, height: box.maxY + 4, fill: RGBA(r: 255, g: 255, b: 255))
        var random = SplitMix64(seed: 11)
        let colours = (0..<(rows * columns)).map { _ in
            RGBA(r: UInt8(random.next() % 200), g: UInt8(random.next() % 200), b: UInt8(random.next() % 200))
        }
        /// The share of the pixel [p, p + 1) under a one-pixel line centred on one of `edges`.
        func coverage(_ p: Int, edges: [Double]) -> Double {
            edges.map { max(0, min(Double(p + 1), $0 + 0.5) - max(Double(p), $0 - 0.5)) }.max() ?? 0
        }
        let xEdges = (1..<columns).map { Double(box.minX) + cellWidth * Double($0) }
        let yEdges = (1..<rows).map { Double(box.minY) + cellHeight * Double($0) }
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX {
                let r = Int((Double(y) + 0.5 - Double(box.minY)) / cellHeight), c = Int((Double(x) + 0.5 - Double(box.minX)) / cellWidth)
                let cell = colours[min(rows - 1, r) * columns + min(columns - 1, c)]
                let k = max(coverage(x, edges: xEdges), coverage(y, edges: yEdges))
                func blend(_ v: UInt8) -> UInt8 { UInt8((k * 150 + (1 - k) * Double(v)).rounded()) }
                image[x, y] = RGBA(r: blend(cell.r), g: blend(cell.g), b: blend(cell.b))
            }
        }
        #expect(CellLattice.find(in: image, box: box, vertical: false).count == columns)
        #expect(CellLattice.find(in: image, box: box, vertical: true).count == rows)
    }

    @Test func uniformBoxIsOneCell() {
        let image = RGBAImage(width: 60, height: 40, fill: RGBA(r: 30, g: 90, b: 200))
        let box = PixelRect(minX: 5, minY: 5, maxX: 55, maxY: 35)
        let lattice = CellLattice.find(in: image, box: box, vertical: false)
        #expect(lattice == CellLattice(count: 1, origin: 5, step: 50))
    }

    @Test func tooShortBoxIsOneCell() {
        let image = RGBAImage(width: 10, height: 10)
        let lattice = CellLattice.find(in: image, box: PixelRect(minX: 2, minY: 2, maxX: 4, maxY: 8), vertical: false)
        #expect(lattice == CellLattice(count: 1, origin: 2, step: 2))
    }
}

/// Tick marks at every cell's centre split runs of same-coloured cells that colour alone
/// merges; marks that say anything else leave the lattice as it is.
@Suite("CellLattice refined by tick marks")
struct CellLatticeRefinementTests {
    /// Four cells of 60 pixels found from colour, starting at 20.
    static let coarse = CellLattice(count: 4, origin: 20, step: 60)

    @Test func marksAtTheCentresOfHalfCellsSplitEachCell() {
        let marks: [Double] = (0..<8).map { 20 + 30 * (Double($0) + 0.5) }
        let refined = Self.coarse.refined(byMarks: marks)
        #expect(refined.count == 8)
        #expect(refined.step == 30)
        #expect(refined.origin == 20)
    }

    @Test func marksOnBothSidesCountOnce() {
        let centres: [Double] = (0..<8).map { 20 + 30 * (Double($0) + 0.5) }
        let marks = centres + centres.map { $0 + 0.5 }
        #expect(Self.coarse.refined(byMarks: marks).count == 8)
    }

    @Test func marksAtEveryOtherHalfCellSplitEachCell() {
        // Labels on alternate rows: marks at the centres of half cells 0, 2, 4 and 6.
        let refined = Self.coarse.refined(byMarks: [35, 95, 155, 215])
        #expect(refined == CellLattice(count: 8, origin: 20, step: 30))
    }

    /// Marks at the centres of half cells but for two in the middle (left out beside the
    /// text of turned tick labels): one gap three spacings wide.
    @Test func aFewMissingMarksStillSplitEachCell() {
        let marks: [Double] = [0, 1, 2, 5, 6, 7].map { 20 + 30 * (Double($0) + 0.5) }
        #expect(Self.coarse.refined(byMarks: marks) == CellLattice(count: 8, origin: 20, step: 30))
    }

    static let otherMarks: [[Double]] = [
        [50, 110, 170, 230],                            // at the cells' own centres
        [20, 50, 80, 110, 140, 170, 200, 230, 260],     // on the edges of half cells
        [28, 58, 88, 118, 148, 178, 208, 238],          // a numeric axis off the centres
        [50, 80],                                       // too few to say
        [35, 65, 110, 125, 155, 185, 215, 245],         // unevenly spaced
    ]

    @Test(arguments: otherMarks)
    func otherMarksLeaveTheLattice(marks: [Double]) {
        #expect(Self.coarse.refined(byMarks: marks) == Self.coarse)
    }
}

/// Lattices that show only faintly, or among lines that are no edges.
@Suite("CellLattice faint and crossed")
struct CellLatticeFaintTests {
    static let white = RGBA(r: 255, g: 255, b: 255)

    /// 40 columns of 8 pixels whose grey steps by one level per column (a smooth field of
    /// many cells): still 40 columns.
    @Test func aSmoothFieldStepsByOneLevel() {
        let box = PixelRect(minX: 0, minY: 0, maxX: 320, maxY: 20)
        var image = RGBAImage(width: 320, height: 20, fill: Self.white)
        for x in 0..<320 {
            let level = UInt8(100 + x / 8)
            for y in 0..<20 { image[x, y] = RGBA(r: level, g: level, b: level) }
        }
        #expect(CellLattice.find(in: image, box: box, vertical: false).count == 40)
    }

    /// A lower-triangular grid of 6×6 cells of 20 pixels, the empty half white and crossed
    /// by 3-pixel grey grid lines through the cells' centres (ggplot2's panel grid).
    @Test func gridLinesInTheEmptyHalfAreNoEdges() {
        let box = PixelRect(minX: 0, minY: 0, maxX: 120, maxY: 120)
        var image = RGBAImage(width: 120, height: 120, fill: Self.white)
        var random = SplitMix64(seed: 5)
        for r in 0..<6 {
            for c in 0..<6 {
                let colour = RGBA(r: UInt8(random.next() % 200), g: UInt8(random.next() % 200), b: 200)
                for y in (20 * r)..<(20 * r + 20) {
                    for x in (20 * c)..<(20 * c + 20) {
                        if c <= r {
                            image[x, y] = colour
                        } else if (9...11).contains(y % 20) || (9...11).contains(x % 20) {
                            image[x, y] = RGBA(r: 235, g: 235, b: 235)
                        }
                    }
                }
            }
        }
        #expect(CellLattice.find(in: image, box: box, vertical: true).count == 6)
        #expect(CellLattice.find(in: image, box: box, vertical: false).count == 6)
    }

    /// 15 columns of 44 pixels in 6 rows, each column edge a step in one or two rows only
    /// (a binned scale's long runs of one colour), with an axis line over the first two
    /// pixels trimmed from the box: the lattice explaining every step reaches past the box.
    @Test func everyStepFindsCellsReachingPastATrimmedBox() {
        var image = RGBAImage(width: 680, height: 140, fill: Self.white)
        let palette = [RGBA(r: 68, g: 1, b: 84), RGBA(r: 59, g: 82, b: 139), RGBA(r: 33, g: 145, b: 140)]
        for r in 0..<6 {
            var band = r % 3
            for c in 0..<15 {
                if c > 0, c % 5 == r % 5 { band = (band + 1) % 3 }
                for y in (10 + 20 * r)..<(30 + 20 * r) {
                    for x in (10 + 44 * c)..<(54 + 44 * c) { image[x, y] = palette[band] }
                }
            }
        }
        let trimmed = PixelRect(minX: 12, minY: 10, maxX: 670, maxY: 130)
        let strong = CellLattice.find(in: image, box: trimmed, vertical: false, search: .strongEdges)
        #expect(strong.count != 15)
        let every = CellLattice.find(in: image, box: trimmed, vertical: false, search: .everyStep)
        #expect(every.count == 15)
        #expect(abs(every.origin - 10) < 0.5)
        #expect(abs(every.step - 44) < 0.1)
    }
}
