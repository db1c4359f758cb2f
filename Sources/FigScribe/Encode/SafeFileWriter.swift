import Foundation

/// Writes a file so that it appears whole: the bytes go to a temporary file in the same
/// directory, which is then moved into place. An existing file is kept unless replacing
/// is asked for.
public enum SafeFileWriter {
    /// Writes `bytes` to `url`.
    /// - Parameter replacing: whether an existing file at `url` may be replaced.
    /// - Throws: `WriteError` when the file exists (and `replacing` is false) or cannot be written.
    public static func write(_ bytes: [UInt8], to url: URL, replacing: Bool) throws(WriteError) {
        let path = url.path
        if !replacing && FileManager.default.fileExists(atPath: path) { throw .exists(path: path) }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
        defer { unlink(temporary.path) }
        if replacing {
            guard rename(temporary.path, path) == 0 else {
                throw .unwritable(path: path, reason: Self.reason(errno: errno))
            }
        } else {
            // link(2) fails when the target exists, so a file made meanwhile is not replaced.
            guard link(temporary.path, path) == 0 else {
                let code = errno
                if code == EEXIST { throw .exists(path: path) }
                throw .unwritable(path: path, reason: Self.reason(errno: code))
            }
        }
    }

    private static func reason(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Why an output file was not written.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case exists(path: String)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path): file exists (use --force to replace it)"
        case .unwritable(let path, let reason): return "\(path): cannot write (\(reason))"
        }
    }
}
