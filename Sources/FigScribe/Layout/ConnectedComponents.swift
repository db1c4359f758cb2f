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
        var runs = Self.runs(of: mask, width: width, height: height)
        var labels = [Int32](repeating: -1, count: width * height)
        var components: [Component] = []
        var sums: [MomentSums] = []
        var idOfRoot = [Int32](repeating: -1, count: runs.runs.count)
        for i in runs.runs.indices {
            let run = runs.runs[i]
            let root = runs.root(of: i)
            if idOfRoot[root] < 0 {
                idOfRoot[root] = Int32(components.count)
                components.append(Component(
                    id: components.count, box: PixelRect(minX: run.start, minY: run.y, maxX: run.end, maxY: run.y + 1),
                    pixelCount: 0))
                sums.append(MomentSums())
            }
            let id = Int(idOfRoot[root])
            components[id].box = components[id].box.union(PixelRect(minX: run.start, minY: run.y, maxX: run.end, maxY: run.y + 1))
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

    /// A row's stretch `start..<end` of mask pixels.
    struct Run {
        var y: Int
        var start: Int
        var end: Int
    }

    /// Runs joined into components: a union-find over run indices.
    struct JoinedRuns {
        var runs: [Run] = []
        var parent: [Int] = []

        mutating func root(of i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }

        /// Joins two runs' components, keeping the earlier run's root.
        mutating func join(_ a: Int, _ b: Int) {
            let ra = root(of: a), rb = root(of: b)
            if ra < rb { parent[rb] = ra } else if rb < ra { parent[ra] = rb }
        }
    }

    /// The mask's runs, row by row, each joined to the runs of the row above it touches.
    static func runs(of mask: [Bool], width: Int, height: Int) -> JoinedRuns {
        var joined = JoinedRuns()
        var previousRow = 0..<0
        mask.withUnsafeBufferPointer { mask in
            for y in 0..<height {
                let rowStart = joined.runs.count
                var x = 0
                let base = y * width
                while x < width {
                    guard mask[base + x] else { x += 1; continue }
                    let start = x
                    while x < width && mask[base + x] { x += 1 }
                    joined.parent.append(joined.runs.count)
                    joined.runs.append(Run(y: y, start: start, end: x))
                }
                // Runs touch when their columns overlap or meet at a corner.
                var j = previousRow.lowerBound
                for i in rowStart..<joined.runs.count {
                    let run = joined.runs[i]
                    while j < previousRow.upperBound && joined.runs[j].end < run.start { j += 1 }
                    var k = j
                    while k < previousRow.upperBound && joined.runs[k].start <= run.end {
                        joined.join(i, k)
                        k += 1
                    }
                }
                previousRow = rowStart..<joined.runs.count
            }
        }
        return joined
    }

    /// A component's pixel count and coordinate sums, exact whole numbers whatever the order
    /// runs are added in.
    struct MomentSums {
        var count = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0

        mutating func add(_ run: Run) {
            let n = run.end - run.start
            // Sums of x and x² over start..<end.
            let sumX = (run.start + run.end - 1) * n / 2
            func squares(_ m: Int) -> Int { m < 0 ? 0 : m * (m + 1) * (2 * m + 1) / 6 }
            let sumXX = squares(run.end - 1) - squares(run.start - 1)
            count += n
            sx += sumX
            sy += run.y * n
            sxx += sumXX
            syy += run.y * run.y * n
            sxy += run.y * sumX
        }

        /// The principal axis: its angle in degrees counter-clockwise (image y points down)
        /// and the pixels' elongation along it.
        var axis: (angle: Double, elongation: Double) {
            let n = Double(count), mx = Double(sx) / n, my = Double(sy) / n
            let cxx = Double(sxx) / n - mx * mx, cyy = Double(syy) / n - my * my
            let cxy = Double(sxy) / n - mx * my
            let spread = ((cxx - cyy) * (cxx - cyy) + 4 * cxy * cxy).squareRoot()
            let major = (cxx + cyy + spread) / 2, minor = max(1e-9, (cxx + cyy - spread) / 2)
            // Image y grows downwards, so the angle's sign flips.
            let angle = -0.5 * atan2(2 * cxy, cxx - cyy) * 180 / .pi
            return (angle, (major / minor).squareRoot())
        }
    }

    /// The component id at a pixel, or nil outside the mask.
    func label(x: Int, y: Int) -> Int? {
        let l = labels[y * width + x]
        return l < 0 ? nil : Int(l)
    }
}
