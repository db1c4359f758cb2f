import Foundation

/// Writes output files whole: to a temporary file beside the target, then renamed into
/// place, so a reader never sees half a file and an interrupted run leaves no stub.
public struct OutputFileWriter: Sendable {
    /// Whether an existing file may be replaced.
    public var overwrite: Bool

    /// Creates a writer.
    public init(overwrite: Bool) { self.overwrite = overwrite }

    /// Writes `text` to `url`.
    /// - Throws: ``OutputFileError/exists(_:)`` when the file exists and `overwrite` is off
    ///   (checked atomically), ``OutputFileError/writeFailed(_:reason:)`` otherwise.
    public func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw OutputFileError.writeFailed(url.path, reason: "\(error.localizedDescription)")
        }
        defer { unlink(temporary.path) }
        if overwrite {
            guard rename(temporary.path, url.path) == 0 else {
                throw OutputFileError.writeFailed(url.path, reason: String(cString: strerror(errno)))
            }
        } else {
            // link() fails when the target exists, so no existing file is ever replaced.
            guard link(temporary.path, url.path) == 0 else {
                let code = errno
                if code == EEXIST { throw OutputFileError.exists(url.path) }
                throw OutputFileError.writeFailed(url.path, reason: String(cString: strerror(code)))
            }
        }
    }
}

/// Why an output file was not written.
public enum OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists and overwriting was not asked for.
    case exists(String)
    /// The file system refused.
    case writeFailed(String, reason: String)

    public var description: String {
        switch self {
        case let .exists(path): return "\(path) exists (use --force to replace it)"
        case let .writeFailed(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
