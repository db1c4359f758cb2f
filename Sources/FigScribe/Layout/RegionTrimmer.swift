/// Shrinks a region's bounding box to the area its colours fill: drops protruding tick
/// marks, then frames (spines, outlines) and plain panel margins around the data.
struct RegionTrimmer {
    let image: RGBAImage
    let components: ConnectedComponents
    let memberIDs: Set<Int>

    /// The trimmed box.
    func trim(_ box: PixelRect) -> PixelRect {
        var b = trimSparseLines(box)
        b = trimFrames(b)
        return b
    }

    private func isMember(_ x: Int, _ y: Int) -> Bool {
        guard let id = components.label(x: x, y: y) else { return false }
        return memberIDs.contains(id)
    }

    /// Removes outer rows/columns that the region covers less than half of (tick marks).
    private func trimSparseLines(_ box: PixelRect) -> PixelRect {
        var b = box
        for _ in 0..<2 {
            func rowCoverage(_ y: Int) -> Double {
                var n = 0
                for x in b.minX..<b.maxX where isMember(x, y) { n += 1 }
                return Double(n) / Double(max(1, b.width))
            }
            func columnCoverage(_ x: Int) -> Double {
                var n = 0
                for y in b.minY..<b.maxY where isMember(x, y) { n += 1 }
                return Double(n) / Double(max(1, b.height))
            }
            while b.height > 2 && rowCoverage(b.minY) < 0.5 { b.minY += 1 }
            while b.height > 2 && rowCoverage(b.maxY - 1) < 0.5 { b.maxY -= 1 }
            while b.width > 2 && columnCoverage(b.minX) < 0.5 { b.minX += 1 }
            while b.width > 2 && columnCoverage(b.maxX - 1) < 0.5 { b.maxX -= 1 }
        }
        return b
    }

    private enum Side: CaseIterable { case top, bottom, left, right }

    /// The dominant colour of one line of the box, if at least 90% of the line has it.
    private func uniformColour(_ side: Side, offset: Int, in b: PixelRect) -> RGBA? {
        var pixels: [RGBA] = []
        switch side {
        case .top, .bottom:
            let y = side == .top ? b.minY + offset : b.maxY - 1 - offset
            guard y >= b.minY && y < b.maxY else { return nil }
            for x in b.minX..<b.maxX { pixels.append(image[x, y]) }
        case .left, .right:
            let x = side == .left ? b.minX + offset : b.maxX - 1 - offset
            guard x >= b.minX && x < b.maxX else { return nil }
            for y in b.minY..<b.maxY { pixels.append(image[x, y]) }
        }
        guard !pixels.isEmpty else { return nil }
        let sorted = pixels.sorted { $0.luma < $1.luma }
        let median = sorted[sorted.count / 2]
        let close = pixels.filter { $0.channelDistance(to: median) <= 12 }.count
        return Double(close) >= 0.9 * Double(pixels.count) ? median : nil
    }

    /// Removes outer runs of uniform lines: thin frames of any colour, and wider plain
    /// (grey/white) panel margins, as long as non-uniform data follows them.
    private func trimFrames(_ box: PixelRect) -> PixelRect {
        var b = box
        for side in Side.allCases {
            let extent = (side == .top || side == .bottom) ? b.height : b.width
            var offset = 0
            while offset < extent / 4 {
                guard let colour = uniformColour(side, offset: offset, in: b) else { break }
                var run = 1
                while offset + run < extent / 4,
                    let next = uniformColour(side, offset: offset + run, in: b),
                    next.channelDistance(to: colour) <= 12
                {
                    run += 1
                }
                let isThinFrame = run <= 2
                let isPlainMargin = colour.chroma <= 12 && offset + run < extent / 4
                    && uniformColour(side, offset: offset + run, in: b) == nil
                guard isThinFrame || isPlainMargin else { break }
                offset += run
            }
            switch side {
            case .top: b.minY += offset
            case .bottom: b.maxY -= offset
            case .left: b.minX += offset
            case .right: b.maxX -= offset
            }
        }
        return b
    }
}
