import CTesseract
import CTesseractStandIns
import Foundation

/// One Tesseract model, loaded once and reused for many small images.
///
/// A `TessBaseAPI` is not thread-safe: create one engine per thread (or per task) and
/// don't share it. Loading costs ~70 ms; a short line then costs a few milliseconds.
public final class OCREngine {
    /// The model name, e.g. `eng`, `Greek`, `Latin`.
    public let language: String
    /// The directory the model was loaded from.
    public let tessdataDirectory: String

    private let handle: OpaquePointer
    private var currentWhitelist = ""

    /// OpenMP's default thread pool makes tiny images ~10× slower; one thread per engine is
    /// fastest. libgomp reads `OMP_THREAD_LIMIT` when it is loaded (before any Swift code
    /// runs), so setting it here only helps child processes; what takes effect in-process is
    /// `omp_set_max_active_levels(0)`, which makes every parallel region run on the calling
    /// thread. The function is looked up at run time so a Tesseract built without OpenMP
    /// (Homebrew's) needs no libgomp.
    private static let setMaxActiveLevels: (@convention(c) (Int32) -> Void)? = {
        setenv("OMP_THREAD_LIMIT", "1", 0)
        guard let program = dlopen(nil, RTLD_NOW),
              let symbol = dlsym(program, "omp_set_max_active_levels") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Void).self)
    }()

    /// OpenMP settings are per thread: apply them on the thread about to recognise.
    private static func runOpenMPSerially() {
        setMaxActiveLevels?(0)
    }

    /// Loads `language` from the directory `locator` finds, LSTM engine only, without the
    /// legacy engine's universal ambiguity table.
    /// - Parameters:
    ///   - language: a `.traineddata` base name such as `eng` or `Greek`.
    ///   - locator: where to look for the data.
    ///   - wordDictionary: whether to load the model's word list, which pulls readings
    ///     towards known words. `Latin`'s is 88.8 MB of its 89 MB and takes a second to load.
    /// - Throws: ``TextError/languageDataMissing(language:file:searched:)`` or
    ///   ``TextError/engineInitFailed(language:tessdata:)``.
    public init(language: String, locator: TessdataLocator = TessdataLocator(), wordDictionary: Bool = true) throws {
        Self.runOpenMPSerially()
        let dir = try locator.directory(for: language)
        let file = URL(fileURLWithPath: dir).appendingPathComponent("\(language).traineddata")
        let data: TrainedData
        do {
            data = try TrainedData(contentsOf: file, omitting: wordDictionary ? [] : [.wordDictionary])
        } catch {
            throw TextError.engineInitFailed(language: language, tessdata: dir)
        }
        guard let api = TessBaseAPICreate() else {
            throw TextError.engineInitFailed(language: language, tessdata: dir)
        }
        // An LSTM-only engine never reads the universal ambiguity table Tesseract builds at
        // every init (a third of a cold describe): skip it (see CTesseractStandIns).
        figscribe_skip_universal_ambigs(1)
        defer { figscribe_skip_universal_ambigs(0) }
        let status = data.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Self.withCStrings(Self.settings.map(\.name), Self.settings.map(\.value)) { names, values in
                    TessBaseAPIInit5(api, chars.baseAddress, Int32(chars.count), language, OEM_LSTM_ONLY,
                                     nil, 0, names, values, Self.settings.count, 0)
                }
            }
        }
        guard status == 0 else {
            TessBaseAPIEnd(api)
            TessBaseAPIDelete(api)
            throw TextError.engineInitFailed(language: language, tessdata: dir)
        }
        self.handle = api
        self.language = language
        self.tessdataDirectory = dir
    }

    /// Variables set when an engine starts.
    /// - `debug_file`: Tesseract's warnings go nowhere (the reader reports its own).
    /// - `invert_threshold`: a line whose network output is unsure is not read a second time
    ///   as light text on dark. Every line image is prepared dark on light, so that second
    ///   reading never helps; it ran for over half the lines (a sixth of a figure's
    ///   instructions), and when its unsure output won, it replaced a lone "0" with nothing
    ///   or "W/m²" with "W/m?".
    static let settings: [(name: String, value: String)] = [("debug_file", "/dev/null"), ("invert_threshold", "0")]

    /// Calls `body` with C arrays of `names` and `values` that live for the call.
    private static func withCStrings<R>(
        _ names: [String], _ values: [String],
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R
    ) -> R {
        var n = names.map { strdup($0) }, v = values.map { strdup($0) }
        defer { (n + v).forEach { free($0) } }
        return n.withUnsafeMutableBufferPointer { np in
            v.withUnsafeMutableBufferPointer { vp in body(np.baseAddress!, vp.baseAddress!) }
        }
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Reads `image`.
    /// - Parameters:
    ///   - image: RGBA pixels (an opaque gray image is passed to Tesseract as one byte per pixel).
    ///   - mode: single line, word or character.
    ///   - whitelist: the only characters allowed in the result; empty allows all.
    ///   - resolution: the nominal resolution in ppi (silences Tesseract's estimate).
    /// - Returns: the text, mean confidence and glyphs with boxes in `image`'s coordinates.
    /// - Throws: ``TextError/emptyImage(width:height:)``.
    public func recognize(
        _ image: RGBAImage, mode: PageSegmentation = .singleLine, whitelist: String = "", resolution: Int = 300
    ) throws -> OCRResult {
        // Tesseract copies, thresholds and (for the LSTM) encodes each image at the depth it
        // is given: a gray image costs less as one byte per pixel, and reads the same.
        if let gray = image.grayLevels {
            return try recognize(bytes: gray, width: image.width, height: image.height, channels: 1,
                                 mode: mode, whitelist: whitelist, resolution: resolution)
        }
        return try recognize(bytes: image.pixels, width: image.width, height: image.height, channels: 4,
                             mode: mode, whitelist: whitelist, resolution: resolution)
    }

    /// Reads a prepared line, handing Tesseract its gray levels.
    /// - Parameters: as for reading an `RGBAImage`, with `line` in place of the image.
    /// - Returns: the text, mean confidence and glyphs with boxes in the line image's coordinates.
    /// - Throws: ``TextError/emptyImage(width:height:)``.
    public func recognize(
        _ line: PreparedLine, mode: PageSegmentation = .singleLine, whitelist: String = "", resolution: Int = 300
    ) throws -> OCRResult {
        try recognize(bytes: line.levels, width: line.width, height: line.height, channels: 1,
                      mode: mode, whitelist: whitelist, resolution: resolution)
    }

    private func recognize(
        bytes: [UInt8], width: Int, height: Int, channels: Int, mode: PageSegmentation, whitelist: String, resolution: Int
    ) throws -> OCRResult {
        guard width > 0, height > 0 else {
            throw TextError.emptyImage(width: width, height: height)
        }
        if whitelist != currentWhitelist {
            _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist)
            currentWhitelist = whitelist
        }
        Self.runOpenMPSerially()
        TessBaseAPISetPageSegMode(handle, TessPageSegMode(rawValue: UInt32(mode.rawValue)))
        bytes.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(width), Int32(height), Int32(channels), Int32(width * channels))
        }
        TessBaseAPISetSourceResolution(handle, Int32(resolution))
        defer { TessBaseAPIClear(handle) }
        // The line images Tesseract keeps for its network need no PNG round trip (see
        // CTesseractStandIns).
        figscribe_uncompressed_line_images(1)
        let status = TessBaseAPIRecognize(handle, nil)
        figscribe_uncompressed_line_images(0)
        guard status == 0 else {
            return OCRResult(text: "", confidence: 0, symbols: [])
        }
        var text = ""
        if let raw = TessBaseAPIGetUTF8Text(handle) {
            defer { TessDeleteText(raw) }
            text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let confidence = Double(max(0, TessBaseAPIMeanTextConf(handle)))
        return OCRResult(text: text, confidence: confidence, symbols: symbols())
    }

    private func symbols() -> [RecognizedSymbol] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        guard let page = TessResultIteratorGetPageIteratorConst(iterator) else { return [] }
        var result: [RecognizedSymbol] = []
        var wordIndex = -1
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 { wordIndex += 1 }
            guard let raw = TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: raw)
            TessDeleteText(raw)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard TessPageIteratorBoundingBox(page, RIL_SYMBOL, &l, &t, &r, &b) != 0 else { continue }
            let conf = Double(TessResultIteratorConfidence(iterator, RIL_SYMBOL))
            result.append(RecognizedSymbol(
                text: text, box: PixelRect(minX: Int(l), minY: Int(t), maxX: Int(r), maxY: Int(b)),
                confidence: conf, wordIndex: max(0, wordIndex)))
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return result
    }
}
