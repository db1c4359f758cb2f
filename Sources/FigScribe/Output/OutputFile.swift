import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a document so that it appears whole: into a temporary file beside it, then
/// renamed into place. Never overwrites a file unless told to.
public enum OutputFile {
    /// Writes `bytes` to `url`.
    /// - Parameter replacing: whether an existing file may be replaced (it keeps its permissions).
    /// - Throws: `OutputFileError.exists` when the file exists and `replacing` is false,
    ///   `.writeFailed` when the folder cannot be written.
    public static func write(_ bytes: [UInt8], to url: URL, replacing: Bool) throws {
        let path = url.path
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).figscribe-\(UUID().uuidString)")
        let existing = try? FileManager.default.attributesOfItem(atPath: path)
        if existing != nil && !replacing { throw OutputFileError.exists(path: path) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw OutputFileError.writeFailed(path: path, reason: "cannot create a file in \(folder.path)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        if let permissions = existing?[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        if replacing {
            guard rename(temporary.path, path) == 0 else {
                throw OutputFileError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        } else {
            // link() fails if the name was taken meanwhile: no silent overwrite even then.
            guard link(temporary.path, path) == 0 else {
                if errno == EEXIST { throw OutputFileError.exists(path: path) }
                throw OutputFileError.writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Copies `url` to `url.orig` before it is replaced.
    /// - Parameter replacing: whether an existing backup may be replaced.
    /// - Throws: `OutputFileError.exists` when the backup exists and `replacing` is false,
    ///   `.writeFailed` otherwise.
    public static func backUp(_ url: URL, replacing: Bool) throws -> URL {
        let backup = URL(fileURLWithPath: url.path + ".orig")
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw OutputFileError.writeFailed(path: backup.path, reason: "cannot read \(url.path)")
        }
        try write([UInt8](data), to: backup, replacing: replacing)
        return backup
    }
}

/// Why an output file was not written.
public enum OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case exists(path: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path) exists; not overwritten (use --force, or remove it)"
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
