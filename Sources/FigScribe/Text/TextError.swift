/// Errors raised while locating language data or reading text from an image.
public enum TextError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No searched directory holds `file` (e.g. `eng.traineddata`).
    case languageDataMissing(language: String, file: String, searched: [String])
    /// Tesseract refused to initialise the model even though its file exists.
    case engineInitFailed(language: String, tessdata: String)
    /// The image has no pixels to read.
    case emptyImage(width: Int, height: Int)

    public var description: String {
        switch self {
        case let .languageDataMissing(language, file, searched):
            let places = searched.isEmpty ? "  (no directories to search)" : searched.map { "  - \($0)" }.joined(separator: "\n")
            return """
                Tesseract language data for "\(language)" not found: \(file) is in none of these places:
                \(places)
                Install it (Debian: apt-get install \(Self.debianPackage(for: language))), \
                pass --tessdata DIR, or set TESSDATA_PREFIX to the directory holding \(file).
                """
        case let .engineInitFailed(language, tessdata):
            return "Tesseract could not load the \"\(language)\" model from \(tessdata) (the .traineddata file may be damaged or from an incompatible version)."
        case let .emptyImage(width, height):
            return "Cannot read text from an empty \(width)×\(height) image."
        }
    }

    private static func debianPackage(for language: String) -> String {
        switch language {
        case "Greek": return "tesseract-ocr-script-grek"
        case "Latin": return "tesseract-ocr-script-latn"
        default: return "tesseract-ocr-\(language.lowercased())"
        }
    }
}
