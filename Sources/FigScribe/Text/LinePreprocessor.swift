/// Turns a tight, upright crop of one text line into what Tesseract reads best.
///
/// Tesseract's LSTM models misread 10 px glyphs (`0.75` → `075`) but read them well once
/// enlarged: the crop is converted to gray, stretched so the background is white and the
/// darkest ink black, enlarged with bicubic interpolation and padded with background.
public struct LinePreprocessor: Sendable {
    /// The height (in pixels) the line's crop is enlarged towards.
    public var targetHeight: Double
    /// The largest enlargement used.
    public var maximumScale: Double
    /// Background added on every side, in output pixels.
    public var padding: Int

    /// Creates a preprocessor.
    /// - Parameters:
    ///   - targetHeight: enlarge so the crop is about this tall (a 12 px label becomes ~3×).
    ///   - maximumScale: never enlarge more than this.
    ///   - padding: background pixels to add around the enlarged line.
    public init(targetHeight: Double = 40, maximumScale: Double = 4, padding: Int = 16) {
        self.targetHeight = targetHeight
        self.maximumScale = maximumScale
        self.padding = padding
    }

    /// Prepares `line` for recognition.
    /// - Parameter line: a tight crop of one upright line, text darker (or more coloured) than
    ///   its background; a light-on-dark crop is inverted.
    /// - Returns: the enlarged gray image and the mapping back to `line`.
    public func prepare(_ line: RGBAImage) -> PreparedLine {
        var gray = GrayImage(luminanceOf: line)
        let background = gray.borderLevel()
        let darkest = gray.values.min() ?? 0
        let brightest = gray.values.max() ?? 255
        if background < (darkest + brightest) / 2 {
            for i in gray.values.indices { gray.values[i] = 255 - gray.values[i] }
        }
        let bg = max(gray.borderLevel(), 1)
        let ink = gray.values.min() ?? 0
        let range = max(bg - ink, 1)
        for i in gray.values.indices {
            gray.values[i] = max(0, min(255, (gray.values[i] - ink) / range * 255))
        }
        let scale = min(maximumScale, max(1, targetHeight / Double(max(line.height, 1))))
        let enlarged = scale > 1.01 ? gray.scaledBicubic(by: scale) : gray
        let padded = enlarged.padded(by: padding, fill: 255)
        return PreparedLine(gray: padded, scale: scale, padding: padding)
    }
}
