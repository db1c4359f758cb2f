/// Narrow glyphs set close together ("1.1" in a sans-serif font) run into one another for
/// Tesseract's LSTM, which then reads them as fewer glyphs ("1"). With blank columns put
/// between them, they are read one by one.
enum SpacedGlyphs {
    /// `line` with `gap` columns of its background after every run of inked columns but
    /// the last (a gap of a quarter of the line's height, at least 2 pixels, by default).
    /// Ink is what differs from the background (the level of the border) by more than half
    /// as much as the farthest pixel does; `line` itself when it has no ink.
    static func image(_ line: RGBAImage, gap: Int? = nil) -> RGBAImage {
        let gray = GrayImage(luminanceOf: line)
        let background = gray.borderLevel()
        let farthest = gray.values.map { abs($0 - background) }.max() ?? 0
        guard farthest > 0 else { return line }
        let inked = (0..<line.width).map { x in
            (0..<line.height).contains { abs(gray.values[$0 * line.width + x] - background) > farthest / 2 }
        }
        let blank = max(2, gap ?? line.height / 4)
        var columns: [Int?] = []  // source column, or nil for a blank one
        for x in 0..<line.width {
            if x > 0, inked[x - 1], !inked[x], inked[x...].contains(true) {
                columns += [Int?](repeating: nil, count: blank)
            }
            columns.append(x)
        }
        let level = UInt8(max(0, min(255, background.rounded())))
        var out = RGBAImage(width: columns.count, height: line.height, fill: RGBA(r: level, g: level, b: level))
        for (i, source) in columns.enumerated() {
            guard let source else { continue }
            for y in 0..<line.height { out[i, y] = line[source, y] }
        }
        return out
    }
}
