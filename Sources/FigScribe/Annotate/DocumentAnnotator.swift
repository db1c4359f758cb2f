import Foundation

/// Gives the heatmaps of a Markdown or HTML document an alt text and a long description,
/// changing only their image references and adding the descriptions; every other byte of
/// the document stays as it was.
///
/// Markdown: the alt text goes between `![` and `]` (or into the `<img>` tag's `alt`), and a
/// `<details>` block with the description follows the line. HTML: the `<img>` gains `alt`
/// and `aria-describedby`, pointing at a description `<section>` added before `</body>`.
/// Images with an alt text a person wrote, images that are not heatmaps and missing files
/// are left exactly as they are.
public struct DocumentAnnotator {
    /// The kinds of document annotated.
    public enum Kind: Sendable {
        case markdown, html

        /// The kind a file name's extension says (`.md`, `.markdown`, `.html`, `.htm`), else `nil`.
        public init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "md", "markdown": self = .markdown
            case "html", "htm": self = .html
            default: return nil
            }
        }
    }

    public let kind: Kind
    /// The folder image paths are relative to: the document's.
    public let directory: URL

    public init(kind: Kind, directory: URL) {
        self.kind = kind
        self.directory = directory
    }

    /// One replacement: `range` of the original bytes becomes `text` (an insertion when empty).
    struct Edit {
        var range: Range<Int>
        var text: String
    }

    /// Annotates a document.
    /// - Parameters:
    ///   - bytes: the document, UTF-8.
    ///   - describe: what a referenced local PNG file holds.
    /// - Returns: the annotated document and what was done.
    public func annotate(_ bytes: [UInt8], describe: (URL) -> ImageOutcome) -> (bytes: [UInt8], summary: AnnotationSummary) {
        var summary = AnnotationSummary()
        var edits: [Edit] = []
        var sections: [String] = []
        var usedIDs = 0
        let references = kind == .markdown ? ImageReferenceScanner.markdown(bytes) : ImageReferenceScanner.html(bytes)
        for reference in references {
            guard let url = LocalImagePath.url(for: reference.source, relativeTo: directory) else { continue }
            if reference.hasAltText {
                summary.kept += 1
                continue
            }
            let outcome = describe(url)
            summary.count(outcome, name: reference.source)
            guard case .described(let description) = outcome else { continue }
            switch (kind, reference.syntax) {
            case (.markdown, .markdown(let altRange)):
                edits.append(Edit(range: altRange, text: TextEscaping.markdown.escape(description.altText)))
                edits.append(detailsBlock(description, after: reference, in: bytes))
            case (.markdown, .htmlTag(let attributes)):
                edits.append(attributeEdit(attributes, reference, name: "alt", value: description.altText))
                edits.append(detailsBlock(description, after: reference, in: bytes))
            case (.html, .htmlTag(let attributes)):
                let id = Self.unusedID(after: &usedIDs, in: bytes)
                edits.append(attributeEdit(attributes, reference, name: "alt", value: description.altText))
                let described = attributes.first { $0.name == "aria-describedby" }?.value.map { $0 + " " + id } ?? id
                edits.append(attributeEdit(attributes, reference, name: "aria-describedby", value: described))
                sections.append(Self.section(description, id: id))
            case (.html, .markdown):
                continue
            }
        }
        if !sections.isEmpty {
            let end = Self.bodyEnd(bytes)
            edits.append(Edit(range: end..<end, text: sections.joined()))
        }
        return (Self.apply(edits, to: bytes), summary)
    }

    /// Sets an attribute of an `<img>`: replaces it where present, else adds it after `<img`.
    private func attributeEdit(_ attributes: [HTMLAttribute], _ reference: ImageReference, name: String, value: String) -> Edit {
        let text = "\(name)=\"\(TextEscaping.html.escape(value))\""
        if let existing = attributes.first(where: { $0.name == name }) {
            return Edit(range: existing.range, text: text)
        }
        let at = reference.range.lowerBound + 4
        return Edit(range: at..<at, text: " " + text)
    }

    /// A `<details>` block with the Markdown description, after the line holding the image.
    private func detailsBlock(_ description: FigureDescription, after reference: ImageReference, in bytes: [UInt8]) -> Edit {
        let newline = bytes[reference.range.upperBound...].firstIndex(of: 0x0A)
        let at = newline.map { $0 + 1 } ?? bytes.count
        let summary = TextEscaping.html.escape("Description of \(description.name)")
        let body = description.markdown.hasSuffix("\n") ? description.markdown : description.markdown + "\n"
        let block = "\n<details>\n<summary>\(summary)</summary>\n\n\(body)\n</details>\n\n"
        return Edit(range: at..<at, text: (newline == nil ? "\n" : "") + block)
    }

    /// The description section an `<img>`'s `aria-describedby` points at.
    private static func section(_ description: FigureDescription, id: String) -> String {
        let label = TextEscaping.html.escape("Description of \(description.name)")
        let body = description.htmlFragment.hasSuffix("\n") ? description.htmlFragment : description.htmlFragment + "\n"
        return "<section id=\"\(id)\" aria-label=\"\(label)\">\n<details>\n<summary>\(label)</summary>\n\(body)</details>\n</section>\n"
    }

    /// `figscribe-description-N` for the next N not already in the document.
    private static func unusedID(after used: inout Int, in bytes: [UInt8]) -> String {
        let scanner = HTMLTagScanner(bytes: bytes)
        while true {
            used += 1
            let id = "figscribe-description-\(used)"
            if scanner.find(id, from: 0) == nil { return id }
        }
    }

    /// Where `</body>` starts (the last one), else the end of the document.
    private static func bodyEnd(_ bytes: [UInt8]) -> Int {
        let scanner = HTMLTagScanner(bytes: bytes)
        var last: Int? = nil
        var from = 0
        while let at = scanner.find("</body", from: from, caseInsensitive: true) {
            last = at
            from = at + 1
        }
        return last ?? bytes.count
    }

    /// The bytes with every edit made; edits at one place keep their order.
    static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        let ordered = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.text.utf8.count })
        var position = 0
        for edit in ordered where edit.range.lowerBound >= position {
            out.append(contentsOf: bytes[position..<edit.range.lowerBound])
            out.append(contentsOf: edit.text.utf8)
            position = edit.range.upperBound
        }
        out.append(contentsOf: bytes[position...])
        return out
    }
}
