import Foundation
import Testing

@testable import FigScribe

@Suite struct NotebookTests {
    /// A 1×1 PNG, base64.
    static let pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

    static func notebook(minor: Int, ids: Bool) -> String {
        func id(_ value: String) -> String { ids ? "\"id\": \"\(value)\", " : "" }
        return """
            {
             "cells": [
              {\(id("a"))"cell_type": "markdown", "metadata": {}, "source": ["# A [x] {y}"]},
              {\(id("b"))"cell_type": "code", "execution_count": 1, "metadata": {}, "source": [],
               "outputs": [{"output_type": "display_data", "metadata": {},
                 "data": {"text/plain": ["fig"], "image/png": ["\(pixel.prefix(40))\\n", "\(pixel.dropFirst(40))"]}}]},
              {\(id("c"))"cell_type": "code", "execution_count": 2, "metadata": {}, "source": [], "outputs": []}
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": \(minor)
            }

            """
    }

    @Test func listsImageOutputsWithCellIndexAndID() throws {
        let notebook = try Notebook(bytes: Array(Self.notebook(minor: 5, ids: true).utf8))
        #expect(notebook.images.count == 1)
        let image = try #require(notebook.images.first)
        #expect(image.cellIndex == 1)
        #expect(image.cellID == "b")
        #expect(image.label == "cell 2 (id b), output 1")
        #expect(image.png == Data(base64Encoded: Self.pixel))
    }

    @Test func insertedCellLeavesEveryOtherByte() throws {
        let text = Self.notebook(minor: 5, ids: true)
        let notebook = try Notebook(bytes: Array(text.utf8))
        let out = String(decoding: notebook.inserting(markdownAfter: [1: "## Heatmap: T\n\nWords \"quoted\".\n"]), as: UTF8.self)
        let cells = try #require(
            (try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])?["cells"] as? [[String: Any]])
        #expect(cells.count == 4)
        #expect(cells[2]["cell_type"] as? String == "markdown")
        #expect(cells[2]["source"] as? [String] == ["## Heatmap: T\n", "\n", "Words \"quoted\".\n"])
        #expect(cells[2]["id"] as? String == "figscribe-2-0")
        #expect((cells[2]["metadata"] as? [String: Any])?["figscribe"] != nil)
        let original = Array(text.utf8), annotated = Array(out.utf8)
        let prefix = zip(original, annotated).prefix { $0 == $1 }.count
        let suffix = zip(original.reversed(), annotated.reversed()).prefix { $0 == $1 }.count
        #expect(prefix + suffix >= original.count, "bytes outside the inserted cell changed")
        #expect(try Notebook(bytes: annotated).isDescribed(cellIndex: 1))
    }

    @Test func olderNotebooksGetNoCellID() throws {
        let notebook = try Notebook(bytes: Array(Self.notebook(minor: 4, ids: false).utf8))
        #expect(notebook.images.first?.label == "cell 2, output 1")
        let out = notebook.inserting(markdownAfter: [1: "x"])
        let cells = (try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])?["cells"] as? [[String: Any]]
        #expect(cells?.count == 4)
        #expect(cells?[2]["id"] == nil)
    }

    @Test func rejectsWhatIsNotANotebook() {
        #expect(throws: NotebookError.notJSON) { try Notebook(bytes: Array("{".utf8)) }
        #expect(throws: NotebookError.notNotebook("no \"cells\" list")) { try Notebook(bytes: Array("{}".utf8)) }
        #expect(throws: NotebookError.notNotebook("nbformat is not 4")) {
            try Notebook(bytes: Array("{\"cells\": [], \"nbformat\": 3}".utf8))
        }
    }

    @Test func annotatorDescribesHeatmapsAndSkipsTheRest() throws {
        let notebook = try Notebook(bytes: Array(Self.notebook(minor: 5, ids: true).utf8))
        let description = FigureDescription(title: nil, altText: "a", markdown: "## Heatmap\n", htmlFragment: "")
        let (described, summary) = NotebookAnnotator.annotate(notebook) { _ in .described(description) }
        #expect(summary.described == 1)
        let again = try Notebook(bytes: described)
        #expect(NotebookAnnotator.annotate(again) { _ in .missing }.summary.kept == 1)
        let (skipped, skipSummary) = NotebookAnnotator.annotate(notebook) { _ in .notHeatmap("no grid") }
        #expect(skipped == notebook.bytes)
        #expect(skipSummary.notes == ["cell 2 (id b), output 1: skipped, not a heatmap (no grid)"])
    }
}
