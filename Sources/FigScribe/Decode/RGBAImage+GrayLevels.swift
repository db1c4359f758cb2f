extension RGBAImage {
    /// One level per pixel when every pixel is opaque gray, else nil.
    var grayLevels: [UInt8]? {
        var levels = [UInt8](repeating: 0, count: width * height)
        let gray = pixels.withUnsafeBufferPointer { p -> Bool in
            for i in levels.indices {
                let v = p[4 * i]
                guard p[4 * i + 1] == v, p[4 * i + 2] == v, p[4 * i + 3] == 255 else { return false }
                levels[i] = v
            }
            return true
        }
        return gray ? levels : nil
    }

    /// An opaque gray image of one level per pixel, row by row.
    init(width: Int, height: Int, grayLevels levels: [UInt8]) {
        precondition(levels.count == width * height, "gray levels do not match size")
        var p = [UInt8](repeating: 255, count: width * height * 4)
        for (i, g) in levels.enumerated() {
            p[i * 4] = g; p[i * 4 + 1] = g; p[i * 4 + 2] = g
        }
        self.init(width: width, height: height, pixels: p)
    }
}
