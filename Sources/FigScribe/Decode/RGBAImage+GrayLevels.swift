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
}
