import Foundation
import Testing

/// Where the built `figscribe` binary is.
enum FigScribeBinary {
    /// The built binary: `FIGSCRIBE_BIN`, else next to the running test bundle, else in the
    /// package's usual build folders.
    static let url: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["FIGSCRIBE_BIN"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside a bundle (…/debug/X.xctest/Contents/MacOS/X): walk up.
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("figscribe"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("figscribe"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("figscribe"))
        for scratch in [".build-tests", ".build"] {
            candidates.append(Paths.packageRoot.appendingPathComponent("\(scratch)/debug/figscribe"))
        }
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }()
}

/// Runs the built `figscribe` binary and checks its exit status, stdout and stderr against
/// the contract in shared/docs/figure-json.md.
@Suite(
    "figscribe command line",
    .enabled(if: FigScribeBinary.url != nil, "figscribe binary not found next to the tests; run swift build or set FIGSCRIBE_BIN"))
struct CommandLineTests {
    /// The result of one run.
    struct Run {
        var status: Int32
        /// Whether the process ended by a signal (a crash) rather than exiting.
        var crashed: Bool
        var stdout: String
        var stderr: String
    }

    static let binary = FigScribeBinary.url

    static let golden = Paths.goldenImages.appendingPathComponent("mpl_imshow_viridis.png")

    static let pngSuiteFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.pngSuite.path)) ?? []
        return names.filter { $0.hasSuffix(".png") && $0 != "PngSuite.png" }.sorted()
    }()
    static let corrupt = pngSuiteFiles.filter { $0.hasPrefix("x") }
    static let valid = pngSuiteFiles.filter { !$0.hasPrefix("x") }

    /// Runs `figscribe` with arguments; stdout and stderr go to files so neither pipe can fill.
    static func run(_ arguments: [String]) throws -> Run {
        let binary = try #require(binary, "figscribe binary not found; build it (swift build) or set FIGSCRIBE_BIN")
        return try run(binary, arguments)
    }

    /// Runs a program with arguments and no standard input; stdout and stderr go to files
    /// so neither pipe can fill.
    static func run(_ executable: URL, _ arguments: [String]) throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    static func jsonObject(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object")
    }

    // MARK: - Unreadable input: exit 2, one line on stderr

    @Test func corruptPNGExitsTwoWithOneLine() throws {
        let path = Paths.pngSuite.appendingPathComponent("xcrn0g04.png").path
        let run = try Self.run(["describe", "--format", "json", path])
        #expect(!run.crashed)
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "stderr is not one line: \(run.stderr)")
        #expect(run.stderr.hasPrefix("figscribe: "))
        #expect(run.stderr.contains("xcrn0g04.png"))
        #expect(run.stdout.isEmpty)
    }

    @Test func missingFileExitsTwo() throws {
        let path = "/nonexistent/figscribe/missing.png"
        let run = try Self.run(["describe", "--format", "json", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("figscribe: "))
        #expect(run.stderr.contains("missing.png"))
        #expect(run.stdout.isEmpty)
    }

    @Test func truncatedPNGExitsTwoWithLibpngMessage() throws {
        let bytes = try Data(contentsOf: Self.golden)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-trunc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("half.png")
        try bytes.prefix(bytes.count / 2).write(to: url)
        let run = try Self.run(["describe", "--format", "json", url.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("figscribe: "))
        #expect(run.stderr.contains("not a readable PNG (libpng:"), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: corrupt)
    func everyCorruptPngSuiteFileExitsTwo(name: String) throws {
        let run = try Self.run(["describe", "--format", "json", Paths.pngSuite.appendingPathComponent(name).path])
        #expect(!run.crashed, "crashed with signal \(run.status)")
        #expect(run.status == 2, "stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("figscribe: ") && run.stderr.contains(name))
    }

    @Test func pngSuiteIsPresent() {
        #expect(Self.corrupt.count == 14)
        #expect(Self.valid.count == 161)
    }

    // MARK: - Valid images that are not heatmaps: 0 or 1, never a crash

    @Test func validNonHeatmapExitsZeroOrOneWithErrorJSON() throws {
        let run = try Self.run(["describe", "--format", "json", Paths.pngSuite.appendingPathComponent("basn0g01.png").path])
        #expect(!run.crashed)
        #expect(run.status == 0 || run.status == 1, "status \(run.status), stderr: \(run.stderr)")
        let object = try Self.jsonObject(run.stdout)
        if run.status == 1 {
            #expect(object["error"] is String, "no \"error\" key: \(run.stdout)")
            let image = object["image"] as? [String: Any]
            #expect(image?["width"] as? Int == 32 && image?["height"] as? Int == 32, "image size: \(run.stdout)")
        } else {
            #expect(object["schema"] as? String == "figscribe/heatmap@1")
        }
    }

    /// All valid PngSuite files in one call: the status is the worst of them, so 0 or 1 means
    /// none was unreadable and none crashed the process.
    @Test func everyValidPngSuiteFileExitsZeroOrOne() throws {
        let paths = Self.valid.map { Paths.pngSuite.appendingPathComponent($0).path }
        let run = try Self.run(["describe", "--format", "json"] + paths)
        #expect(!run.crashed, "crashed with signal \(run.status); stderr: \(run.stderr.suffix(500))")
        #expect(run.status == 0 || run.status == 1, "status \(run.status); stderr: \(run.stderr)")
        if run.crashed || run.status > 1 {
            // Name the culprits one by one.
            for path in paths {
                let single = try Self.run(["describe", "--format", "json", path])
                #expect(!single.crashed && single.status <= 1, "\(path): status \(single.status) \(single.stderr)")
            }
        }
    }

    // MARK: - A golden heatmap in each format

    @Test func jsonOutputFollowsTheSchema() throws {
        let before = try Data(contentsOf: Self.golden)
        let run = try Self.run(["describe", "--format", "json", Self.golden.path])
        let after = try Data(contentsOf: Self.golden)
        #expect(before == after, "the input image was modified")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try Self.jsonObject(run.stdout)
        #expect(object["schema"] as? String == "figscribe/heatmap@1")
        let grid = try #require(object["grid"] as? [String: Any])
        #expect(grid["rows"] as? Int == 8)
        #expect(grid["columns"] as? Int == 12)
        #expect((object["values"] as? [Any])?.count == 8)
    }

    @Test func csvOutputStartsWithAHeader() throws {
        let run = try Self.run(["describe", "--format", "csv", Self.golden.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        let header = try #require(lines.first)
        #expect(header.contains(","), "first line is not a comma-separated header: \(header)")
        // A header names the columns: not a row of numbers.
        #expect(header.split(separator: ",").contains { Double($0.trimmingCharacters(in: .whitespaces)) == nil })
        #expect(lines.count >= 9, "expected a header and 8 rows")
    }

    @Test func altTextIsShort() throws {
        let run = try Self.run(["describe", "--format", "alt", Self.golden.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let text = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!text.isEmpty)
        #expect(text.count <= 250, "alt text is \(text.count) characters")
    }

    @Test func pixelLimitIsEnforced() throws {
        let run = try Self.run(["describe", "--format", "json", "--max-pixels", "100", Self.golden.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("figscribe: "))
        #expect(run.stderr.contains("limit of 100"), "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func worstStatusWinsAcrossImages() throws {
        let corrupt = Paths.pngSuite.appendingPathComponent("xcrn0g04.png").path
        let run = try Self.run(["describe", "--format", "json", Self.golden.path, corrupt])
        #expect(run.status == 2)
        #expect(run.stdout.contains("figscribe/heatmap@1"))
    }
}
