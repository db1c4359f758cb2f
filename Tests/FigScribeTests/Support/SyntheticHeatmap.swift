@testable import FigScribe

/// Draws synthetic heatmap figures: flat cells on white, an optional frame and gaps, and a
/// colour strip beside the grid, all from a seeded generator.
struct SyntheticHeatmap {
    var rows: Int
    var columns: Int
    var cellWidth = 12
    var cellHeight = 10
    /// White pixels between neighbouring cells (0: cells touch).
    var gap = 0
    /// Draw a 1-px black frame around the grid.
    var frame = true
    /// The chance that a cell copies its left (or, failing that, upper) neighbour's value.
    var repeatChance = 0.0
    /// Draw a colour strip: vertical to the right of the grid, or horizontal beneath it.
    var strip: HeatmapFigure.Colorbar.Orientation? = .vertical
    /// Draw the grid on a panel 12 px larger on every side, crossed by grid lines through
    /// the cell centres, with tick marks outside it (ggplot2's look).
    var panel: Panel?

    /// A panel's background and grid-line colours.
    enum Panel {
        /// ggplot2's default theme: grey, white lines.
        case grey
        /// theme_bw: white, light grey lines.
        case white
        /// theme_classic: white, no grid lines, axis lines on the left and at the bottom.
        case classic

        var colours: (background: RGBA, lines: RGBA) {
            switch self {
            case .grey: return (RGBA(r: 235, g: 235, b: 235), RGBA(r: 255, g: 255, b: 255))
            case .white: return (RGBA(r: 255, g: 255, b: 255), RGBA(r: 222, g: 222, b: 222))
            case .classic: return (RGBA(r: 255, g: 255, b: 255), RGBA(r: 255, g: 255, b: 255))
            }
        }
    }
    var seed: UInt64 = 1

    /// The origin of the grid's first cell.
    static let margin = 20

    /// The colour of a value in 0…1: a ramp through blue, green and yellow (viridis-like).
    static func colour(_ t: Double) -> RGBA {
        let stops: [(Double, Double, Double)] = [(68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37)]
        let x = min(1, max(0, t)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(x)), f = x - Double(i)
        func mix(_ a: Double, _ b: Double) -> UInt8 { UInt8((a + (b - a) * f).rounded()) }
        return RGBA(r: mix(stops[i].0, stops[i + 1].0), g: mix(stops[i].1, stops[i + 1].1), b: mix(stops[i].2, stops[i + 1].2))
    }

    /// The grid's pixel box (cells and gaps, frame excluded).
    var gridBox: PixelRect {
        let m = Self.margin
        return PixelRect(
            minX: m, minY: m,
            maxX: m + columns * cellWidth + (columns - 1) * gap,
            maxY: m + rows * cellHeight + (rows - 1) * gap)
    }

    /// The strip's pixel box.
    var stripBox: PixelRect? {
        guard let strip else { return nil }
        let g = gridBox
        switch strip {
        case .vertical: return PixelRect(minX: g.maxX + 20, minY: g.minY, maxX: g.maxX + 36, maxY: max(g.maxY, g.minY + 120))
        case .horizontal: return PixelRect(minX: g.minX, minY: g.maxY + 20, maxX: max(g.maxX, g.minX + 150), maxY: g.maxY + 34)
        }
    }

    /// Draws the figure; returns it with the cell values (row 0 at the top).
    func draw() -> (image: RGBAImage, values: [[Double]]) {
        var rng = SplitMix64(seed: seed)
        var values: [[Double]] = []
        for _ in 0..<rows {
            var row: [Double] = []
            for c in 0..<columns {
                let fresh = Double.random(in: 0...1, using: &rng)
                let copy = Double.random(in: 0..<1, using: &rng) < repeatChance
                if copy, c > 0 {
                    row.append(row[c - 1])
                } else if copy, let above = values.last {
                    row.append(above[c])
                } else {
                    row.append(fresh)
                }
            }
            values.append(row)
        }
        let g = gridBox
        let s = stripBox
        let width = max(g.maxX, s?.maxX ?? 0) + Self.margin
        let height = max(g.maxY, s?.maxY ?? 0) + Self.margin
        var image = RGBAImage(width: width, height: height)
        if let panel {
            Self.drawPanel(panel, around: g, rows: rows, columns: columns, cell: (cellWidth + gap, cellHeight + gap), in: &image)
        }
        for r in 0..<rows {
            for c in 0..<columns {
                let x0 = g.minX + c * (cellWidth + gap), y0 = g.minY + r * (cellHeight + gap)
                let colour = Self.colour(values[r][c])
                for y in y0..<(y0 + cellHeight) { for x in x0..<(x0 + cellWidth) { image[x, y] = colour } }
            }
        }
        let black = RGBA(r: 0, g: 0, b: 0)
        if frame { Self.outline(g, in: &image, colour: black) }
        if let s, let strip {
            for y in s.minY..<s.maxY {
                for x in s.minX..<s.maxX {
                    // Vertical: high values at the top, as matplotlib draws them.
                    let t = strip == .vertical
                        ? 1 - (Double(y - s.minY) + 0.5) / Double(s.height)
                        : (Double(x - s.minX) + 0.5) / Double(s.width)
                    image[x, y] = Self.colour(t)
                }
            }
            Self.outline(s, in: &image, colour: black)
        }
        return (image, values)
    }

    /// A panel around `g` with grid lines at the cell centres and tick marks left of it
    /// whose blurred ends overlap the panel's first column; a white panel gets a frame.
    static func drawPanel(_ panel: Panel, around g: PixelRect, rows: Int, columns: Int, cell: (Int, Int), in image: inout RGBAImage) {
        let p = PixelRect(minX: g.minX - 12, minY: g.minY - 12, maxX: g.maxX + 12, maxY: g.maxY + 12)
        let (background, white) = panel.colours
        for y in p.minY..<p.maxY { for x in p.minX..<p.maxX { image[x, y] = background } }
        if panel == .white { outline(p, in: &image, colour: RGBA(r: 80, g: 80, b: 80)) }
        if panel == .classic {
            let axis = RGBA(r: 20, g: 20, b: 20)
            for y in (p.minY - 1)...p.maxY { image[p.minX - 1, y] = axis }
            for x in (p.minX - 1)...p.maxX { image[x, p.maxY] = axis }
        }
        for c in 0..<columns {
            let x = g.minX + c * cell.0 + cell.0 / 2
            for y in p.minY..<p.maxY { image[x, y] = white; image[x + 1, y] = white }
        }
        for r in 0..<rows {
            let y = g.minY + r * cell.1 + cell.1 / 2
            for x in p.minX..<p.maxX { image[x, y] = white; image[x, y + 1] = white }
            for x in (p.minX - 3)..<p.minX { image[x, y] = RGBA(r: 50, g: 50, b: 50) }
            image[p.minX, y] = RGBA(r: 150, g: 150, b: 150)
        }
    }

    /// A 1-px line just outside `box`.
    static func outline(_ box: PixelRect, in image: inout RGBAImage, colour: RGBA) {
        for x in (box.minX - 1)...box.maxX {
            image[x, box.minY - 1] = colour
            image[x, box.maxY] = colour
        }
        for y in (box.minY - 1)...box.maxY {
            image[box.minX - 1, y] = colour
            image[box.maxX, y] = colour
        }
    }
}
