import Foundation
import Testing
@testable import FigScribe

/// Runs `figscribe check` and `compare` on the regression renders in GoldenImages/regression
/// (made by its render.py): same data at another DPI, size and font must match; a moved
/// cell, a changed colour-scale end, renamed labels and a transposed matrix must not.
@Suite(
    "figscribe check and compare",
    .enabled(if: FigScribeBinary.url != nil, "figscribe binary not found next to the tests; run swift build or set FIGSCRIBE_BIN"))
struct CheckCommandLineTests {
    static let folder = Paths.goldenImages.appendingPathComponent("regression")

    static func render(_ name: String) -> String { folder.appendingPathComponent("\(name).png").path }

    /// A fresh temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The base render's figure JSON, as `describe --format json` writes it, in a temporary file.
    static let baseJSON: Result<URL, any Error> = Result {
        let run = try CommandLineTests.run(["describe", "--format", "json", render("base")])
        guard run.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
        let url = try scratch().appendingPathComponent("base.json")
        try Data(run.stdout.utf8).write(to: url)
        return url
    }

    static func check(_ name: String, _ extra: [String] = []) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["check", render(name), "--expected", try baseJSON.get().path] + extra)
    }

    @Test(arguments: ["base", "dpi", "size", "font"])
    func sameDataMatchesTheBaseJSON(_ name: String) throws {
        let run = try Self.check(name)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("**match**"))
    }

    @Test(arguments: ["dpi", "size", "font"])
    func compareOfEqualDataRendersExitsZero(_ name: String) throws {
        let run = try CommandLineTests.run(["compare", Self.render("base"), Self.render(name)])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test(arguments: [
        ("cell", "cell gamma × Thu"),
        ("scale_max", "colour scale max"),
        ("labels", "x labels: 'Mon' → 'Monday'"),
        ("transposed", "grid: 6×8 → 8×6 (transposed)"),
    ])
    func changesFailAndAreNamed(_ name: String, _ named: String) throws {
        let run = try Self.check(name)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("**differs**"))
        #expect(run.stdout.contains("- \(named)"), "\(run.stdout)")
    }

    /// Figures of panels are compared panel by panel: the same panels at another DPI
    /// match; a moved cell is named with its panel; another number of panels differs.
    @Test(arguments: [
        ("panels_dpi", 0, nil),
        ("panels_cell", 1, "- panel 2: cell gamma × Thu"),
        ("panels_three", 1, "- panels: 2 → 3"),
        ("base", 1, "- panels: 2 → 1"),
    ] as [(String, Int32, String?)])
    func panelFiguresAreComparedPanelByPanel(_ name: String, _ status: Int32, _ named: String?) throws {
        let run = try CommandLineTests.run(["compare", Self.render("panels"), Self.render(name)])
        #expect(run.status == status, "\(run.stdout)\(run.stderr)")
        if let named { #expect(run.stdout.contains(named), "\(run.stdout)") }
    }

    /// A figure JSON of panels is an expected file like a heatmap's.
    @Test func aPanelFigureIsCheckedAgainstItsJSON() throws {
        let described = try CommandLineTests.run(["describe", "--format", "json", Self.render("panels")])
        let url = try Self.scratch().appendingPathComponent("panels.json")
        try Data(described.stdout.utf8).write(to: url)
        let same = try CommandLineTests.run(["check", Self.render("panels_dpi"), "--expected", url.path])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        let moved = try CommandLineTests.run(["check", Self.render("panels_cell"), "--expected", url.path, "--format", "json"])
        #expect(moved.status == 1)
        let object = try CommandLineTests.jsonObject(moved.stdout)
        let figure = try #require((object["figures"] as? [[String: Any]])?.first)
        let changes = try #require(figure["differences"] as? [[String: Any]]).filter { $0["status"] as? String == "changed" }
        #expect(changes.count == 1)
        #expect(changes.first?["panel"] as? Int == 2)
        #expect(changes.first?["cell"] as? [String: Int] == ["row": 2, "column": 3])
    }

    @Test func theMovedCellIsTheOnlyChange() throws {
        let run = try Self.check("cell", ["--format", "json"])
        #expect(run.status == 1)
        let object = try CommandLineTests.jsonObject(run.stdout)
        let figure = try #require((object["figures"] as? [[String: Any]])?.first)
        let changes = try #require(figure["differences"] as? [[String: Any]]).filter { $0["status"] as? String == "changed" }
        #expect(changes.count == 1)
        #expect(changes.first?["cell"] as? [String: Int] == ["row": 2, "column": 3])
    }

    @Test func compareNamesAMovedCell() throws {
        let run = try CommandLineTests.run(["compare", Self.render("base"), Self.render("cell"), "--format", "junit"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("<failure"))
        #expect(run.stdout.contains("cell gamma × Thu"))
    }

    @Test(arguments: ["base.values.csv", "base.labelled.csv"])
    func theBaseMatchesItsValuesCSV(_ csv: String) throws {
        let run = try CommandLineTests.run(["check", Self.render("base"), "--expected", Self.folder.appendingPathComponent(csv).path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test func theDiffImageOutlinesTheChangedCellAndIsNotOverwritten() throws {
        let out = try Self.scratch().appendingPathComponent("diff.png")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let run = try Self.check("cell", ["--diff-image", out.path])
        #expect(run.status == 1)
        let diff = try PNGDecoder().decode(contentsOf: out)
        let original = try PNGDecoder().decode(contentsOf: URL(fileURLWithPath: Self.render("cell")))
        #expect(diff.width == original.width && diff.height > original.height)
        // Every red pixel in the figure area lies in one cell's box: gamma × Thu.
        let json = try CommandLineTests.jsonObject(try String(contentsOf: try Self.baseJSON.get(), encoding: .utf8))
        let box = try #require((json["grid"] as? [String: Any])?["box"] as? [String: Double])
        let (x, y, w, h) = (box["x"]!, box["y"]!, box["width"]! / 8, box["height"]! / 6)
        var red: [(Int, Int)] = []
        for py in 0..<original.height {
            for px in 0..<original.width where diff[px, py] == DiffImage.changed { red.append((px, py)) }
        }
        #expect(!red.isEmpty)
        #expect(red.allSatisfy { Double($0.0) >= x + 3 * w - 2 && Double($0.0) <= x + 4 * w + 2 })
        #expect(red.allSatisfy { Double($0.1) >= y + 2 * h - 2 && Double($0.1) <= y + 3 * h + 2 })

        let before = try Data(contentsOf: out)
        let again = try Self.check("cell", ["--diff-image", out.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists"))
        #expect(try Data(contentsOf: out) == before)
        let forced = try Self.check("base", ["--diff-image", out.path, "--force"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: out) != before)
    }

    @Test func aFolderIsCheckedFigureByFigure() throws {
        let images = try Self.scratch(), expected = try Self.scratch()
        defer { for folder in [images, expected] { try? FileManager.default.removeItem(at: folder) } }
        let base = try Data(contentsOf: try Self.baseJSON.get())
        for name in ["dpi", "cell"] {
            try FileManager.default.copyItem(atPath: Self.render(name), toPath: images.appendingPathComponent("\(name).png").path)
            try base.write(to: expected.appendingPathComponent("\(name).json"))
        }
        try FileManager.default.copyItem(atPath: Self.render("font"), toPath: images.appendingPathComponent("font.png").path)
        let run = try CommandLineTests.run(["check", images.path, "--expected-dir", expected.path])
        #expect(run.status == 2, "font.png has no expected file")
        #expect(run.stdout.hasPrefix("**checked 3 figures: 1 match, 1 differs, 1 error**"), "\(run.stdout)")
        #expect(run.stderr.contains("no font.json or font.csv"))
        try base.write(to: expected.appendingPathComponent("font.json"))
        let second = try CommandLineTests.run(["check", images.path, "--expected-dir", expected.path, "--format", "junit"])
        #expect(second.status == 1)
        #expect(second.stdout.contains("tests=\"3\" failures=\"1\" errors=\"0\""))
    }

    @Test func badInputExitsTwoWithOneLine() throws {
        let missing = try CommandLineTests.run(["check", Self.render("base"), "--expected", "/nonexistent/base.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("figscribe: ") && missing.stderr.contains("no such file"))
        let neither = try CommandLineTests.run(["check", Self.render("base")])
        #expect(neither.status == 2)
        #expect(neither.stderr.split(separator: "\n").count == 1)
        let tolerance = try CommandLineTests.run(["check", Self.render("base"), "--expected", "x.json", "--tolerance", "lots"])
        #expect(tolerance.status == 2)
        #expect(tolerance.stderr.contains("--tolerance \"lots\""))
        let empty = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: empty) }
        let noImages = try CommandLineTests.run(["check", empty.path, "--expected-dir", empty.path])
        #expect(noImages.status == 2)
        #expect(noImages.stderr == "figscribe: \(empty.path): no PNG images\n")
        let notPNG = try CommandLineTests.run(["compare", Self.folder.appendingPathComponent("render.py").path, Self.render("base")])
        #expect(notPNG.status == 2)
        #expect(notPNG.stderr.contains("not a PNG"))
    }
}
