/// Shape tests that tell a digit from the letter the `eng` model reads instead when labels
/// mix letters and digits ("L1H0" read as "LLHO", "run01" as "runo1", "log2" as "log?").
///
/// In sans-serif fonts a zero is clearly narrower than a capital O, and a one carries its
/// upright stroke near the middle of its box (flag and foot either side), where an L has
/// it at the left edge. A ring with a dot in its hole (the dotted zero of monospaced
/// fonts, which `eng` reads as an O beside letters) is a zero too: no letter O carries one.
enum DigitLetterCheck {
    /// The digit `shape` is, when `read` is the letter it is mistaken for.
    static func digit(read: String, shape: GlyphShape, metrics: LineMetrics) -> Character? {
        guard metrics.isMeasured, Double(shape.height) >= 0.85 * metrics.capHeight else { return nil }
        // A question mark stands on a dot a third of its width; ink as tall as a capital
        // with a flat foot across its width is a two ("log2" read "log?" in 7-px serif type,
        // its foot broken off the curve).
        if read == "?" {
            return shape.componentCount <= 2 && shape.holeCount == 0
                && shape.rowCoverage(fromFraction: 0.85, toFraction: 1.0) >= 0.6 ? "2" : nil
        }
        let dotted = shape.componentCount == 2 && shape.holeCount == 1 && shape.hasInkInHole
        guard shape.componentCount == 1 || dotted else { return nil }
        // A dotted ring's dot may be read as a symbol of its own ("os"): the ring's reading
        // is the first.
        let read = dotted && read.count == 2 ? String(read.prefix(1)) : read
        switch read {
        case "O": return shape.holeCount == 1 && shape.aspect < 0.8 ? "0" : nil
        // A small o as tall as a capital and clearly taller than small letters (or dotted)
        // is a capital or a zero, told apart by width.
        case "o":
            let tall = dotted || !metrics.hasXHeight || Double(shape.height) >= 1.15 * metrics.xHeight
            return tall && shape.holeCount == 1 && shape.aspect < 0.8 ? "0" : nil
        case "L": return shape.componentCount == 1 && shape.holeCount == 0 && isCentred(stemOf: shape) ? "1" : nil
        default: return nil
        }
    }

    /// Whether the column holding most ink in the glyph's upper two-thirds lies in the
    /// middle of its box.
    private static func isCentred(stemOf s: GlyphShape) -> Bool {
        let y0 = s.height / 8, y1 = max(y0 + 1, s.height * 2 / 3)
        var best = (column: 0, count: -1)
        for x in 0..<s.width {
            let count = (y0..<y1).filter { s.isInk(x, $0) }.count
            if count > best.count { best = (x, count) }
        }
        let position = (Double(best.column) + 0.5) / Double(max(1, s.width))
        return position >= 0.3 && position <= 0.75
    }
}
