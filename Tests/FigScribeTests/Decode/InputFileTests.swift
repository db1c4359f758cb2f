import Foundation
import Testing

@testable import FigScribe

/// Each way of failing to read an input file has its own one-line reason.
@Suite("Input files")
struct InputFileTests {
    /// A fresh empty folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func missingFile() {
        #expect(throws: DecodeError.fileUnreadable(reason: "no such file")) {
            try InputFile.contents(of: URL(fileURLWithPath: "/nonexistent/figure.png"), maxBytes: 100)
        }
    }

    @Test func directoryInsteadOfFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DecodeError.fileUnreadable(reason: "is a directory, not a file")) {
            try InputFile.contents(of: folder, maxBytes: 100)
        }
    }

    @Test func fileInPlaceOfAFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        #expect(throws: DecodeError.fileUnreadable(reason: "a folder in the path is not a directory")) {
            try InputFile.contents(of: file.appendingPathComponent("figure.png"), maxBytes: 100)
        }
    }

    @Test func emptyFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("empty.png")
        try Data().write(to: file)
        #expect(throws: DecodeError.fileUnreadable(reason: "empty file")) { try InputFile.contents(of: file, maxBytes: 100) }
    }

    @Test func fileOverTheSizeLimitIsRefusedUnread() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.png")
        try Data(repeating: 7, count: 5000).write(to: file)
        #expect(throws: DecodeError.fileTooLarge(bytes: 5000, limit: 4999)) { try InputFile.contents(of: file, maxBytes: 4999) }
        #expect(try InputFile.contents(of: file, maxBytes: 5000).count == 5000)
    }

    @Test func deviceIsNotARegularFile() {
        #expect(throws: DecodeError.fileUnreadable(reason: "not a regular file")) {
            try InputFile.contents(of: URL(fileURLWithPath: "/dev/null"), maxBytes: 100)
        }
    }

    /// Root reads every file, so a real permission test only runs as another user; the
    /// message itself is checked for everyone.
    @Test func permissionDeniedMessage() {
        #expect(InputFile.reason(errno: EACCES) == "permission denied")
        #expect(InputFile.reason(errno: EPERM) == "permission denied")
        #expect(InputFile.reason(errno: EIO).hasPrefix("cannot be read ("))
    }

    @Test(.disabled(if: getuid() == 0, "root may read a file without read permission"))
    func unreadableFileSaysPermissionDenied() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.png")
        try Data("x".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        #expect(throws: DecodeError.fileUnreadable(reason: "permission denied")) { try InputFile.contents(of: file, maxBytes: 100) }
    }
}
