import Foundation

/// Writes the diff image of a check result as a PNG file.
public enum DiffImageWriter {
    /// Draws the result's differences over its image and writes the PNG whole to `url`.
    /// - Parameter replacing: whether an existing file at `url` may be replaced.
    /// - Throws: `DiffImageError`, `DecodeError`, `EncodeError` or `OutputFileError`.
    public static func write(_ result: CheckResult, to url: URL, replacing: Bool, maxPixels: Int = PNGDecoder.defaultMaxPixels) throws {
        guard let comparison = result.comparison else { throw DiffImageError.noComparison(image: result.image) }
        let image = try PNGDecoder(maxPixels: maxPixels).decode(contentsOf: URL(fileURLWithPath: result.image))
        let drawn = DiffImage.render(image: image, figures: result.figures, differences: comparison.differences)
        try OutputFile.write(try PNGEncoder.encode(drawn), to: url, replacing: replacing)
    }
}

/// Why no diff image was drawn.
public enum DiffImageError: Error, Equatable, Sendable, CustomStringConvertible {
    case noComparison(image: String)

    public var description: String {
        switch self {
        case .noComparison(let image): return "no diff image: \(image) could not be checked"
        }
    }
}
