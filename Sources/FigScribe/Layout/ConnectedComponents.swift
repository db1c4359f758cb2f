import Foundation

/// Connected regions of a binary mask (8-connectivity), with their boxes and sizes.
struct ConnectedComponents {
    /// One connected region.
    struct Component: Equatable {
        var id: Int
        var box: PixelRect
        var pixelCount: Int
        /// Direction of the pixels' principal axis in degrees counter-clockwise from
        /// horizontal (image y points down), and how elongated they are (≥ 1).
        var axis: (angle: Double, elongation: Double) = (0, 1)
        /// Share of the bounding box the region fills.
        var fill: Double { Double(pixelCount) / Double(max(1, box.area)) }

        static func == (a: Component, b: Component) -> Bool {
            a.id == b.id && a.box == b.box && a.pixelCount == b.pixelCount
        }
    }

    let width: Int
    let height: Int
    /// Component id per pixel, `-1` outside the mask.
    private(set) var labels: [Int32]
    private(set) var components: [Component]

    /// Labels the `true` pixels of a row-major mask. Components are numbered in the order of
    /// their first pixel, row by row.
    ///
    /// Works on runs (a row's stretches of `true` pixels): runs of neighbouring rows that touch,
    /// diagonally included, are joined, and each component's sums are taken run by run. A
    /// heatmap's grid is one run a row, where a pixel-by-pixel flood fill visits every pixel.
    init(mask: [Bool], width: Int, height: Int) {
        self.width = width
        self.height = height
        var runs = MaskRuns(mask: mask, width: width, height: height)
        var labels = [Int32](repeating: -1, count: width * height)
        var components: [Component] = []
        var sums: [MomentSums] = []
        var idOfRoot = [Int32](repeating: -1, count: runs.runs.count)
        for (i, run) in runs.runs.enumerated() {
            let root = runs.root(of: i)
            if idOfRoot[root] < 0 {
                idOfRoot[root] = Int32(components.count)
                components.append(Component(id: components.count, box: run.box, pixelCount: 0))
                sums.append(MomentSums())
            }
            let id = Int(idOfRoot[root])
            components[id].box = components[id].box.union(run.box)
            sums[id].add(run)
            labels.withUnsafeMutableBufferPointer { labels in
                for p in (run.y * width + run.start)..<(run.y * width + run.end) { labels[p] = Int32(id) }
            }
        }
        for id in components.indices {
            components[id].pixelCount = sums[id].count
            components[id].axis = sums[id].axis
        }
        self.labels = labels
        self.components = components
    }

    /// The component id at a pixel, or nil outside the mask.
    func label(x: Int, y: Int) -> Int? {
        let l = labels[y * width + x]
        return l < 0 ? nil : Int(l)
    }
}

extension ConnectedComponents {
    /// The components with the pieces of component `id` that lie outside `box` and join the
    /// rest only corner to corner made components of their own; returns their ids.
    ///
    /// A label set hard against a tick mark touches its faint tail at a corner (plotnine's
    /// "h" of "00h" under its mark at 100 dpi), so that the glyph joined the axis, its marks
    /// and the grid's frame as one component. The component's pixels outside the grid's
    /// `box` are taken apart with side-by-side neighbours only (4-connectivity): the largest
    /// piece and those beside its pixels inside the box stay; the others go on alone.
    mutating func splittingCornerJoinedPieces(of id: Int, outside box: PixelRect) -> [Int] {
        let whole = components[id].box
        let label = Int32(id)
        let inside = { (x: Int, y: Int) in x >= box.minX && x < box.maxX && y >= box.minY && y < box.maxY }
        // Which piece each pixel of the component's box outside `box` is in (-1: none yet).
        var pieceOf = [Int32](repeating: -1, count: whole.area)
        let imageWidth = width
        let local = { (p: Int) in (p / imageWidth - whole.minY) * whole.width + p % imageWidth - whole.minX }
        var pieces: [[Int]] = []
        var attached: [Bool] = []
        var stack: [Int] = []
        for y in whole.minY..<whole.maxY {
            for x in whole.minX..<whole.maxX where !inside(x, y) && labels[y * width + x] == label && pieceOf[local(y * width + x)] < 0 {
                let piece = pieces.count
                var pixels: [Int] = []
                var touchesInside = false
                pieceOf[local(y * width + x)] = Int32(piece)
                stack.append(y * width + x)
                while let p = stack.popLast() {
                    pixels.append(p)
                    let (px, py) = (p % width, p / width)
                    for (nx, ny) in [(px - 1, py), (px + 1, py), (px, py - 1), (px, py + 1)]
                    where nx >= whole.minX && nx < whole.maxX && ny >= whole.minY && ny < whole.maxY
                        && labels[ny * width + nx] == label {
                        if inside(nx, ny) {
                            touchesInside = true
                        } else if pieceOf[local(ny * width + nx)] < 0 {
                            pieceOf[local(ny * width + nx)] = Int32(piece)
                            stack.append(ny * width + nx)
                        }
                    }
                }
                pieces.append(pixels)
                attached.append(touchesInside)
            }
        }
        guard pieces.count >= 2, let largest = pieces.indices.max(by: { pieces[$0].count < pieces[$1].count }) else { return [] }
        let loose = pieces.indices.filter { $0 != largest && !attached[$0] }
        guard !loose.isEmpty else { return [] }
        var newIDs: [Int] = []
        for k in loose {
            let newID = components.count
            for p in pieces[k] { labels[p] = Int32(newID) }
            components.append(Self.component(newID, of: pieces[k], width: width))
            newIDs.append(newID)
        }
        // What stays: every pixel still labelled `id`.
        var kept: [Int] = []
        for y in whole.minY..<whole.maxY {
            for x in whole.minX..<whole.maxX where labels[y * width + x] == label { kept.append(y * width + x) }
        }
        components[id] = Self.component(id, of: kept, width: width)
        return newIDs
    }

    /// A component made of the pixels at `indices` (row-major, `width` a row, ascending or not).
    private static func component(_ id: Int, of indices: [Int], width: Int) -> Component {
        var sums = MomentSums()
        var box: PixelRect?
        // Consecutive pixels of a row make one run.
        var run: MaskRuns.Run?
        func close() {
            guard let r = run else { return }
            sums.add(r)
            box = box.map { $0.union(r.box) } ?? r.box
        }
        for p in indices.sorted() {
            let (x, y) = (p % width, p / width)
            if let r = run, r.y == y, r.end == x {
                run!.end += 1
                continue
            }
            close()
            run = MaskRuns.Run(y: y, start: x, end: x + 1)
        }
        close()
        var c = Component(id: id, box: box!, pixelCount: sums.count)
        c.axis = sums.axis
        return c
    }
}
