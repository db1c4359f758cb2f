/// Draws a reviewer's view of a comparison: the new image with each differing cell outlined
/// (red for a change, amber for an unsure reading), the grid outlined in magenta when its
/// shape changed, and a legend band below with a colour key and a count for each kind found.
public enum DiffImage {
    static let changed = RGBA(r: 230, g: 20, b: 20)
    static let unsure = RGBA(r: 255, g: 170, b: 0)
    static let grid = RGBA(r: 220, g: 0, b: 220)
    static let scale = RGBA(r: 30, g: 90, b: 230)
    static let labels = RGBA(r: 0, g: 160, b: 70)
    static let ink = RGBA(r: 0, g: 0, b: 0)
    static let paper = RGBA(r: 255, g: 255, b: 255)

    /// The new render with the differences marked.
    /// - Parameters:
    ///   - image: the new render, as decoded.
    ///   - figures: the heatmaps read from it, one per panel in reading order (their grid
    ///     boxes place the cells); empty when none was found.
    ///   - differences: the comparison's differences; a difference in a panel names it.
    public static func render(image: RGBAImage, figures: [HeatmapFigure], differences: [Difference]) -> RGBAImage {
        let legend = legendItems(differences)
        let scale = max(1, min(image.width, 1200) / 320)
        let layout = LegendLayout(items: legend, width: image.width, scale: scale)
        var canvas = RGBAImage(width: image.width, height: image.height + layout.height, fill: paper)
        for y in 0..<image.height {
            let from = y * image.width * 4
            canvas.pixels.replaceSubrange(from..<(from + image.width * 4), with: image.pixels[from..<(from + image.width * 4)])
        }
        /// The figure a difference lies in: its panel's, or every figure's when it names none.
        func placed(_ d: Difference) -> [HeatmapFigure] {
            guard let panel = d.panel else { return figures }
            return figures.indices.contains(panel - 1) ? [figures[panel - 1]] : []
        }
        for d in differences where d.kind == .cell && d.status != .lookAlike {
            guard let cell = d.cell, let figure = placed(d).first,
                  cell.row < figure.grid.rows, cell.column < figure.grid.columns else { continue }
            let g = CellGeometry(figure)
            let x0 = Int((g.box.x + Double(cell.column) * g.cellWidth).rounded())
            let y0 = Int((g.box.y + Double(cell.row) * g.cellHeight).rounded())
            let x1 = Int((g.box.x + Double(cell.column + 1) * g.cellWidth).rounded()) - 1
            let y1 = Int((g.box.y + Double(cell.row + 1) * g.cellHeight).rounded()) - 1
            outline(&canvas, x0, y0, x1, y1, thickness: g.thickness, colour: d.status == .changed ? changed : unsure)
        }
        for d in differences where d.kind == .grid && d.status == .changed {
            for figure in placed(d) where figure.grid.box.width > 0 {
                let g = CellGeometry(figure), t = g.thickness
                outline(&canvas, Int(g.box.x) - t, Int(g.box.y) - t,
                        Int(g.box.x + g.box.width) + t - 1, Int(g.box.y + g.box.height) + t - 1, thickness: t, colour: grid)
            }
        }
        layout.draw(on: &canvas, top: image.height)
        return canvas
    }

    /// A figure's grid box, cell size and the outline thickness that suits it.
    private struct CellGeometry {
        let box: HeatmapFigure.Box
        let cellWidth: Double
        let cellHeight: Double
        let thickness: Int

        init(_ figure: HeatmapFigure) {
            box = figure.grid.box
            cellWidth = box.width / Double(max(1, figure.grid.columns))
            cellHeight = box.height / Double(max(1, figure.grid.rows))
            thickness = max(2, Int(min(cellWidth, cellHeight) / 10))
        }
    }

    /// One legend entry: how it is keyed and what it says.
    struct LegendItem: Equatable {
        enum Key: Equatable { case outline, filled }
        var key: Key
        var colour: RGBA
        var text: String
    }

    static func legendItems(_ differences: [Difference]) -> [LegendItem] {
        let changedCells = differences.filter { $0.kind == .cell && $0.status == .changed }.count
        let unsureCells = differences.filter { $0.kind == .cell && $0.status == .unsure }.count
        let counted = differences.filter { $0.status == .changed }
        var items: [LegendItem] = []
        if changedCells > 0 { items.append(.init(key: .outline, colour: changed, text: "CHANGED \(changedCells)")) }
        if unsureCells > 0 { items.append(.init(key: .outline, colour: unsure, text: "UNSURE \(unsureCells)")) }
        if counted.contains(where: { $0.kind == .grid }) { items.append(.init(key: .outline, colour: grid, text: "GRID")) }
        if counted.contains(where: { $0.kind == .colourScale }) { items.append(.init(key: .filled, colour: scale, text: "SCALE")) }
        let labelChanges = counted.filter { $0.kind == .text || $0.kind == .tickLabel }.count
        if labelChanges > 0 { items.append(.init(key: .filled, colour: labels, text: "LABELS \(labelChanges)")) }
        if counted.isEmpty { items.append(.init(key: .filled, colour: RGBA(r: 120, g: 120, b: 120), text: "MATCH")) }
        return items
    }

    /// Where the legend's items go: left to right, wrapping onto more lines when needed.
    private struct LegendLayout {
        let scale: Int
        let placed: [(item: LegendItem, x: Int, line: Int)]
        let lineHeight: Int
        let height: Int

        init(items: [LegendItem], width: Int, scale: Int) {
            self.scale = scale
            let pad = 4 * scale, swatch = BitmapFont.height * scale, gap = 3 * scale
            lineHeight = swatch + 2 * pad
            var placed: [(LegendItem, Int, Int)] = []
            var x = pad, line = 0
            for item in items {
                let itemWidth = swatch + gap + BitmapFont.advance(of: item.text) * scale
                if x > pad && x + itemWidth > width - pad { x = pad; line += 1 }
                placed.append((item, x, line))
                x += itemWidth + 3 * pad
            }
            self.placed = placed
            height = lineHeight * (line + 1)
        }

        func draw(on canvas: inout RGBAImage, top: Int) {
            let pad = 4 * scale, swatch = BitmapFont.height * scale, gap = 3 * scale
            for (item, x, line) in placed {
                let y = top + line * lineHeight + pad
                switch item.key {
                case .outline: outline(&canvas, x, y, x + swatch - 1, y + swatch - 1, thickness: max(2, scale), colour: item.colour)
                case .filled: fill(&canvas, x, y, x + swatch - 1, y + swatch - 1, colour: item.colour)
                }
                var penX = x + swatch + gap
                for character in item.text {
                    for gy in 0..<BitmapFont.height {
                        for gx in 0..<BitmapFont.width where BitmapFont.inked(character, x: gx, y: gy) {
                            fill(&canvas, penX + gx * scale, y + gy * scale, penX + (gx + 1) * scale - 1, y + (gy + 1) * scale - 1, colour: ink)
                        }
                    }
                    penX += (BitmapFont.width + 1) * scale
                }
            }
        }
    }

    /// A rectangle's border, `thickness` pixels wide inside (x0, y0)…(x1, y1), with a one-pixel
    /// white line inside it so it shows on any cell colour.
    static func outline(_ canvas: inout RGBAImage, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, thickness: Int, colour: RGBA) {
        for i in 0..<thickness {
            frame(&canvas, x0 + i, y0 + i, x1 - i, y1 - i, colour: colour)
        }
        frame(&canvas, x0 + thickness, y0 + thickness, x1 - thickness, y1 - thickness, colour: paper)
    }

    private static func frame(_ canvas: inout RGBAImage, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, colour: RGBA) {
        guard x0 <= x1, y0 <= y1 else { return }
        fill(&canvas, x0, y0, x1, y0, colour: colour)
        fill(&canvas, x0, y1, x1, y1, colour: colour)
        fill(&canvas, x0, y0, x0, y1, colour: colour)
        fill(&canvas, x1, y0, x1, y1, colour: colour)
    }

    /// Fills (x0, y0)…(x1, y1), clipped to the canvas.
    static func fill(_ canvas: inout RGBAImage, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, colour: RGBA) {
        let left = max(0, x0), right = min(canvas.width - 1, x1)
        let top = max(0, y0), bottom = min(canvas.height - 1, y1)
        guard left <= right, top <= bottom else { return }
        for y in top...bottom { for x in left...right { canvas[x, y] = colour } }
    }
}
