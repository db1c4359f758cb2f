import Foundation
import Testing
@testable import FigScribe

@Suite("OutputFileWriter")
struct OutputFileWriterTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesNewFileWholeAndLeavesNoTemporary() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("a.json")
        try OutputFileWriter(overwrite: false).write("{}\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.json"])
    }

    @Test func keepsAnExistingFileUnlessForced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("a.md")
        try "mine".write(to: target, atomically: false, encoding: .utf8)
        #expect(throws: OutputFileError.exists(target.path)) {
            try OutputFileWriter(overwrite: false).write("new", to: target)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.md"])
        try OutputFileWriter(overwrite: true).write("new", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
    }

    @Test func missingFolderIsAWriteError() {
        let target = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/a.md")
        #expect {
            try OutputFileWriter(overwrite: false).write("x", to: target)
        } throws: { error in
            if case .writeFailed = error as? OutputFileError { return true }
            return false
        }
    }
}
