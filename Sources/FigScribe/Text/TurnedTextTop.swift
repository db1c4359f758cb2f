/// Which side of a line turned a quarter turn is the top of its letters, from the ink alone.
///
/// Across a line of text most ink lies in the band between the baseline and the x-height;
/// ascenders, capitals and digits stand out of it on the top side, only the descenders of
/// g, j, p, q, y on the other. Summed over the lines of a role, the side more ink stands out
/// on is the top.
enum TurnedTextTop {
    /// The side of a turned line its letters' tops face.
    enum Side: Equatable { case left, right }
    /// Fewer lines than this say too little.
    static let minimumLines = 3

    /// The side most ink stands out of the band on, over all `profiles`, when there are three
    /// or more and it is at least twice the other side's and two pixels a line; nil otherwise
    /// (one line's letters may all be small: "xcorr").
    /// - Parameter profiles: for each line, its ink pixels per image column, left to right.
    static func side(of profiles: [[Int]]) -> Side? {
        guard profiles.count >= minimumLines else { return nil }
        var left = 0, right = 0
        for profile in profiles {
            let (l, r) = outside(profile)
            left += l
            right += r
        }
        let least = 2 * profiles.count
        if right >= 2 * left, right >= least { return .right }
        if left >= 2 * right, left >= least { return .left }
        return nil
    }

    /// The ink left and right of the band: the columns holding at least half the fullest
    /// column's ink, first to last.
    static func outside(_ profile: [Int]) -> (left: Int, right: Int) {
        guard let most = profile.max(), most > 0,
            let first = profile.firstIndex(where: { 2 * $0 >= most }),
            let last = profile.lastIndex(where: { 2 * $0 >= most })
        else { return (0, 0) }
        return (profile[..<first].reduce(0, +), profile[(last + 1)...].reduce(0, +))
    }

    /// A line's ink pixels per column of its box.
    static func profile(of line: TextLine, ink: ConnectedComponents) -> [Int] {
        let own = Set(line.glyphIDs)
        var counts = [Int](repeating: 0, count: line.box.width)
        for y in line.box.minY..<line.box.maxY {
            for x in line.box.minX..<line.box.maxX {
                if let id = ink.label(x: x, y: y), own.contains(id) { counts[x - line.box.minX] += 1 }
            }
        }
        return counts
    }
}
