import ArgumentParser
import FigScribe

/// The bounds of one image's reading, as command-line options (`ReadLimits`).
struct LimitOptions: ParsableArguments {
    @Option(help: "Refuse files larger than this many bytes.")
    var maxFileSize: Int = ReadLimits.defaultMaxFileBytes

    @Option(help: "Refuse images with more pixels than this.")
    var maxPixels: Int = PNGDecoder.defaultMaxPixels

    @Option(help: "Refuse images with more text lines than this to read with OCR.")
    var maxTextLines: Int = ReadLimits.defaultMaxTextLines

    @Option(help: "Stop reading an image after this many seconds.")
    var timeout: Double?

    func validate() throws {
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be positive") }
        if maxPixels < 1 { throw ValidationError("--max-pixels must be positive") }
        if maxTextLines < 0 { throw ValidationError("--max-text-lines must not be negative") }
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    /// The limits for `HeatmapReader`.
    var readLimits: ReadLimits {
        ReadLimits(maxFileBytes: maxFileSize, maxPixels: maxPixels, maxTextLines: maxTextLines, timeout: timeout)
    }
}
