import Foundation

/// Reads heatmap figures from PNG files: Decode → Layout → evidence → Text → Scale → Values.
///
/// Not thread-safe: it owns OCR engines. Use one reader per thread.
public final class HeatmapReader {
    private let limits: ReadLimits
    private let decoder: PNGDecoder
    private let lineReader: LineReader
    /// Time per stage of the reads since the timings were last reset.
    public let timings = StageTimings()

    /// Creates a reader.
    /// - Parameters:
    ///   - limits: the file size, pixel, text line and time bounds of one read.
    ///   - tessdata: a directory holding Tesseract's `.traineddata` files (else found automatically).
    /// - Throws: `TextError` when the OCR language data cannot be found.
    public init(limits: ReadLimits, tessdata: String? = nil) throws {
        self.limits = limits
        decoder = PNGDecoder(maxPixels: limits.maxPixels)
        lineReader = try LineReader(locator: TessdataLocator(explicitDirectory: tessdata))
    }

    /// Creates a reader with the default limits but `maxPixels`.
    public convenience init(maxPixels: Int = PNGDecoder.defaultMaxPixels, tessdata: String? = nil) throws {
        try self.init(limits: ReadLimits(maxPixels: maxPixels), tessdata: tessdata)
    }

    /// Reads one figure from a file.
    /// - Throws: `DecodeError` for unreadable files, `NoHeatmapError` when no heatmap is
    ///   found, `LimitError` when a limit of `ReadLimits` is reached.
    public func read(contentsOf url: URL) throws -> HeatmapFigure {
        let deadline = Deadline(seconds: limits.timeout)
        let (layout, text) = try readText(contentsOf: url, deadline: deadline)
        return FigureAssembler(layout: layout, text: text, file: url.lastPathComponent, timings: timings).assemble()
    }

    /// Reads one figure from PNG bytes held in memory (a notebook's output, say).
    /// - Parameters:
    ///   - pngData: the whole PNG file.
    ///   - name: what the figure's `image.file` reports.
    /// - Throws: as `read(contentsOf:)`.
    public func read(pngData: Data, name: String) throws -> HeatmapFigure {
        let deadline = Deadline(seconds: limits.timeout)
        let image = try timings.measure(.decode) { try decoder.decode(data: [UInt8](pngData)) }
        let (layout, text) = try readText(of: image, deadline: deadline)
        return FigureAssembler(layout: layout, text: text, file: name, timings: timings).assemble()
    }

    /// The stages up to OCR: the layout and the text read from it.
    func readText(contentsOf url: URL, deadline: Deadline = .none) throws -> (FigureLayout, FigureText) {
        let image = try timings.measure(.decode) { try decoder.decode(contentsOf: url, maxFileBytes: limits.maxFileBytes) }
        return try readText(of: image, deadline: deadline)
    }

    private func readText(of image: RGBAImage, deadline: Deadline) throws -> (FigureLayout, FigureText) {
        try deadline.check("decoding")
        let layout: FigureLayout
        do {
            layout = try timings.measure(.layout) { () throws(LayoutError) -> FigureLayout in
                let layout = try LayoutAnalyzer().analyze(image)
                try HeatmapEvidence(layout: layout).verdict()
                return layout
            }
        } catch {
            throw NoHeatmapError(reason: error, width: image.width, height: image.height)
        }
        try deadline.check("layout")
        let lines = layout.texts.filter { $0.role != .other }.count + layout.annotations.count
        if lines > limits.maxTextLines { throw LimitError.tooManyTextLines(count: lines, limit: limits.maxTextLines) }
        let text = try timings.measure(.ocr) { try FigureTextReader(reader: lineReader, deadline: deadline).read(layout) }
        try deadline.check("text recognition")
        return (layout, text)
    }
}
