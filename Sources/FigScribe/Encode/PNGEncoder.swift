import CPNGEncode

/// Encodes 8-bit RGBA rasters as PNG with libpng.
public enum PNGEncoder {
    /// The PNG bytes of an image (8-bit RGBA, not interlaced).
    /// - Throws: `EncodeError` when libpng fails or memory runs out.
    public static func encode(_ image: RGBAImage) throws(EncodeError) -> [UInt8] {
        var encoded = fs_png_encoded()
        let status = image.pixels.withUnsafeBufferPointer { buffer in
            fs_png_encode_rgba(buffer.baseAddress, UInt32(image.width), UInt32(image.height), &encoded)
        }
        defer { fs_png_encoded_free(&encoded) }
        switch status {
        case FS_PNG_ENCODE_OK:
            guard let bytes = encoded.bytes else { throw .libpng(message: "no output") }
            return Array(UnsafeBufferPointer(start: bytes, count: encoded.size))
        case FS_PNG_ENCODE_NO_MEMORY:
            throw .outOfMemory
        default:
            let message = withUnsafeBytes(of: encoded.message) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            throw .libpng(message: message)
        }
    }
}

/// Why an image could not be encoded.
public enum EncodeError: Error, Equatable, Sendable, CustomStringConvertible {
    case libpng(message: String)
    case outOfMemory

    public var description: String {
        switch self {
        case .libpng(let message): return "cannot encode PNG (libpng: \(message))"
        case .outOfMemory: return "cannot encode PNG: out of memory"
        }
    }
}
