/// A binarised text line (ink = dark pixels) with its 8-connected components.
struct InkMask: Sendable {
    let width: Int
    let height: Int
    /// Component label per pixel; -1 for background.
    private(set) var labels: [Int32]
    /// Bounding box of each component.
    private(set) var componentBoxes: [PixelRect] = []
    /// Pixel count of each component.
    private(set) var componentAreas: [Int] = []

    /// Binarises `gray` at `threshold` (darker is ink) and labels components.
    init(gray: GrayImage, threshold: Float = 140) {
        width = gray.width
        height = gray.height
        let (w, h) = (width, height)
        var labels = gray.values.map { $0 < threshold ? Int32(0) : -1 }
        var boxes: [PixelRect] = [], areas: [Int] = []
        labels.withUnsafeMutableBufferPointer { label in
            var next: Int32 = 0
            var stack: [Int] = []
            for start in 0..<label.count where label[start] == 0 {
                next += 1
                label[start] = next
                stack.append(start)
                var minX = start % w, maxX = minX, minY = start / w, maxY = minY
                var area = 0
                while let i = stack.popLast() {
                    area += 1
                    let y = i / w, x = i - y * w
                    minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                    for ny in max(0, y - 1)...min(h - 1, y + 1) {
                        for nx in max(0, x - 1)...min(w - 1, x + 1) {
                            let j = ny * w + nx
                            if label[j] == 0 { label[j] = next; stack.append(j) }
                        }
                    }
                }
                boxes.append(PixelRect(minX: minX, minY: minY, maxX: maxX + 1, maxY: maxY + 1))
                areas.append(area)
            }
            // Labels are 1-based while filling (0 meant "unvisited ink"); make them 0-based.
            for i in 0..<label.count where label[i] > 0 { label[i] -= 1 }
        }
        self.labels = labels
        componentBoxes = boxes
        componentAreas = areas
    }

    @inline(__always) func isInk(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height && labels[y * width + x] >= 0
    }

    /// A run of touching glyphs `run` (the box of one component, at least 1.2 times as wide
    /// as tall) cut at its thinnest column between a quarter and one of its heights from the
    /// left: the ink boxes of the first glyph and of the rest. Nil for a narrower box, or
    /// when no column there holds less than half the ink of the thickest.
    func openingGlyph(ofRun run: PixelRect) -> (first: PixelRect, rest: PixelRect)? {
        let h = run.height
        guard h > 0, 5 * run.width >= 6 * h else { return nil }
        // Each column's ink rows, from the run's left edge.
        let inkRows = (run.minX..<run.maxX).map { x in (run.minY..<run.maxY).filter { isInk(x, $0) } }
        let lo = max(1, h / 4), hi = min(run.width - 2, h)
        guard lo < hi else { return nil }
        let counts = inkRows[lo...hi].map(\.count)
        guard let least = counts.min(), let most = counts.max(), 2 * least < most,
            let at = counts.firstIndex(of: least)
        else { return nil }
        let cut = lo + at
        func box(_ columns: Range<Int>) -> PixelRect? {
            let inked = columns.filter { !inkRows[$0].isEmpty }
            let rows = inked.flatMap { inkRows[$0] }
            guard let top = rows.min(), let bottom = rows.max(), let left = inked.first, let right = inked.last else { return nil }
            return PixelRect(minX: run.minX + left, minY: top, maxX: run.minX + right + 1, maxY: bottom + 1)
        }
        guard let first = box(0..<cut), let rest = box((cut + 1)..<run.width) else { return nil }
        return (first, rest)
    }

    /// Components whose centre lies inside `box` and that are not specks.
    func components(centredIn box: PixelRect, minimumArea: Int = 4) -> [Int] {
        componentBoxes.indices.filter { c in
            let b = componentBoxes[c]
            return componentAreas[c] >= minimumArea && b.midX >= Double(box.minX) && b.midX <= Double(box.maxX)
                && b.midY >= Double(box.minY) && b.midY <= Double(box.maxY)
        }
    }

    /// The shape of the union of `components`.
    func shape(of components: [Int]) -> GlyphShape? {
        guard let first = components.first else { return nil }
        let box = components.dropFirst().reduce(componentBoxes[first]) { $0.union(componentBoxes[$1]) }
        let set = Set(components.map(Int32.init))
        var cells = [Bool](repeating: false, count: box.width * box.height)
        for y in box.minY..<box.maxY {
            for x in box.minX..<box.maxX where set.contains(labels[y * width + x]) {
                cells[(y - box.minY) * box.width + (x - box.minX)] = true
            }
        }
        return GlyphShape(box: box, ink: cells, componentCount: components.count)
    }
}
