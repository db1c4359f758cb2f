import Foundation

/// Reads an input file's bytes, with one clear reason for each way that can fail and a
/// size limit checked before anything is read.
enum InputFile {
    /// The whole file.
    /// - Throws: `DecodeError.fileUnreadable` (missing, a directory, permission denied, empty,
    ///   a read error) or `DecodeError.fileTooLarge`.
    static func contents(of url: URL, maxBytes: Int) throws(DecodeError) -> [UInt8] {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw .fileUnreadable(reason: reason(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .fileUnreadable(reason: reason(errno: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .fileUnreadable(reason: reason(errno: EISDIR)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .fileUnreadable(reason: "not a regular file") }
        let size = Int(info.st_size)
        if size > maxBytes { throw .fileTooLarge(bytes: size, limit: maxBytes) }
        if size == 0 { throw .fileUnreadable(reason: "empty file") }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw .fileUnreadable(reason: n == 0 ? "the file shrank while being read" : reason(errno: errno))
            }
            done += n
        }
        return bytes
    }

    /// The message for a failed open or read.
    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EISDIR: return "is a directory, not a file"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a folder in the path is not a directory"
        case ELOOP: return "too many symbolic links"
        case ENAMETOOLONG: return "file name too long"
        default: return "cannot be read (\(String(cString: strerror(code))))"
        }
    }
}
