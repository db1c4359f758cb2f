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
