import Foundation
import Mustache

/// The templates one output format renders with: the built-in ones embedded at build time,
/// with the main template optionally replaced by a user's file.
struct TemplateSet: Sendable {
    /// The library holding the main template and every partial.
    let library: MustacheLibrary
    /// The name of the main template in `library`.
    let main: String

    /// Loads the built-in templates; `override` replaces the one named `main`.
    /// - Throws: `DescribeError.templateUnreadable` or `.templateSyntax` (with the file,
    ///   line and column) for a broken template.
    init(main: String, override: URL?) throws {
        var library = MustacheLibrary()
        for (name, text) in EmbeddedTemplates.all.sorted(by: { $0.key < $1.key }) where name != main || override == nil {
            // A partial's final newline would add a blank line wherever it is included.
            let body = name == main || !text.hasSuffix("\n") ? text : String(text.dropLast())
            library.register(try TemplateSet.parse(body, path: "Templates/\(name).mustache"), named: name)
        }
        if let override {
            let text: String
            do {
                text = try String(contentsOf: override, encoding: .utf8)
            } catch {
                throw DescribeError.templateUnreadable(path: override.path, reason: error.localizedDescription)
            }
            library.register(try TemplateSet.parse(text, path: override.path), named: main)
        } else if EmbeddedTemplates.all[main] == nil {
            throw DescribeError.builtInTemplateMissing(name: main)
        }
        self.library = library
        self.main = main
    }

    /// Renders `context` with the main template.
    func render(_ context: Any) throws -> String {
        guard let text = library.render(context, withTemplate: main) else {
            throw DescribeError.builtInTemplateMissing(name: main)
        }
        // Optional sentences each start with a space; drop it where one opens a line.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }
            .joined(separator: "\n")
    }

    /// Parses one template, turning swift-mustache's parser error into a located error.
    static func parse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw DescribeError.templateSyntax(
                path: path, line: error.context.lineNumber, column: error.context.columnNumber,
                reason: "\(error.error) near “\(error.context.line.trimmingCharacters(in: .whitespaces))”")
        }
    }
}
