/// The figure's title over a colour key at the top, which the key's place alone gives to the
/// key as its label (lattice's `key top` under `main`): a title is set bold, a key's own
/// title is not.
enum TopKeyTitle {
    /// How thick a bold line's strokes are against its height (mean run of ink along its
    /// rows): lattice's bold 18-px title 0.20, its plain key title 0.12.
    static let boldStroke = 0.16
    /// How much thicker, for its height, a title's strokes are than the key's tick labels'.
    static let boldAgainstTicks = 1.15

    /// The roled lines, the one label of a key on top made the title when it is the
    /// figure's only line above that key's tick labels, of three glyphs or more, centred
    /// over the grid, and bold where the tick labels are not.
    static func retitled(
        _ lines: [FigureLayout.RoledLine], strip: ColourStrip?, gridBox: PixelRect, ink: FigureInk
    ) -> [FigureLayout.RoledLine] {
        guard let strip, strip.orientation == .horizontal, strip.box.maxY <= gridBox.minY,
            !lines.contains(where: { $0.role == .title }) else { return lines }
        let labels = lines.indices.filter { lines[$0].role == .colorbarLabel }
        let ticks = lines.filter { $0.role == .colorbarTick }.map(\.line.box)
        // A title is words: a glyph or two (a "z") measures its strokes by its shape.
        guard labels.count == 1, !ticks.isEmpty, lines[labels[0]].line.glyphIDs.count >= 3 else { return lines }
        let label = lines[labels[0]].line.box
        guard ticks.allSatisfy({ $0.minY >= label.maxY }),
            RoleAssigner.isTopmostCentred(label, over: gridBox, among: lines.map(\.line.box))
        else { return lines }
        let weight = stroke(of: label, in: ink)
        let tickWeights = ticks.map { stroke(of: $0, in: ink) }.sorted()
        guard weight >= boldStroke, weight >= boldAgainstTicks * tickWeights[tickWeights.count / 2] else { return lines }
        var retitled = lines
        retitled[labels[0]].role = .title
        return retitled
    }

    /// The mean length of the runs of ink along the rows of `box`, against its height.
    static func stroke(of box: PixelRect, in ink: FigureInk) -> Double {
        var runs = 0, inked = 0
        for y in max(0, box.minY)..<min(ink.image.height, box.maxY) {
            var inRun = false
            for x in max(0, box.minX)..<min(ink.image.width, box.maxX) {
                let dark = ink.image[x, y].channelDistance(to: ink.background) >= 128
                if dark { inked += 1 }
                if dark && !inRun { runs += 1 }
                inRun = dark
            }
        }
        guard runs > 0, box.height > 0 else { return 0 }
        return Double(inked) / Double(runs) / Double(box.height)
    }
}
