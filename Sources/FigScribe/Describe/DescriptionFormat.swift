import Foundation

/// An output format for `render(_:as:template:)`: a strategy as a value, like
/// swift-snapshot-testing's `Snapshotting`.
///
/// ```swift
/// let text = try render(figure, as: .html(imagePath: "layers.png"))
/// ```
public struct DescriptionFormat: Sendable {
    /// The format's name, as the CLI's `--format` spells it.
    public let name: String
    /// The built-in template this format renders with; `nil` when it is built in code.
    public let templateName: String?
    private let body: @Sendable (Analysis, TemplateSet?) throws -> String

    init(name: String, templateName: String?, body: @escaping @Sendable (Analysis, TemplateSet?) throws -> String) {
        self.name = name
        self.templateName = templateName
        self.body = body
    }

    /// The long description as Markdown: Overview, Components/Axes, Detailed Analysis, Key
    /// Observations, Interpretation and Data.
    public static let markdown = DescriptionFormat(name: "markdown", templateName: "markdown") { analysis, templates in
        let context = DescriptionContextBuilder(analysis: analysis, escaping: .markdown).build(imagePath: nil)
        return try (templates?.render(context) ?? "")
    }

    /// A short alt text of at most 250 characters.
    public static let alt = DescriptionFormat(name: "alt", templateName: "alt") { analysis, templates in
        guard let templates else { return "" }
        var context = DescriptionContextBuilder(analysis: analysis, escaping: .none).build(imagePath: nil)
        var text = try templates.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > AltText.limit {
            context.alt.detail = nil
            text = try templates.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return AltText.shortened(text, to: AltText.limit) + "\n"
    }

    /// A standalone HTML page in W3C's complex-image pattern: the image with its alt text,
    /// the long description and the data as a table with row and column headers.
    /// - Parameter imagePath: The `src` of the `<img>`, usually the input path.
    public static func html(imagePath: String) -> DescriptionFormat {
        DescriptionFormat(name: "html", templateName: "html") { analysis, templates in
            guard let templates else { return "" }
            let context = DescriptionContextBuilder(analysis: analysis, escaping: .html)
                .build(imagePath: TextEscaping.html.escape(imagePath))
            let alt = try DescriptionFormat.alt.body(analysis, TemplateSet(main: "alt", override: nil))
            let altText = TextEscaping.html.escape(alt.trimmingCharacters(in: .newlines))
            return try templates.render(HTMLContext(page: context, altText: altText))
        }
    }

    /// MAIDR's heatmap JSON (`x`, `y`, `points`, title and axis labels) for sonified,
    /// navigable heatmaps in the browser. Takes no template.
    public static let maidr = DescriptionFormat(name: "maidr", templateName: nil) { analysis, _ in
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(MAIDRDocument(analysis: analysis))
            return (String(data: data, encoding: .utf8) ?? "") + "\n"
        } catch {
            throw DescribeError.encodingFailed(reason: "\(error)")
        }
    }

    /// Renders an analysed figure, loading the templates the format needs.
    func render(_ analysis: Analysis, templateOverride: URL?) throws -> String {
        guard let templateName else {
            if templateOverride != nil { throw DescribeError.templateNotSupported(format: name) }
            return try body(analysis, nil)
        }
        return try body(analysis, TemplateSet(main: templateName, override: templateOverride))
    }
}

/// The HTML page's context: the description plus the finished alt text.
struct HTMLContext {
    var page: DescriptionContext
    var altText: String
}

/// Describes a recovered heatmap in one output format.
///
/// - Parameters:
///   - figure: The recovered figure.
///   - format: The output format; Markdown by default.
///   - override: A template file that replaces the format's built-in template
///     (`--template FILE`); partials still come from the built-in set.
/// - Returns: The description, ending in a newline.
/// - Throws: `DescribeError` when the figure holds no value, the template cannot be read
///   or parsed (with file, line and column), or the format takes no template.
public func render(
    _ figure: HeatmapFigure, as format: DescriptionFormat = .markdown, template override: URL? = nil
) throws -> String {
    let analysis = try Analysis(figure)
    return try format.render(analysis, templateOverride: override)
}
