import Foundation
import Testing

@testable import FigScribe

@Suite struct OutputFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func neverOverwritesUnlessTold() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.md")
        try OutputFile.write(Array("one".utf8), to: file, replacing: false)
        #expect(throws: OutputFileError.exists(path: file.path)) {
            try OutputFile.write(Array("two".utf8), to: file, replacing: false)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "one")
        try OutputFile.write(Array("three".utf8), to: file, replacing: true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "three")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.md"], "no temporary file left")
    }

    @Test func backupKeepsTheOriginalOnce() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("doc.md")
        try Data("original".utf8).write(to: file)
        let backup = try OutputFile.backUp(file, replacing: false)
        #expect(backup.lastPathComponent == "doc.md.orig")
        #expect(try String(contentsOf: backup, encoding: .utf8) == "original")
        #expect(throws: OutputFileError.exists(path: backup.path)) { _ = try OutputFile.backUp(file, replacing: false) }
    }

    @Test func unwritableFolderIsAClearError() {
        let file = URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/out.md")
        #expect(throws: OutputFileError.self) { try OutputFile.write([1], to: file, replacing: false) }
    }
}
