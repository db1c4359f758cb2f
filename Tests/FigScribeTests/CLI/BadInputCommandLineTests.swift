import Foundation
import Testing

/// Bad input at the command line: images without a heatmap exit 1 in every format, files
/// that cannot be read exit 2; each with one line on stderr, promptly, never a crash.
@Suite(
    "figscribe command line: bad input",
    .enabled(if: FigScribeBinary.url != nil, "figscribe binary not found next to the tests; run swift build or set FIGSCRIBE_BIN"))
struct BadInputCommandLineTests {
    static let formats = ["markdown", "alt", "html", "maidr", "json", "csv"]

    /// A fresh folder for written inputs, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs and checks the shared promises: no crash, the status, one `figscribe: PATH: …`
    /// line on stderr holding `message`, within `seconds`.
    static func expectRefusal(
        _ arguments: [String], path: String, status: Int32, message: String, seconds: Double = 10
    ) throws -> CommandLineTests.Run {
        let start = Date()
        let run = try CommandLineTests.run(arguments + [path])
        let elapsed = Date().timeIntervalSince(start)
        #expect(!run.crashed, "crashed: \(run.stderr)")
        #expect(run.status == status, "\(arguments) \(path): status \(run.status), stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("figscribe: \(path): ") && run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "stderr is not one line: \(run.stderr)")
        #expect(elapsed < TimeAllowance.seconds(seconds), "took \(elapsed) s")
        return run
    }

    @Test(arguments: NonHeatmapImage.allCases)
    func nonHeatmapExitsOneInEveryFormat(_ kind: NonHeatmapImage) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("\(kind).png").path
        try PNGWriter.write(kind.draw(), to: URL(fileURLWithPath: path))
        for format in Self.formats {
            let run = try Self.expectRefusal(["describe", "--format", format], path: path, status: 1, message: "no heatmap found: ")
            if format == "json" {
                let object = try CommandLineTests.jsonObject(run.stdout)
                #expect((object["error"] as? String)?.hasPrefix("no heatmap found: ") == true, "\(run.stdout)")
            } else {
                #expect(run.stdout.isEmpty, "\(format) printed: \(run.stdout.prefix(200))")
            }
        }
    }

    /// A heatmap without a colour bar is still a heatmap: its grid is reported, every value
    /// null, with a warning; no value is made up.
    @Test func heatmapWithoutColourBarHasNullValuesAndAWarning() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("nobar.png")
        let figure = SyntheticHeatmap(rows: 4, columns: 6, cellWidth: 16, cellHeight: 14, strip: nil, seed: 3)
        try PNGWriter.write(figure.draw().image, to: url)
        let run = try CommandLineTests.run(["describe", "--format", "json", url.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try CommandLineTests.jsonObject(run.stdout)
        let grid = try #require(object["grid"] as? [String: Any])
        #expect(grid["rows"] as? Int == 4 && grid["columns"] as? Int == 6)
        let values = try #require(object["values"] as? [[Any]])
        #expect(values.flatMap { $0 }.allSatisfy { $0 is NSNull }, "a value was made up: \(values)")
        let warnings = object["warnings"] as? [String] ?? []
        #expect(warnings.contains { $0.contains("no colour scale") }, "warnings: \(warnings)")
    }

    /// Damaged or impostor files: the reason each gets.
    static let badFiles: [(name: String, bytes: @Sendable (Data) -> Data, message: String)] = [
        ("truncated.png", { $0.prefix($0.count / 3) }, "not a readable PNG (libpng:"),
        ("bitflip.png", { var d = $0; d[d.count / 2] ^= 0x10; return d }, "not a readable PNG (libpng:"),
        ("empty.png", { _ in Data() }, "empty file"),
        ("random.png", { _ in
            var rng = SplitMix64(seed: 5)
            return Data((0..<3000).map { _ in UInt8.random(in: 0...255, using: &rng) })
        }, "not a PNG file"),
        ("text.png", { _ in Data("This is a text file, not a picture.\n".utf8) }, "not a PNG file"),
        // A header claiming 100000×100000 pixels before a 10-byte IDAT.
        ("huge.png", { _ in PNGWriter.file(width: 100_000, height: 100_000, idat: [0x78, 0x01, 1, 0, 0, 0xFF, 0xFF, 0, 0, 0, 1]) },
         "over the limit of"),
    ]

    @Test(arguments: badFiles.indices)
    func badFileExitsTwo(_ index: Int) throws {
        let bad = Self.badFiles[index]
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(bad.name)
        try bad.bytes(Data(contentsOf: CommandLineTests.golden)).write(to: url)
        for format in ["json", "markdown"] {
            let run = try Self.expectRefusal(["describe", "--format", format], path: url.path, status: 2, message: bad.message)
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func directoryAndMissingFileExitTwo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.expectRefusal(["describe"], path: folder.path, status: 2, message: "is a directory, not a file")
        _ = try Self.expectRefusal(
            ["describe"], path: folder.appendingPathComponent("gone.png").path, status: 2, message: "no such file")
    }

    @Test func limitsExitTwoNamingTheirOption() throws {
        let path = CommandLineTests.golden.path
        _ = try Self.expectRefusal(["describe", "--max-file-size", "100"], path: path, status: 2, message: "--max-file-size")
        _ = try Self.expectRefusal(["describe", "--max-text-lines", "2"], path: path, status: 2, message: "--max-text-lines")
        _ = try Self.expectRefusal(["describe", "--timeout", "0.000001"], path: path, status: 2, message: "--timeout")
    }

    /// Reading changes nothing: the input and the folder it sits in are as they were.
    @Test func inputAndItsFolderAreLeftAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("figure.png")
        try Data(contentsOf: CommandLineTests.golden).write(to: url)
        let before = try Data(contentsOf: url)
        for format in Self.formats {
            let run = try CommandLineTests.run(["describe", "--format", format, url.path])
            #expect(run.status == 0, "\(format): \(run.stderr)")
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["figure.png"])
    }
}
