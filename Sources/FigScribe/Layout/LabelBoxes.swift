/// Headings set in filled boxes just above a grid (ggplot2 and plotnine facet strips,
/// lattice strips): the box's fill is painted in the background colour (an outline is
/// kept: it may be a border panels share) and the heading's letters in the colour farthest from it, so that they stand alone as text
/// (light letters on a dark box included).
enum LabelBoxes {
    /// How far (largest channel difference) a row's dominant colour may be from the fill
    /// for the row to be part of the box (a panel's own light background is not).
    static let rowTolerance = 8
    /// How far (largest channel difference) a pixel may be from the fill to be fill.
    static let fillTolerance = 24

    /// The image with the label boxes above `grids` erased; nil when there are none.
    static func erased(in image: RGBAImage, above grids: [PixelRect], background: RGBA) -> RGBAImage? {
        var out = image
        var any = false
        for grid in grids {
            guard let (rows, fill) = box(above: grid, in: image, background: background) else { continue }
            any = true
            let minX = max(0, grid.minX - 3), maxX = min(image.width, grid.maxX + 3)
            let letters = background.luma >= 128 ? RGBA(r: 0, g: 0, b: 0) : RGBA(r: 255, g: 255, b: 255)
            // The box's own columns: those its fill covers a good part of.
            let filled = (minX..<maxX).filter { x in
                3 * rows.filter({ image[x, $0].channelDistance(to: fill) <= fillTolerance }).count >= rows.count
            }
            guard let first = filled.first, let last = filled.last else { continue }
            for y in rows {
                for x in first...last where !isOutlineColumn(x, rows, image, fill: fill) {
                    let isFill = image[x, y].channelDistance(to: fill) <= fillTolerance
                    out[x, y] = isFill ? background : ink(image[x, y], fill: fill, letters: letters, background: background)
                }
            }
            // Rows where the fill blends into an outline: light pixels near the fill go too.
            for y in blendRows(beside: rows, first...last, image, fill: fill) {
                for x in first...last where image[x, y].luma >= 128 && image[x, y].channelDistance(to: fill) <= 3 * fillTolerance {
                    out[x, y] = background
                }
            }
        }
        return any ? out : nil
    }

    /// The rows (and fill colour) of a filled box at the top of a grid's region or above it
    /// (within a quarter of the grid's height, and past a panel's frame and margin): at
    /// least 8 rows mostly of one colour that is not the background, with letters in it
    /// (pixels off the fill) and none on its first and last rows. Of several, the lowest.
    private static func box(above grid: PixelRect, in image: RGBAImage, background: RGBA) -> (Range<Int>, RGBA)? {
        var y = max(0, grid.minY - max(12, grid.height / 4))
        let limit = min(grid.maxY, grid.minY + max(8, grid.height / 4))
        var found: (Range<Int>, RGBA)?
        while y < limit {
            guard let fill = dominantFill(y, grid, image, background) else { y += 1; continue }
            // The box may reach above where the search began.
            while found == nil, y > 0, let f = dominantFill(y - 1, grid, image, background), f.channelDistance(to: fill) <= rowTolerance {
                y -= 1
            }
            var end = y + 1
            while end < limit, let f = dominantFill(end, grid, image, background), f.channelDistance(to: fill) <= rowTolerance {
                end += 1
            }
            let rows = y..<end
            let letters = rows.map { row in
                (grid.minX..<grid.maxX).filter { image[$0, row].channelDistance(to: fill) > fillTolerance }.count
            }
            let height = rows.count
            // A heading sits inside its box: the box's first and last rows are clear of it
            // (a band of a heatmap's cells, one colour with others in it, is cut through).
            let clear = { (count: Int) in count <= grid.width / 20 }
            if height >= 8, height <= grid.height / 3, clear(letters[0]), clear(letters[height - 1]),
                letters.reduce(0, +) >= height * 2
            {
                found = (rows, fill)
            }
            y = end
        }
        return found
    }

    /// A letter's pixel moved from its contrast against the fill to the same contrast of
    /// `letters` against the background (anti-aliased edges stay soft).
    private static func ink(_ p: RGBA, fill: RGBA, letters: RGBA, background: RGBA) -> RGBA {
        let t = p.luma < fill.luma ? (fill.luma - p.luma) / max(1, fill.luma) : (p.luma - fill.luma) / max(1, 255 - fill.luma)
        let share = min(1, max(0, t))
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(b) * (1 - share) + Double(a) * share).rounded()) }
        return RGBA(r: mix(letters.r, background.r), g: mix(letters.g, background.g), b: mix(letters.b, background.b))
    }

    /// The non-background colour covering at least half of row `y` across the grid's
    /// width, if any: the rows of a box are mostly its one light fill.
    private static func dominantFill(_ y: Int, _ grid: PixelRect, _ image: RGBAImage, _ background: RGBA) -> RGBA? {
        guard y >= 0, y < image.height else { return nil }
        let pixels = (grid.minX..<grid.maxX).map { image[$0, y] }
        guard let colour = atLeastHalf(pixels), colour.channelDistance(to: background) > 8 else { return nil }
        return colour
    }

    /// The value making up at least half of `values` (either, when two make up half each),
    /// found by majority votes instead of counting every value.
    static func atLeastHalf<T: Equatable>(_ values: [T]) -> T? {
        func count(_ v: T) -> Int { values.reduce(0) { $0 + ($1 == v ? 1 : 0) } }
        // Boyer and Moore's vote: the one value that makes up more than half is the survivor.
        func survivor(_ values: ArraySlice<T>) -> T? {
            var candidate: T?, lead = 0
            for v in values {
                if lead == 0 { (candidate, lead) = (v, 1) } else if v == candidate { lead += 1 } else { lead -= 1 }
            }
            return candidate
        }
        // A value making up exactly half is either the first or more than half of the rest.
        let candidates = [survivor(values[...]), values.first, survivor(values.dropFirst())].compactMap { $0 }
        return candidates.first { 2 * count($0) >= values.count }
    }

    /// Up to two rows on each side of the box whose dominant colour is near the fill but
    /// not it (the fill blended with an outline).
    private static func blendRows(beside rows: Range<Int>, _ xs: ClosedRange<Int>, _ image: RGBAImage, fill: RGBA) -> [Int] {
        let candidates = [rows.lowerBound - 2, rows.lowerBound - 1, rows.upperBound, rows.upperBound + 1]
        return candidates.filter { y in
            guard y >= 0, y < image.height else { return false }
            let near = xs.filter { x in
                let d = image[x, y].channelDistance(to: fill)
                return d > fillTolerance && d <= 3 * fillTolerance && image[x, y].luma >= 128
            }.count
            return 2 * near >= xs.count
        }
    }

    /// A column dark over the box's whole height (an outline's side).
    private static func isOutlineColumn(_ x: Int, _ rows: Range<Int>, _ image: RGBAImage, fill: RGBA) -> Bool {
        rows.allSatisfy { image[x, $0].luma < 128 && image[x, $0].channelDistance(to: fill) > fillTolerance }
    }
}
