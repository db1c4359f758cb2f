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

    /// Labels the `true` pixels of a row-major mask.
    init(mask: [Bool], width: Int, height: Int) {
        self.width = width
        self.height = height
        var labels = [Int32](repeating: -1, count: width * height)
        var components: [Component] = []
        var stack: [Int] = []
        // Unchecked buffers: the flood fill visits every pixel of the figure.
        mask.withUnsafeBufferPointer { mask in
            labels.withUnsafeMutableBufferPointer { labels in
                for start in 0..<(width * height) where mask[start] && labels[start] < 0 {
                    let id = Int32(components.count)
                    var box = PixelRect(minX: start % width, minY: start / width,
                                        maxX: start % width + 1, maxY: start / width + 1)
                    var count = 0
                    var sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
                    labels[start] = id
                    stack.append(start)
                    while let p = stack.popLast() {
                        count += 1
                        let x = p % width, y = p / width
                        let fx = Double(x), fy = Double(y)
                        sx += fx; sy += fy; sxx += fx * fx; syy += fy * fy; sxy += fx * fy
                        box.minX = min(box.minX, x); box.maxX = max(box.maxX, x + 1)
                        box.minY = min(box.minY, y); box.maxY = max(box.maxY, y + 1)
                        for dy in -1...1 {
                            let ny = y + dy
                            if ny < 0 || ny >= height { continue }
                            for dx in -1...1 {
                                let nx = x + dx
                                if nx < 0 || nx >= width || (dx == 0 && dy == 0) { continue }
                                let q = ny * width + nx
                                if mask[q] && labels[q] < 0 {
                                    labels[q] = id
                                    stack.append(q)
                                }
                            }
                        }
                    }
                    let n = Double(count)
                    let cxx = sxx / n - (sx / n) * (sx / n), cyy = syy / n - (sy / n) * (sy / n)
                    let cxy = sxy / n - (sx / n) * (sy / n)
                    let spread = ((cxx - cyy) * (cxx - cyy) + 4 * cxy * cxy).squareRoot()
                    let major = (cxx + cyy + spread) / 2, minor = max(1e-9, (cxx + cyy - spread) / 2)
                    // Image y grows downwards, so the angle's sign flips.
                    let angle = -0.5 * atan2(2 * cxy, cxx - cyy) * 180 / .pi
                    components.append(Component(
                        id: Int(id), box: box, pixelCount: count, axis: (angle, (major / minor).squareRoot())))
                }
            }
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
