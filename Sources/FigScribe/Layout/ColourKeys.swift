/// Blocks of flat colour outside grids and colour strips — the keys of a categorical
/// legend, a category bar drawn along the grid (pheatmap's annotation tracks) — and the
/// text that names them: neither is text of the heatmap's axes, title or colour scale.
enum ColourKeys {
    /// The least side of a key block: thicker than any stroke of text at usual sizes.
    static let minimumSide = 6
    /// The least share of its box a key block fills (a filled rectangle).
    static let minimumFill = 0.9

    /// How far (largest channel difference) two pixels of one flat colour may lie apart.
    static let flatness = 8

    /// The least largest channel of a key's middle pixel: keys are lighter than text, which
    /// is black or dark grey (the stems of large bold letters are flat blocks too).
    static let darkest: UInt8 = 96

    /// Whether a component is a block of flat colour, not a glyph: a filled box, not of the
    /// colour of text, whose pixels a pixel in from its edges (outlines and anti-aliasing
    /// aside) are all ink and of one colour with the pixel left of or above them, but at
    /// the corners where the colours of keys set edge to edge change (one in fifty). A bold
    /// glyph that fills its box has gaps and anti-aliased edges inside it.
    static func isKey(_ c: ConnectedComponents.Component, in image: RGBAImage, ink: ConnectedComponents) -> Bool {
        let b = c.box
        guard min(b.width, b.height) >= minimumSide, c.fill >= minimumFill else { return false }
        let middle = image[(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2]
        guard max(middle.r, middle.g, middle.b) >= darkest else { return false }
        var changes = 0
        for y in (b.minY + 1)..<(b.maxY - 1) {
            for x in (b.minX + 1)..<(b.maxX - 1) {
                guard ink.label(x: x, y: y) == c.id else { return false }
                let p = image[x, y]
                if p.channelDistance(to: image[x - 1, y]) > flatness, p.channelDistance(to: image[x, y - 1]) > flatness {
                    changes += 1
                }
            }
        }
        return changes * 50 <= (b.width - 2) * (b.height - 2)
    }

    /// Whether a level line names a key drawn as part of other ink (`owners`: a category bar
    /// that a dendrogram's legs touch): the nearest ink left of its middle, at most a line's
    /// height away, is the edge of a flat square, lighter than text, `minimumSide` across.
    static func namesKey(
        beside line: TextLine, in image: RGBAImage, ink: ConnectedComponents, within owners: Set<Int>
    ) -> Bool {
        guard !owners.isEmpty, line.angle == 0 else { return false }
        let b = line.box, y = (b.minY + b.maxY) / 2, half = minimumSide / 2
        guard let edge = stride(from: b.minX - 1, through: max(0, b.minX - b.height), by: -1)
            .first(where: { ink.label(x: $0, y: y) != nil }),
            let owner = ink.label(x: edge, y: y), owners.contains(owner),
            edge - 1 - minimumSide >= 0, y - half >= 0, y + half < image.height
        else { return false }
        // A pixel in from the edge (an outline), the square's pixels: the owner's, one colour.
        let square = (y - half...y + half).flatMap { sy in (edge - 1 - minimumSide..<edge - 1).map { (x: $0, y: sy) } }
        let colour = image[edge - 2, y]
        guard max(colour.r, colour.g, colour.b) >= darkest else { return false }
        return square.allSatisfy {
            ink.label(x: $0.x, y: $0.y) == owner && image[$0.x, $0.y].channelDistance(to: colour) <= flatness
        }
    }

    /// The lines that name no key: `lines` without those set level with a key, beside it
    /// (at most a line's height away: an entry of a legend, the name of a category bar at
    /// its end), nor a heading over a column of keys (starting where the top key does, at
    /// most a line's height above it).
    static func withoutKeyNames(_ lines: [TextLine], keys: [PixelRect]) -> [TextLine] {
        guard !keys.isEmpty else { return lines }
        return lines.filter { line in
            let b = line.box, reach = b.height
            return !keys.contains { key in
                let beside = b.midY >= Double(key.minY) && b.midY <= Double(key.maxY)
                    && (0...reach).contains(max(key.minX - b.maxX, b.minX - key.maxX))
                let heading = abs(b.minX - key.minX) <= 2 && (0...reach).contains(key.minY - b.maxY)
                    && key.height > key.width
                return beside || heading
            }
        }
    }
}
