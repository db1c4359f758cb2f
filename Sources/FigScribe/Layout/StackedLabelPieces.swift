/// A turned label found as pieces: lines of one label role, none a level line of several
/// glyphs, stacked in one column (ggplot2's turned "x (m)" at 10 px, whose "x", "(m" and ")"
/// were each a glyph too short to show which way it runs, grouped as lines of their own and
/// read one by one). The pieces are one upright line, read along the column as a turned
/// label is.
enum StackedLabelPieces {
    /// The roles whose label runs along a vertical edge, turned.
    static let roles: [TextRole] = [.yLabel, .colorbarLabel]

    /// `texts` with each turned label role's stacked pieces joined into one upright line:
    /// two or more lines, none a level line of several glyphs (a lone glyph's direction is
    /// only its shape: a turned bracket lies flat), one above the other with gaps no wider
    /// than the column (a word space of turned text) and overlapping across half the
    /// narrower, making a column at least twice as tall as wide.
    static func joined(_ texts: [FigureLayout.RoledLine]) -> [FigureLayout.RoledLine] {
        var texts = texts
        for role in roles {
            let pieces = texts.indices.filter { texts[$0].role == role }
            guard pieces.count >= 2, pieces.allSatisfy({ texts[$0].line.angle != 0 || texts[$0].line.glyphIDs.count == 1 }) else { continue }
            let boxes = pieces.map { texts[$0].line.box }.sorted { $0.minY < $1.minY }
            let column = boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
            let stacked = zip(boxes, boxes.dropFirst()).allSatisfy { a, b in
                b.minY >= a.maxY - 1 && b.minY - a.maxY <= column.width && a.sharesColumn(with: b)
            }
            guard stacked, column.height >= 2 * column.width else { continue }
            let line = TextLine(
                box: column, angle: 90, glyphIDs: pieces.flatMap { texts[$0].line.glyphIDs },
                glyphSize: texts[pieces[0]].line.glyphSize)
            texts = texts.indices.filter { !pieces.contains($0) }.map { texts[$0] } + [FigureLayout.RoledLine(line: line, role: role)]
        }
        return texts
    }
}
