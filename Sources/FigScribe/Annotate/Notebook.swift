import Foundation

/// A Jupyter notebook (nbformat 4): the PNG images among its cells' outputs, and copies of
/// it with Markdown cells inserted, every other byte kept as it was.
public struct Notebook {
    /// One `image/png` output of a code cell.
    public struct Image: Sendable {
        /// The cell's position, from 0.
        public var cellIndex: Int
        /// The cell's `id` (nbformat 4.5 and later).
        public var cellID: String?
        /// The output's position in the cell, from 0.
        public var outputIndex: Int
        public var png: Data

        /// "cell 3 (id 4f2a), output 1": cells and outputs counted from 1.
        public var label: String {
            "cell \(cellIndex + 1)" + (cellID.map { " (id \($0))" } ?? "") + ", output \(outputIndex + 1)"
        }
    }

    /// The metadata key marking a cell `annotate` inserted.
    static let marker = "figscribe"

    public let bytes: [UInt8]
    public let images: [Image]
    private let cellSpans: [Range<Int>]
    private let cells: [[String: Any]]
    private let minorVersion: Int

    /// Parses a notebook.
    /// - Throws: `NotebookError` when the bytes are not an nbformat 4 notebook.
    public init(bytes: [UInt8]) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw NotebookError.notJSON
        }
        guard let root = object as? [String: Any], let cells = root["cells"] as? [[String: Any]] else {
            throw NotebookError.notNotebook("no \"cells\" list")
        }
        guard (root["nbformat"] as? Int) == 4 else { throw NotebookError.notNotebook("nbformat is not 4") }
        guard let spans = JSONArraySpans.elements(of: "cells", in: bytes), spans.count == cells.count else {
            throw NotebookError.notNotebook("the \"cells\" list could not be located")
        }
        self.bytes = bytes
        self.cells = cells
        cellSpans = spans
        minorVersion = root["nbformat_minor"] as? Int ?? 0
        var images: [Image] = []
        for (index, cell) in cells.enumerated() where cell["cell_type"] as? String == "code" {
            for (outputIndex, output) in ((cell["outputs"] as? [[String: Any]]) ?? []).enumerated() {
                guard let data = output["data"] as? [String: Any], let png = Self.base64(data["image/png"]) else { continue }
                images.append(Image(cellIndex: index, cellID: cell["id"] as? String, outputIndex: outputIndex, png: png))
            }
        }
        self.images = images
    }

    /// Whether the cell after `cellIndex` is one `annotate` inserted.
    public func isDescribed(cellIndex: Int) -> Bool {
        guard cellIndex + 1 < cells.count, let metadata = cells[cellIndex + 1]["metadata"] as? [String: Any] else {
            return false
        }
        return metadata[Self.marker] != nil
    }

    /// The notebook with a Markdown cell after each given cell.
    /// - Parameter markdown: the new cells' text by the index of the cell they follow.
    public func inserting(markdownAfter markdown: [Int: String]) -> [UInt8] {
        var edits: [DocumentAnnotator.Edit] = []
        var usedIDs = Set(cells.compactMap { $0["id"] as? String })
        for (index, text) in markdown.sorted(by: { $0.key < $1.key }) where cellSpans.indices.contains(index) {
            let span = cellSpans[index]
            var start = span.lowerBound
            while start > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start - 1]) { start -= 1 }
            let separator = String(decoding: bytes[start..<span.lowerBound], as: UTF8.self)
            let indent = String(separator.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
            let cell = markdownCell(text, after: index, usedIDs: &usedIDs)
                .replacingOccurrences(of: "\n", with: "\n" + indent)
            edits.append(.init(range: span.upperBound..<span.upperBound, text: "," + separator + cell))
        }
        return DocumentAnnotator.apply(edits, to: bytes)
    }

    /// A Markdown cell as nbformat writes it: the source as a list of lines.
    private func markdownCell(_ text: String, after index: Int, usedIDs: inout Set<String>) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if let last = lines.last {
            lines[lines.count - 1] = String(last.dropLast())
            if lines[lines.count - 1].isEmpty { lines.removeLast() }
        }
        let describes = (cells[index]["id"] as? String) ?? "cell \(index + 1)"
        var fields = [
            "\"cell_type\": \"markdown\"",
            "\"metadata\": {\n  \"\(Self.marker)\": {\n   \"describes\": \(Self.json(describes))\n  }\n }",
            "\"source\": [\n" + lines.map { "  " + Self.json($0) }.joined(separator: ",\n") + "\n ]",
        ]
        if minorVersion >= 5 {
            var n = 0
            while usedIDs.contains("figscribe-\(index + 1)-\(n)") { n += 1 }
            usedIDs.insert("figscribe-\(index + 1)-\(n)")
            fields.insert("\"id\": \"figscribe-\(index + 1)-\(n)\"", at: 1)
        }
        // As nbformat writes cells: sorted keys, one space of indent per level.
        return "{\n " + fields.joined(separator: ",\n ") + "\n}"
    }

    /// A string as a JSON string literal.
    private static func json(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    private static func base64(_ value: Any?) -> Data? {
        let text = (value as? String) ?? (value as? [String])?.joined()
        return text.flatMap { Data(base64Encoded: $0, options: .ignoreUnknownCharacters) }
    }
}

/// Why a file is not a notebook `figscribe` can read.
public enum NotebookError: Error, Equatable, Sendable, CustomStringConvertible {
    case notJSON
    case notNotebook(String)

    public var description: String {
        switch self {
        case .notJSON: return "not a notebook (not JSON)"
        case .notNotebook(let reason): return "not a Jupyter notebook (\(reason))"
        }
    }
}
