/// Grid lines drawn over the cells, through a printed number: seaborn's and matplotlib's
/// grid styles put them at the ticks, which stand at the cells' middles, where the prints
/// are. A row of the cell inked on both sides of the print, beyond it, is such a line (a
/// print's own ink stays within its box); so is a column inked above and below it. Their
/// pixels are given the cell's colour before the print is read, except where a stroke of
/// the print runs on across them, or the print lies on them in a stronger, other colour.
enum CellGridLines {
    /// How much of the cell beside the print (each side) a grid line inks.
    static let inkedShare = 0.5
    /// How far a pixel's channels lie from the cell's colour to be ink (as `faintInkSpan`).
    static let inkDistance = 32
    /// The fewest ink pixels a print has (a "1" a few pixels tall).
    static let leastPrint = 5

    /// A pixel's ink: how far it lies from the cell's colour, and its colour.
    private struct Ink {
        var level: Int
        var colour: RGBA
    }

    /// The part of `image` inside `crop`, grid lines crossing `print` in `cell` erased.
    /// - Parameters:
    ///   - print: the printed number's box.
    ///   - cell: the grid cell it lies in (pixels inside its edges).
    ///   - colour: the cell's colour.
    static func erased(in image: RGBAImage, crop: PixelRect, cell: PixelRect, print: PixelRect, colour: RGBA) -> RGBAImage {
        let ink = { (x: Int, y: Int) in image[x, y].channelDistance(to: colour) }
        // A line's ink beside the print (its median pixel: how far from the cell's colour,
        // and its colour), nil when it is no line: under half of either side inked.
        func lineInk(_ sides: [[(Int, Int)]]) -> Ink? {
            var inked: [Ink] = []
            for side in sides {
                let pixels = side.map { Ink(level: ink($0.0, $0.1), colour: image[$0.0, $0.1]) }.filter { $0.level > inkDistance }
                guard side.count >= 3, Double(pixels.count) >= inkedShare * Double(side.count) else { return nil }
                inked += pixels
            }
            return inked.sorted { $0.level < $1.level }[inked.count / 2]
        }
        let left = cell.minX..<max(cell.minX, print.minX - 1), right = min(cell.maxX, print.maxX + 1)..<cell.maxX
        let above = cell.minY..<max(cell.minY, print.minY - 1), below = min(cell.maxY, print.maxY + 1)..<cell.maxY
        var rows: [Int: Ink] = [:], columns: [Int: Ink] = [:]
        for y in max(crop.minY, cell.minY)..<max(max(crop.minY, cell.minY), min(crop.maxY, cell.maxY)) {
            rows[y] = lineInk([left.map { ($0, y) }, right.map { ($0, y) }])
        }
        for x in max(crop.minX, cell.minX)..<max(max(crop.minX, cell.minX), min(crop.maxX, cell.maxX)) {
            columns[x] = lineInk([above.map { (x, $0) }, below.map { (x, $0) }])
        }
        var out = image.cropped(to: crop)
        guard !rows.isEmpty || !columns.isEmpty else { return out }
        let (x0, y0) = (max(0, crop.minX), max(0, crop.minY))
        let onLine = { (x: Int, y: Int) in rows[y] != nil || columns[x] != nil }
        // Print ink, off the lines, on both sides of a run of line pixels: a stroke crossing it.
        func isPrint(_ x: Int, _ y: Int) -> Bool {
            (x0..<(x0 + out.width)).contains(x) && (y0..<(y0 + out.height)).contains(y) && !onLine(x, y) && ink(x, y) > inkDistance
        }
        for y in y0..<(y0 + out.height) {
            for x in x0..<(x0 + out.width) where onLine(x, y) {
                // Ink farther from the cell's colour than the line's, in another colour, is
                // the print drawn over it.
                let lines = [rows[y], columns[x]].compactMap { $0 }
                if lines.allSatisfy({ ink(x, y) > $0.level && image[x, y].channelDistance(to: $0.colour) > inkDistance }) {
                    continue
                }
                var stroke = false
                if rows[y] != nil, columns[x] == nil {
                    var (up, down) = (y - 1, y + 1)
                    while rows[up] != nil { up -= 1 }
                    while rows[down] != nil { down += 1 }
                    stroke = isPrint(x, up) && isPrint(x, down)
                } else if columns[x] != nil, rows[y] == nil {
                    var (before, after) = (x - 1, x + 1)
                    while columns[before] != nil { before -= 1 }
                    while columns[after] != nil { after += 1 }
                    stroke = isPrint(before, y) && isPrint(after, y)
                }
                if !stroke { out[x - x0, y - y0] = colour }
            }
        }
        // Lines crossing with no print between them (a grid's crossings in the middle of
        // every cell) leave specks at most: no print, so nothing is left to read.
        var printed = 0
        for y in 0..<out.height {
            for x in 0..<out.width where out[x, y].channelDistance(to: colour) > inkDistance { printed += 1 }
        }
        return printed >= leastPrint ? out : RGBAImage(width: out.width, height: out.height, fill: colour)
    }
}
