import CPNGDecode
import Foundation

/// Decodes PNG files into 8-bit RGBA rasters with libpng.
public struct PNGDecoder: Sendable {
    /// The largest image accepted, in pixels (checked from the header, before allocating).
    public var maxPixels: Int

    /// The default limit: 64 megapixels.
    public static let defaultMaxPixels = 64_000_000

    public init(maxPixels: Int = PNGDecoder.defaultMaxPixels) {
        self.maxPixels = maxPixels
    }

    /// Decodes PNG bytes held in memory.
    /// - Throws: `DecodeError` when the bytes are not a readable PNG or exceed `maxPixels`.
    public func decode(data: [UInt8]) throws(DecodeError) -> RGBAImage {
        var image = fs_png_image()
        let status = data.withUnsafeBufferPointer { buffer in
            fs_png_decode(buffer.baseAddress, buffer.count, UInt64(max(0, maxPixels)), &image)
        }
        defer { fs_png_free(&image) }
        let message = withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        switch status {
        case FS_PNG_OK:
            let count = Int(image.width) * Int(image.height) * 4
            guard let base = image.pixels else { throw .unreadable(message: "no pixel data") }
            let pixels = Array(UnsafeBufferPointer(start: base, count: count))
            return RGBAImage(width: Int(image.width), height: Int(image.height), pixels: pixels)
        case FS_PNG_NOT_PNG:
            throw .notPNG
        case FS_PNG_TOO_LARGE:
            throw .tooLarge(width: Int(image.width), height: Int(image.height), limit: maxPixels)
        default:
            throw .unreadable(message: message)
        }
    }

    /// Reads and decodes a PNG file.
    /// - Parameter maxFileBytes: the largest file accepted, checked before reading it.
    /// - Throws: `DecodeError.fileUnreadable` / `.fileTooLarge` when the file cannot be
    ///   read, else as `decode(data:)`.
    public func decode(contentsOf url: URL, maxFileBytes: Int = ReadLimits.defaultMaxFileBytes) throws(DecodeError) -> RGBAImage {
        try decode(data: InputFile.contents(of: url, maxBytes: maxFileBytes))
    }
}

/// Why an image could not be decoded.
public enum DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileUnreadable(reason: String)
    case notPNG
    case unreadable(message: String)
    case tooLarge(width: Int, height: Int, limit: Int)
    case fileTooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .fileUnreadable(let reason):
            return reason
        case .notPNG:
            return "not a PNG file (bad signature)"
        case .unreadable(let message):
            return "not a readable PNG (libpng: \(message))"
        case .tooLarge(let width, let height, let limit):
            return "image is \(width)×\(height) = \(width * height) pixels, over the limit of \(limit) (raise it with --max-pixels)"
        case .fileTooLarge(let bytes, let limit):
            return "file is \(bytes) bytes, over the limit of \(limit) (raise it with --max-file-size)"
        }
    }
}
