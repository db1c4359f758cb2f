import Testing

@testable import FigScribe

/// A line that is one round dot is a bullet, read from its shape.
@Suite("Dots text")
struct DotsTextTests {
    /// The line of the one component drawn by `rows` ("#" is ink), glyphs typically 16 px.
    static func line(_ rows: [String]) -> (TextLine, ConnectedComponents) {
        let width = rows[0].count, height = rows.count
        let mask = rows.flatMap { $0.map { $0 == "#" } }
        let ink = ConnectedComponents(mask: mask, width: width, height: height)
        return (TextLine(box: ink.components[0].box, angle: 0, glyphIDs: [0], glyphSize: 16), ink)
    }

    /// lattice's bold "x" label (8×9 px, three fifths inked, as square and as full as a
    /// dot) is no bullet: its sides are empty at their middles. A dot is a bullet.
    @Test func aBoldXIsNoBullet() {
        let (x, xInk) = Self.line([
            "###..###", ".######.", ".######.", "..####..", "...##...", "..####..", ".######.", ".##.###.", "###..###",
        ])
        #expect(FigureTextReader.dotsText(x, ink: xInk) == nil)
        let (dot, dotInk) = Self.line([".####.", "######", "######", "######", "######", ".####."])
        #expect(FigureTextReader.dotsText(dot, ink: dotInk) == "•")
    }
}
