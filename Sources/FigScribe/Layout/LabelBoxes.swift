/// Headings set in filled boxes just above a grid (ggplot2 and plotnine facet strips,
/// lattice strips): the box's fill and outline are painted in the background colour and
/// the heading's letters in the colour farthest from it, so that they stand alone as text
/// (light letters on a dark box included).
enum LabelBoxes {
    /// Rows of one light fill covering at least this share of the grid's width make a box.
    static let minFillShare = 0.5
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
            // The outline: full dark rows just outside the fill, and dark columns at its ends.
            var top = rows.lowerBound, bottom = rows.upperBound
            while top > 0, top > rows.lowerBound - 3, isOutlineRow(top - 1, minX, maxX, image, fill: fill) { top -= 1 }
            while bottom < grid.minY - 1, bottom < rows.upperBound + 3, isOutlineRow(bottom, minX, maxX, image, fill: fill) {
                bottom += 1
            }
            let letters = background.luma >= 128 ? RGBA(r: 0, g: 0, b: 0) : RGBA(r: 255, g: 255, b: 255)
            for y in top..<bottom {
                for x in minX..<maxX {
                    let inOutline = !rows.contains(y) || isOutlineColumn(x, rows, image, fill: fill)
                    out[x, y] = inOutline || image[x, y].channelDistance(to: fill) <= fillTolerance ? background : letters
                }
            }
        }
        return any ? out : nil
    }

    /// The rows (and fill colour) of a filled box within a few pixels above the grid: at
    /// least 8 rows mostly of one colour that is not the background.
    private static func box(above grid: PixelRect, in image: RGBAImage, background: RGBA) -> (Range<Int>, RGBA)? {
        let limit = max(0, grid.minY - 12)
        var y = grid.minY - 1
        // Skip the gap and any frame between grid and box.
        while y >= limit, dominantFill(y, grid, image, background) == nil { y -= 1 }
        guard y >= limit, let fill = dominantFill(y, grid, image, background) else { return nil }
        let bottom = y + 1
        while y >= 0, let f = dominantFill(y, grid, image, background), f.channelDistance(to: fill) <= fillTolerance { y -= 1 }
        let rows = (y + 1)..<bottom
        return rows.count >= 8 && rows.count <= grid.height ? (rows, fill) : nil
    }

    /// The non-background colour covering at least `minFillShare` of row `y`
    /// across the grid's width, if any.
    private static func dominantFill(_ y: Int, _ grid: PixelRect, _ image: RGBAImage, _ background: RGBA) -> RGBA? {
        guard y >= 0, y < image.height else { return nil }
        let pixels = (grid.minX..<grid.maxX).map { image[$0, y] }
        var counts: [RGBA: Int] = [:]
        for p in pixels { counts[p, default: 0] += 1 }
        guard let (colour, n) = counts.max(by: { $0.value < $1.value }),
            Double(n) >= minFillShare * Double(pixels.count), colour.channelDistance(to: background) > 8
        else { return nil }
        return colour
    }

    /// A row that is all one colour far from the fill (an outline's edge).
    private static func isOutlineRow(_ y: Int, _ minX: Int, _ maxX: Int, _ image: RGBAImage, fill: RGBA) -> Bool {
        let pixels = (minX..<maxX).map { image[$0, y] }
        let dark = pixels.filter { $0.channelDistance(to: fill) > fillTolerance && $0.luma < 128 }.count
        return Double(dark) >= 0.8 * Double(pixels.count)
    }

    /// A column dark over the box's whole height (an outline's side).
    private static func isOutlineColumn(_ x: Int, _ rows: Range<Int>, _ image: RGBAImage, fill: RGBA) -> Bool {
        rows.allSatisfy { image[x, $0].luma < 128 && image[x, $0].channelDistance(to: fill) > fillTolerance }
    }
}
