import Foundation
import Testing

/// `describe` with many inputs: folders, --files-from, --jobs, JSON Lines and --output.
@Suite(
    "figscribe describe batches",
    .enabled(if: FigScribeBinary.url != nil, "figscribe binary not found next to the tests; run swift build or set FIGSCRIBE_BIN"))
struct BatchCommandLineTests {
    static let imageNames = ["mpl_imshow_viridis", "gnuplot_viridis", "sns_corr_coolwarm"]
    static var images: [String] { imageNames.map { Paths.goldenImages.appendingPathComponent("\($0).png").path } }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func lines(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { try CommandLineTests.jsonObject(String($0)) }
    }

    @Test func jsonLinesInInputOrderWithErrorsIncluded() throws {
        let missing = "/nonexistent/missing.png"
        let run = try CommandLineTests.run(["describe", "--format", "json", "--jobs", "2", Self.images[0], missing, Self.images[1]])
        #expect(run.status == 2)
        let objects = try Self.lines(run.stdout)
        try #require(objects.count == 3, "stdout: \(run.stdout)")
        #expect((objects[0]["image"] as? [String: Any])?["file"] as? String == "mpl_imshow_viridis.png")
        #expect(objects[1]["file"] as? String == missing && objects[1]["status"] as? Int == 2 && objects[1]["error"] is String)
        #expect((objects[2]["image"] as? [String: Any])?["file"] as? String == "gnuplot_viridis.png")
        #expect(run.stderr.contains("1 of 3 images failed"), "stderr: \(run.stderr)")
    }

    @Test func parallelRunEqualsSerialRun() throws {
        let serial = try CommandLineTests.run(["describe", "--format", "json", "--jobs", "1"] + Self.images)
        let parallel = try CommandLineTests.run(["describe", "--format", "json", "--jobs", "3"] + Self.images)
        #expect(serial.status == parallel.status)
        #expect(serial.stdout == parallel.stdout)
        #expect(serial.stdout.split(separator: "\n").count == 3)
    }

    @Test func filesFromAndFoldersGiveTheSameList() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list.txt")
        let sorted = Self.images.sorted()
        try (sorted.joined(separator: "\n") + "\n").write(to: list, atomically: true, encoding: .utf8)
        let folder = dir.appendingPathComponent("figs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for path in Self.images {
            try FileManager.default.copyItem(atPath: path, toPath: folder.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        let fromList = try CommandLineTests.run(["describe", "--format", "json", "--files-from", list.path])
        let fromFolder = try CommandLineTests.run(["describe", "--format", "json", folder.path])
        #expect(fromList.status == 0, "stderr: \(fromList.stderr)")
        #expect(fromList.stdout == fromFolder.stdout)
        let names = try Self.lines(fromList.stdout).map { ($0["image"] as? [String: Any])?["file"] as? String }
        #expect(names == sorted.map { ($0 as NSString).lastPathComponent })
    }

    @Test func outputFolderGetsOneFileEachAndKeepsExistingOnes() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let existing = dir.appendingPathComponent("gnuplot_viridis.md")
        try "keep me".write(to: existing, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["describe", "--output", dir.path] + Self.images)
        #expect(run.status == 2, "an existing file is not overwritten: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--force"))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == Self.imageNames.map { "\($0).md" }.sorted())
        let forced = try CommandLineTests.run(["describe", "--output", dir.path, "--force"] + Self.images)
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        #expect(try String(contentsOf: existing, encoding: .utf8).hasPrefix("#"))
    }

    @Test func badBatchOptionsAreUsageErrors() throws {
        #expect(try CommandLineTests.run(["describe", "--jobs", "0", Self.images[0]]).status == 64)
        let run = try CommandLineTests.run(["describe", "--files-from", "/nonexistent/list.txt"])
        #expect(run.status == 2 && run.stderr.hasPrefix("figscribe: "))
        let notFolder = try CommandLineTests.run(["describe", "--output", Self.images[0], Self.images[0]])
        #expect(notFolder.status == 2 && notFolder.stderr.contains("--output"))
    }
}
