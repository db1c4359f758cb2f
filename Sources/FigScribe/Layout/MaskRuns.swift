/// A mask's runs (a row's stretches of `true` pixels), row by row, joined into connected
/// components (8-connectivity) with a union-find over the runs' indices.
struct MaskRuns {
    /// A row's stretch `start..<end` of mask pixels.
    struct Run {
        var y: Int
        var start: Int
        var end: Int

        /// The run's pixels as a box one row tall.
        var box: PixelRect { PixelRect(minX: start, minY: y, maxX: end, maxY: y + 1) }
    }

    /// Every run, row by row and left to right.
    private(set) var runs: [Run] = []
    private var parent: [Int] = []

    /// Finds the runs of a row-major mask and joins each to the runs of the row above that
    /// it touches: their columns overlap or meet at a corner.
    init(mask: [Bool], width: Int, height: Int) {
        var previousRow = 0..<0
        mask.withUnsafeBufferPointer { mask in
            for y in 0..<height {
                let rowStart = runs.count
                var x = 0
                let base = y * width
                while x < width {
                    guard mask[base + x] else { x += 1; continue }
                    let start = x
                    while x < width && mask[base + x] { x += 1 }
                    parent.append(runs.count)
                    runs.append(Run(y: y, start: start, end: x))
                }
                var j = previousRow.lowerBound
                for i in rowStart..<runs.count {
                    let run = runs[i]
                    while j < previousRow.upperBound && runs[j].end < run.start { j += 1 }
                    var k = j
                    while k < previousRow.upperBound && runs[k].start <= run.end {
                        join(i, k)
                        k += 1
                    }
                }
                previousRow = rowStart..<runs.count
            }
        }
    }

    /// The run that stands for run `i`'s component: its earliest run.
    mutating func root(of i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins two runs' components, keeping the earlier run's root.
    private mutating func join(_ a: Int, _ b: Int) {
        let ra = root(of: a), rb = root(of: b)
        if ra < rb { parent[rb] = ra } else if rb < ra { parent[ra] = rb }
    }
}
