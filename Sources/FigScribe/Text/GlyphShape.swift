/// The ink of one glyph inside its tight box, with the measurements the repair rules use.
struct GlyphShape: Sendable {
    /// Tight box in the prepared line image.
    let box: PixelRect
    /// Row-major ink flags, `box.width × box.height`.
    let ink: [Bool]
    /// How many connected components form the glyph.
    let componentCount: Int

    var width: Int { box.width }
    var height: Int { box.height }

    @inline(__always) func isInk(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x]
    }

    /// Share of the box covered by ink.
    var fillRatio: Double { Double(ink.filter { $0 }.count) / Double(max(1, ink.count)) }

    /// Width / height.
    var aspect: Double { Double(width) / Double(max(1, height)) }

    /// The number of enclosed background regions (a `0` has one, an `8` two).
    var holeCount: Int {
        // Background cells of a 1-pixel-padded copy; flood the outside, count the rest.
        let padded = paddedInk()
        var seen = [Bool](repeating: false, count: padded.count)
        var holes = 0
        for start in 0..<padded.count where !seen[start] && !padded[start] {
            let area = floodBackground(from: start, of: padded, marking: &seen)
            // The first region flooded contains the padded corner: that's the outside.
            if start != 0 && area >= 3 { holes += 1 }
        }
        return holes
    }

    /// The ink flags of a copy padded by one pixel of background on every side, row by row.
    private func paddedInk() -> [Bool] {
        let w = width + 2
        var padded = [Bool](repeating: false, count: w * (height + 2))
        for y in 0..<height {
            for x in 0..<width where ink[y * width + x] { padded[(y + 1) * w + x + 1] = true }
        }
        return padded
    }

    /// Marks the background region of the padded copy `padded` holding cell `start`
    /// (4-connected) in `seen`, and returns its area.
    private func floodBackground(from start: Int, of padded: [Bool], marking seen: inout [Bool]) -> Int {
        let w = width + 2, h = height + 2
        seen[start] = true
        var stack = [start], area = 0
        while let i = stack.popLast() {
            area += 1
            let y = i / w, x = i - y * w
            func visit(_ j: Int) {
                if !seen[j] && !padded[j] { seen[j] = true; stack.append(j) }
            }
            if x + 1 < w { visit(i + 1) }
            if x > 0 { visit(i - 1) }
            if y + 1 < h { visit(i + w) }
            if y > 0 { visit(i - w) }
        }
        return area
    }

    /// Whether a piece of the glyph's ink lies inside a hole of another piece, touching no
    /// background outside the glyph (the dot of a dotted zero).
    var hasInkInHole: Bool {
        let w = width + 2, h = height + 2
        let padded = paddedInk()
        // The outside is the background of the padded copy flooded from its corner.
        var outside = [Bool](repeating: false, count: padded.count)
        _ = floodBackground(from: 0, of: padded, marking: &outside)
        // Each piece of ink (8-connected) is flooded in turn; one meeting no outside
        // background lies in a hole.
        var seen = [Bool](repeating: false, count: padded.count)
        for start in 0..<padded.count where !seen[start] && padded[start] {
            seen[start] = true
            var stack = [start]
            var touchesOutside = false
            while let i = stack.popLast() {
                let y = i / w, x = i - y * w
                for ny in max(0, y - 1)...min(h - 1, y + 1) {
                    for nx in max(0, x - 1)...min(w - 1, x + 1) where nx != x || ny != y {
                        let j = ny * w + nx
                        if padded[j] {
                            if !seen[j] { seen[j] = true; stack.append(j) }
                        } else if outside[j] && (nx == x || ny == y) {
                            touchesOutside = true
                        }
                    }
                }
            }
            if !touchesOutside { return true }
        }
        return false
    }

    /// Share of columns with ink in rows `fromFraction..<toFraction` of the height.
    func rowCoverage(fromFraction lo: Double, toFraction hi: Double) -> Double {
        let y0 = Int(Double(height) * lo), y1 = max(y0 + 1, Int(Double(height) * hi))
        var covered = 0
        for x in 0..<width where (y0..<min(y1, height)).contains(where: { isInk(x, $0) }) { covered += 1 }
        return Double(covered) / Double(max(1, width))
    }

    /// Whether any ink lies in the given fractional sub-rectangle.
    func hasInk(x lo: Double, _ hi: Double, y ylo: Double, _ yhi: Double) -> Bool {
        let x0 = Int(Double(width) * lo), x1 = max(x0 + 1, Int(Double(width) * hi))
        let y0 = Int(Double(height) * ylo), y1 = max(y0 + 1, Int(Double(height) * yhi))
        for y in y0..<min(y1, height) {
            for x in x0..<min(x1, width) where ink[y * width + x] { return true }
        }
        return false
    }

    /// The rightmost ink column in rows `fromFraction..<toFraction` of the height, if any.
    func rightmostInk(fromFraction lo: Double, toFraction hi: Double) -> Int? {
        let y0 = Int(Double(height) * lo), y1 = max(y0 + 1, Int(Double(height) * hi))
        return (0..<width).reversed().first { x in (y0..<min(y1, height)).contains { isInk(x, $0) } }
    }

    /// Number of separate ink runs along the row at `fraction` of the height.
    func runs(atRowFraction fraction: Double) -> Int {
        let y = min(height - 1, max(0, Int(Double(height) * fraction)))
        var runs = 0, inside = false
        for x in 0..<width {
            let v = ink[y * width + x]
            if v && !inside { runs += 1 }
            inside = v
        }
        return runs
    }

    /// The longest ink run along the row at `fraction` of the height, as a share of the width.
    func longestRun(atRowFraction fraction: Double) -> Double {
        let y = min(height - 1, max(0, Int(Double(height) * fraction)))
        var best = 0, current = 0
        for x in 0..<width {
            current = ink[y * width + x] ? current + 1 : 0
            best = max(best, current)
        }
        return Double(best) / Double(max(1, width))
    }

    /// Whether the leftmost ink of every row between 10% and 90% of the height lies in
    /// one column, give or take a twentieth of the width (a stem, not a curve).
    var hasStraightLeftEdge: Bool {
        let rows = Int(Double(height) * 0.1)..<max(Int(Double(height) * 0.1) + 1, Int(Double(height) * 0.9))
        let lefts = rows.map { y in (0..<width).first { isInk($0, y) } ?? width }
        guard let lo = lefts.min(), let hi = lefts.max() else { return false }
        return Double(hi - lo) <= max(1, 0.05 * Double(width))
    }
}
