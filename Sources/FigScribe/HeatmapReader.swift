import Foundation

/// Reads heatmap figures from PNG files: Decode → Layout → Text → Scale → Values.
///
/// Not thread-safe: it owns OCR engines. Use one reader per thread.
public final class HeatmapReader {
    private let decoder: PNGDecoder
    private let lineReader: LineReader
    /// Time per stage of the reads since the timings were last reset.
    public let timings = StageTimings()

    /// Creates a reader.
    /// - Parameters:
    ///   - maxPixels: the largest image accepted.
    ///   - tessdata: a directory holding Tesseract's `.traineddata` files (else found automatically).
    /// - Throws: `TextError` when the OCR language data cannot be found.
    public init(maxPixels: Int = PNGDecoder.defaultMaxPixels, tessdata: String? = nil) throws {
        decoder = PNGDecoder(maxPixels: maxPixels)
        lineReader = try LineReader(locator: TessdataLocator(explicitDirectory: tessdata))
    }

    /// Reads one figure.
    /// - Throws: `DecodeError` for unreadable files, `NoHeatmapError` when no heatmap is found.
    public func read(contentsOf url: URL) throws -> HeatmapFigure {
        let (layout, text) = try readText(contentsOf: url)
        return FigureAssembler(layout: layout, text: text, file: url.lastPathComponent, timings: timings).assemble()
    }

    /// Reads one figure from PNG bytes held in memory (a notebook's output, say).
    /// - Parameters:
    ///   - pngData: the whole PNG file.
    ///   - name: what the figure's `image.file` reports.
    /// - Throws: `DecodeError` for unreadable bytes, `NoHeatmapError` when no heatmap is found.
    public func read(pngData: Data, name: String) throws -> HeatmapFigure {
        let (layout, text) = try readText(of: try timings.measure(.decode) { try decoder.decode(data: [UInt8](pngData)) })
        return FigureAssembler(layout: layout, text: text, file: name, timings: timings).assemble()
    }

    /// The stages up to OCR: the layout and the text read from it.
    func readText(contentsOf url: URL) throws -> (FigureLayout, FigureText) {
        try readText(of: try timings.measure(.decode) { try decoder.decode(contentsOf: url) })
    }

    private func readText(of image: RGBAImage) throws -> (FigureLayout, FigureText) {
        let layout: FigureLayout
        do {
            layout = try timings.measure(.layout) { () throws(LayoutError) in try LayoutAnalyzer().analyze(image) }
        } catch {
            throw NoHeatmapError(reason: error, width: image.width, height: image.height)
        }
        return (layout, try timings.measure(.ocr) { try FigureTextReader(reader: lineReader).read(layout) })
    }
}
