import Foundation
import Testing
@testable import FigScribe

@Suite("ExpectedFigure")
final class ExpectedFigureTests {
    /// The temporary folders this test wrote, removed when it ends.
    private var folders: [URL] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// Writes `text` to a new temporary file and returns its URL.
    func file(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-expected-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func theFigureJSONRoundTrips() throws {
        let figure = ComparisonFixtures.figure(values: [[1, nil], [3, 4]], columns: ["a", "b"], rows: ["x", "y"])
        let url = try file(try FigureJSON.encode(figure), name: "f.json")
        let expected = try ExpectedFigure.load(contentsOf: url)
        #expect(expected.figure == figure)
        #expect(expected.aspects == .all)
    }

    @Test func aCSVFileIsReadAsValues() throws {
        let expected = try ExpectedFigure.load(contentsOf: try file("1,2\n3,4\n", name: "v.csv"))
        #expect(expected.figure.values == [[1, 2], [3, 4]])
    }

    @Test func aOnePanelFigureDocumentGivesItsPanel() throws {
        let panel = try FigureJSON.encode(ComparisonFixtures.figure())
        let document = "{\"schema\": \"figscribe/figure@1\", \"panels\": [\(panel)], \"warnings\": []}"
        let expected = try ExpectedFigure.load(contentsOf: try file(document, name: "p.json"))
        #expect(expected.figure.grid.rows == 3)
    }

    @Test(arguments: [
        ("{\"schema\": \"figscribe/heatmap@1\", \"error\": \"no grid\"}", "records no heatmap"),
        ("{\"schema\": \"other\"}", "not a figscribe/heatmap@1 document"),
        ("{not json", "not valid JSON"),
        ("{\"schema\": \"figscribe/heatmap@1\"}", "missing"),
        ("{\"schema\": \"figscribe/figure@1\", \"panels\": [{}, {}]}", "2 panels"),
    ])
    func badDocumentsSayWhy(_ text: String, _ reason: String) throws {
        let url = try file(text, name: "bad.json")
        do {
            _ = try ExpectedFigure.load(contentsOf: url)
            Issue.record("loaded a bad document")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(error.description.hasPrefix(url.path))
        }
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: ExpectedFigureError.unreadable(path: "/nonexistent/x.json", reason: "no such file")) {
            try ExpectedFigure.load(contentsOf: URL(fileURLWithPath: "/nonexistent/x.json"))
        }
    }
}
