import Foundation
import Testing
@testable import FigScribe

@Suite("SafeFileWriter")
struct SafeFileWriterTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesANewFileAndLeavesNoTemporaryFile() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("out.png")
        try SafeFileWriter.write([1, 2, 3], to: url, replacing: false)
        #expect(try Data(contentsOf: url) == Data([1, 2, 3]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.png"])
    }

    @Test func keepsAnExistingFileUnlessReplacing() throws {
        let dir = try folder()
        let url = dir.appendingPathComponent("out.png")
        try Data([9]).write(to: url)
        #expect(throws: WriteError.exists(path: url.path)) { try SafeFileWriter.write([1], to: url, replacing: false) }
        #expect(try Data(contentsOf: url) == Data([9]))
        try SafeFileWriter.write([1], to: url, replacing: true)
        #expect(try Data(contentsOf: url) == Data([1]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.png"])
    }

    @Test func aMissingFolderIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent/figscribe/out.png")
        #expect(throws: WriteError.self) { try SafeFileWriter.write([1], to: url, replacing: false) }
    }
}
