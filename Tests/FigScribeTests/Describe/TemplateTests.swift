import Foundation
import Testing

@testable import FigScribe

/// Lints the built-in templates (swift-mustache renders missing names and partials as
/// nothing, silently) and checks template overrides and their errors.
@Suite struct TemplateTests {
    /// Tags as (sigil, name): sigil is "#", "^", "/", ">", "!", "%", "&", "{" or "".
    static func tags(_ text: String) -> [(sigil: String, name: String)] {
        var out: [(String, String)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil = ""
            if let first = body.first, "#^/>!%&{".contains(first) {
                sigil = String(first)
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            out.append((sigil, body.trimmingCharacters(in: CharacterSet(charactersIn: "}"))))
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// Every property name reachable in the contexts built for the golden figures.
    static func contextNames() throws -> Set<String> {
        var names: Set<String> = ["."]
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                if let child = mirror.children.first { walk(child.value) }
                return
            }
            for child in mirror.children {
                if let label = child.label { names.insert(label) }
                walk(child.value)
            }
        }
        // The golden figures, and one of them clustered (no golden figure has dendrograms)
        // and read from an image (golden figures come from JSON, which says nothing of
        // where values came from).
        var figures = try DescribeFixtures.allFigures().map(\.1)
        if var clustered = figures.first {
            clustered.dendrograms = .init(rows: true, columns: false)
            clustered.valueSource = .init(printedCells: 1, colourStep: 0.01)
            figures.append(clustered)
        }
        for figure in figures {
            let analysis = try Analysis(figure)
            for escaping in [TextEscaping.markdown, .html, .none] {
                let context = DescriptionContextBuilder(analysis: analysis, escaping: escaping).build(imageSource: "x.png")
                walk(HTMLContext(page: context, altText: "alt"))
            }
        }
        return names
    }

    @Test func builtInTemplatesAreEmbedded() {
        for name in ["markdown", "alt", "html"] { #expect(EmbeddedTemplates.all[name] != nil, "\(name)") }
    }

    @Test(arguments: EmbeddedTemplates.all.keys.sorted())
    func templateIsClean(name: String) throws {
        let text = try #require(EmbeddedTemplates.all[name])
        #expect(text.hasPrefix("{{%CONTENT_TYPE: TEXT}}"), "\(name) must declare TEXT content type")
        _ = try TemplateSet.parse(text, path: name)
        let known = try Self.contextNames()
        var open: [String] = []
        for tag in Self.tags(text) {
            switch tag.sigil {
            case "!", "%": continue
            case ">":
                #expect(EmbeddedTemplates.all[tag.name] != nil, "\(name): missing partial \(tag.name)")
                continue
            case "/":
                #expect(open.popLast() == tag.name, "\(name): unbalanced \(tag.name)")
                continue
            case "#", "^": open.append(tag.name)
            default: break
            }
            // `first()`, `last()`… are swift-mustache's sequence transforms.
            if tag.name.hasSuffix("()") { continue }
            let root = String(tag.name.split(separator: ".").first ?? "")
            let checked = tag.name == "." ? "." : root
            let isKnown = known.contains(checked)
            #expect(isKnown, "\(name): unknown name \(tag.name)")
        }
        #expect(open.isEmpty, "\(name): unclosed \(open)")
    }

    @Test func overrideReplacesBuiltIn() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "figscribe-\(UUID().uuidString).mustache")
        defer { try? FileManager.default.removeItem(at: url) }
        try "{{%CONTENT_TYPE: TEXT}}\n{{heading}} has {{overview.rows}} rows.\n".write(to: url, atomically: true, encoding: .utf8)
        let text = try render(DescribeFixtures.figure("imshow_08"), as: .markdown, template: url)
        #expect(text == "Coastal elevation has 9 rows.\n")
    }

    @Test func brokenTemplateNamesFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "figscribe-\(UUID().uuidString).mustache")
        defer { try? FileManager.default.removeItem(at: url) }
        try "{{%CONTENT_TYPE: TEXT}}\nline two\n{{#overview}}\nunclosed\n".write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try render(DescribeFixtures.figure("imshow_08"), as: .markdown, template: url)
            Issue.record("expected an error")
        } catch let error as DescribeError {
            guard case .templateSyntax(let path, let line, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == url.path)
            #expect(line >= 3)
            #expect(error.description.hasPrefix("\(url.path):\(line):"))
        }
    }

    @Test func missingTemplateFileIsClear() throws {
        let url = URL(fileURLWithPath: "/nonexistent/figscribe.mustache")
        #expect(throws: DescribeError.self) {
            _ = try render(DescribeFixtures.figure("imshow_08"), as: .alt, template: url)
        }
    }

    @Test func maidrTakesNoTemplate() throws {
        #expect(throws: DescribeError.templateNotSupported(format: "maidr")) {
            _ = try render(DescribeFixtures.figure("imshow_08"), as: .maidr, template: URL(fileURLWithPath: "/tmp/x"))
        }
    }

    /// A figure none of whose cells was read is described as read (issue 10: never a made-up
    /// value, and never a refusal of what was read); a template does not apply to it.
    @Test func figureWithoutValuesIsDescribedWithoutTheTemplate() throws {
        let figure = HeatmapFigure(
            image: .init(file: "x.png", width: 10, height: 10),
            grid: .init(rows: 2, columns: 2, box: .init(x: 0, y: 0, width: 10, height: 10)),
            values: [[nil, nil], [nil, nil]])
        let text = try render(figure)
        #expect(text.contains("2 rows × 2 columns") && text.contains("could not be read"))
    }
}
