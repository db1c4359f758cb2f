import Foundation
import Testing
@testable import FigScribe

@Suite("ExpectedPanels")
final class ExpectedPanelsTests {
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
        let expected = try ExpectedPanels.load(contentsOf: url)
        #expect(expected.panels == [ExpectedFigure(figure: figure)])
        #expect(expected.panels.first?.aspects == .all)
    }

    @Test func aCSVFileIsReadAsValues() throws {
        let expected = try ExpectedPanels.load(contentsOf: try file("1,2\n3,4\n", name: "v.csv"))
        #expect(expected.panels.map(\.figure.values) == [[[1, 2], [3, 4]]])
    }

    /// A figure of one panel is a single heatmap titled as the reader titles one: the
    /// figure's title is the heatmap's.
    @Test func aOnePanelFigureDocumentGivesItsPanelTheFigureTitle() throws {
        let panel = try FigureJSON.encode(ComparisonFixtures.figure())
        let document = "{\"schema\": \"figscribe/figure@1\", \"title\": \"All\", \"panels\": [\(panel)], \"warnings\": []}"
        let expected = try ExpectedPanels.load(contentsOf: try file(document, name: "p.json"))
        #expect(expected.panels.map(\.figure.grid.rows) == [3])
        #expect(expected.panels.first?.figure.title == "All")
        #expect(expected.title == nil)
    }

    @Test func aFigureOfPanelsGivesEachPanelInOrderAndTheTitle() throws {
        let a = ComparisonFixtures.figure(values: [[1, 2]], columns: ["a", "b"], rows: ["x"])
        let b = ComparisonFixtures.figure(values: [[3], [4]], columns: ["a"], rows: ["x", "y"])
        let panels = try [a, b].map { try FigureJSON.encode($0) }.joined(separator: ",")
        let document = "{\"schema\": \"figscribe/figure@1\", \"title\": \"Both\", \"panels\": [\(panels)], \"warnings\": []}"
        let expected = try ExpectedPanels.load(contentsOf: try file(document, name: "p.json"))
        #expect(expected.title == "Both")
        #expect(expected.panels.map(\.figure) == [a, b])
    }

    @Test(arguments: [
        ("{\"schema\": \"figscribe/heatmap@1\", \"error\": \"no grid\"}", "records no heatmap"),
        ("{\"schema\": \"other\"}", "not a figscribe/heatmap@1 or figscribe/figure@1 document"),
        ("{not json", "not valid JSON"),
        ("{\"schema\": \"figscribe/heatmap@1\"}", "missing"),
        ("{\"schema\": \"figscribe/figure@1\", \"panels\": [{}, {}]}", "missing \"panels.0."),
        ("{\"schema\": \"figscribe/figure@1\", \"panels\": []}", "holds no panel"),
        ("{\"schema\": \"figscribe/figure@1\", \"panels\": [3]}", "wrong type at \"panels.0\""),
    ])
    func badDocumentsSayWhy(_ text: String, _ reason: String) throws {
        let url = try file(text, name: "bad.json")
        do {
            _ = try ExpectedPanels.load(contentsOf: url)
            Issue.record("loaded a bad document")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(error.description.hasPrefix(url.path))
        }
    }

    @Test func aMissingFileSaysSo() {
        #expect(throws: ExpectedFigureError.unreadable(path: "/nonexistent/x.json", reason: "no such file")) {
            try ExpectedPanels.load(contentsOf: URL(fileURLWithPath: "/nonexistent/x.json"))
        }
    }
}
