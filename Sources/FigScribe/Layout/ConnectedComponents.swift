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
        // Every labelled pixel is pushed once, so the stack never holds more than the image.
        let stack = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, width * height))
        defer { stack.deallocate() }
        // Unchecked buffers: the flood fill visits every pixel of the figure. The pixel sums
        // are whole numbers, kept exactly whatever the order of the visits.
        mask.withUnsafeBufferPointer { mask in
            labels.withUnsafeMutableBufferPointer { labels in
                for start in 0..<(width * height) where mask[start] && labels[start] < 0 {
                    let id = Int32(components.count)
                    var box = PixelRect(minX: start % width, minY: start / width,
                                        maxX: start % width + 1, maxY: start / width + 1)
                    var count = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0
                    labels[start] = id
                    stack[0] = start
                    var top = 1
                    while top > 0 {
                        top -= 1
                        let p = stack[top]
                        let y = p / width, x = p - y * width
                        count += 1
                        sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y
                        box.minX = min(box.minX, x); box.maxX = max(box.maxX, x + 1)
                        box.minY = min(box.minY, y); box.maxY = max(box.maxY, y + 1)
                        let left = x > 0 ? -1 : 0, right = x + 1 < width ? 1 : 0
                        let up = y > 0 ? -1 : 0, down = y + 1 < height ? 1 : 0
                        for dy in up...down {
                            let row = p + dy * width
                            for dx in left...right {
                                let q = row + dx
                                if mask[q] && labels[q] < 0 {
                                    labels[q] = id
                                    stack[top] = q
                                    top += 1
                                }
                            }
                        }
                    }
                    let n = Double(count), mx = Double(sx) / n, my = Double(sy) / n
                    let cxx = Double(sxx) / n - mx * mx, cyy = Double(syy) / n - my * my
                    let cxy = Double(sxy) / n - mx * my
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
