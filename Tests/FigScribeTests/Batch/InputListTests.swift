import Foundation
import Testing
@testable import FigScribe

@Suite("InputList")
struct InputListTests {
    /// A scratch folder with PNGs at two depths and files that are not PNGs.
    static func scratchFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.png", "a.PNG", "notes.txt", "sub/c.png", "sub/d.jpg"] {
            _ = FileManager.default.createFile(atPath: root.appendingPathComponent(name).path, contents: Data([0]))
        }
        return root
    }

    @Test func folderBecomesItsSortedPNGsBetweenTheOtherPaths() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let list = InputList.expand(["first.png", root.path, "missing.png"])
        #expect(list == ["first.png", "\(root.path)/a.PNG", "\(root.path)/b.png", "\(root.path)/sub/c.png", "missing.png"])
    }

    /// A folder without PNGs stays as given, so reading it reports a folder (exit 2).
    @Test func aFolderWithoutImagesStaysAsGiven() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(InputList.expand([root.path]) == [root.path])
    }

    @Test func listTextHasOnePathALine() {
        #expect(InputList.paths(inListText: "a.png\r\n\n  \nb c.png\n") == ["a.png", "b c.png"])
        #expect(InputList.paths(inListText: "").isEmpty)
    }
}
