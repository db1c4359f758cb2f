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

    /// Reads one figure from a file: one heatmap, or several panels.
    /// - Throws: as `read(contentsOf:)`.
    public func readFigure(contentsOf url: URL) throws -> FigureReading {
        let deadline = Deadline(seconds: limits.timeout)
        let image = try timings.measure(.decode) { try decoder.decode(contentsOf: url, maxFileBytes: limits.maxFileBytes) }
        try deadline.check("decoding")
        let ink: FigureInk
        let panels: PanelLayouts?
        do {
            (ink, panels) = try timings.measure(.layout) { () throws(LayoutError) -> (FigureInk, PanelLayouts?) in
                let ink = try FigureInk(image)
                return (ink, try PanelLayoutAnalyzer().analyze(ink))
            }
        } catch {
            throw NoHeatmapError(reason: error, width: image.width, height: image.height)
        }
        let file = url.lastPathComponent
        guard let panels else {
            let (layout, text) = try readText(of: ink, deadline: deadline)
            return .heatmap(FigureAssembler(layout: layout, text: text, file: file, timings: timings).assemble())
        }
        try deadline.check("layout")
        let lines = panels.panels.map { p in p.texts.filter { $0.role != .other }.count + p.annotations.count }.reduce(0, +)
        if lines > limits.maxTextLines { throw LimitError.tooManyTextLines(count: lines, limit: limits.maxTextLines) }
        let reader = FigureTextReader(reader: lineReader, deadline: deadline)
        let texts = try timings.measure(.ocr) { try panels.panels.map { try reader.read($0) } }
        var title: String?
        if !panels.titleLines.isEmpty {
            var layout = panels.panels[0]
            layout.texts = panels.titleLines.map { .init(line: $0, role: .title) }
            layout.annotations = []
            title = try timings.measure(.ocr) { try reader.read(layout).joined(.title) }
        }
        let figure = PanelFigureAssembler(layouts: panels, texts: texts, title: title, file: file, timings: timings).assemble()
        guard figure.panels.count == 1, var heatmap = figure.panels.first else { return .panels(figure) }
        // One heatmap beside other charts: the heatmap, its title the figure's when it has none.
        heatmap.title = figure.title ?? heatmap.title
        heatmap.warnings += figure.warnings
        return .heatmap(heatmap)
    }

    /// The stages up to OCR: the layout and the text read from it.
    func readText(contentsOf url: URL, deadline: Deadline = .none) throws -> (FigureLayout, FigureText) {
        let image = try timings.measure(.decode) { try decoder.decode(contentsOf: url, maxFileBytes: limits.maxFileBytes) }
        return try readText(of: image, deadline: deadline)
    }

    private func readText(of image: RGBAImage, deadline: Deadline) throws -> (FigureLayout, FigureText) {
        try deadline.check("decoding")
        let ink: FigureInk
        do {
            ink = try timings.measure(.layout) { () throws(LayoutError) -> FigureInk in try FigureInk(image) }
        } catch {
            throw NoHeatmapError(reason: error, width: image.width, height: image.height)
        }
        return try readText(of: ink, deadline: deadline)
    }

    private func readText(of ink: FigureInk, deadline: Deadline) throws -> (FigureLayout, FigureText) {
        let image = ink.image
        let layout: FigureLayout
        do {
            layout = try timings.measure(.layout) { () throws(LayoutError) -> FigureLayout in
                try CheckedLayout.layOut(ink)
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
