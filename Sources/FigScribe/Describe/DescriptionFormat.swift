import Foundation

/// An output format for `render(_:as:template:)`: a strategy as a value, like
/// swift-snapshot-testing's `Snapshotting`.
///
/// ```swift
/// let text = try render(figure, as: .html(imageSource: DescriptionFormat.dataURI(png: bytes)))
/// ```
public struct DescriptionFormat: Sendable {
    /// The format's name, as the CLI's `--format` spells it.
    public let name: String
    /// The built-in template this format renders with; `nil` when it is built in code.
    public let templateName: String?
    private let body: @Sendable (Analysis, TemplateSet?) throws -> String
    /// The description of a figure none of whose cells could be read.
    let unreadValues: @Sendable (UnreadValuesDescription) throws -> String

    init(
        name: String, templateName: String?,
        unreadValues: @escaping @Sendable (UnreadValuesDescription) throws -> String,
        body: @escaping @Sendable (Analysis, TemplateSet?) throws -> String
    ) {
        self.name = name
        self.templateName = templateName
        self.unreadValues = unreadValues
        self.body = body
    }

    /// The long description as Markdown: Overview, Components/Axes, Detailed Analysis, Key
    /// Observations, Interpretation and Data.
    public static let markdown = DescriptionFormat(
        name: "markdown", templateName: "markdown", unreadValues: { $0.markdown() }
    ) { analysis, templates in
        let context = DescriptionContextBuilder(analysis: analysis, escaping: .markdown).build(imageSource: nil)
        return try (templates?.render(context) ?? "")
    }

    /// A short alt text of at most 150 characters: what the figure is and its main finding.
    public static let alt = DescriptionFormat(name: "alt", templateName: "alt", unreadValues: { $0.alt() }) { analysis, templates in
        guard let templates else { return "" }
        let context = DescriptionContextBuilder(analysis: analysis, escaping: .none).build(imageSource: nil)
        return try AltText.render(context, with: templates) + "\n"
    }

    /// A standalone HTML page in W3C's complex-image pattern: a level-one heading, the image
    /// with its alt text, the long description and the data as a table with row and column
    /// headers.
    /// - Parameter imageSource: The `src` of the `<img>`: a URL, or `dataURI(png:)` to embed it.
    public static func html(imageSource: String) -> DescriptionFormat {
        DescriptionFormat(name: "html", templateName: "html", unreadValues: { $0.html(imageSource: imageSource) }) {
            analysis, templates in
            guard let templates else { return "" }
            let context = DescriptionContextBuilder(analysis: analysis, escaping: .html)
                .build(imageSource: TextEscaping.html.escape(imageSource))
            let alt = try DescriptionFormat.alt.body(analysis, TemplateSet(main: "alt", override: nil))
            let altText = TextEscaping.html.escape(alt.trimmingCharacters(in: .newlines))
            return try templates.render(HTMLContext(page: context, altText: altText))
        }
    }

    /// The long description alone as an HTML fragment (its sections, headed `<h2>`), for
    /// placing beside a figure in another page.
    public static let htmlDescription = DescriptionFormat(
        name: "html-description", templateName: "html-description", unreadValues: { $0.htmlSections() }
    ) { analysis, templates in
        let context = DescriptionContextBuilder(analysis: analysis, escaping: .html).build(imageSource: nil)
        return try (templates?.render(context) ?? "")
    }

    /// A `data:` URI holding PNG bytes, for embedding an image in a page.
    public static func dataURI(png: Data) -> String {
        "data:image/png;base64," + png.base64EncodedString()
    }

    /// MAIDR's heatmap JSON (`x`, `y`, `points`, title and axis labels) for sonified,
    /// navigable heatmaps in the browser. Takes no template.
    public static let maidr = DescriptionFormat(
        name: "maidr", templateName: nil, unreadValues: { try encodeMAIDR(MAIDRDocument(figure: $0.figure)) }
    ) { analysis, _ in
        try encodeMAIDR(MAIDRDocument(analysis: analysis))
    }

    private static func encodeMAIDR(_ document: MAIDRDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(document)
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
///   A figure none of whose cells could be read is described as far as it was read (title,
///   grid, axes, why the values are missing), built in code, without `override`.
/// - Throws: `DescribeError` when the grid has no cells, the template cannot be read
///   or parsed (with file, line and column), or the format takes no template.
public func render(
    _ figure: HeatmapFigure, as format: DescriptionFormat = .markdown, template override: URL? = nil
) throws -> String {
    let analysis: Analysis
    do {
        analysis = try Analysis(figure)
    } catch DescribeError.noData where figure.grid.rows > 0 && figure.grid.columns > 0 {
        return try format.unreadValues(UnreadValuesDescription(figure: figure))
    }
    return try format.render(analysis, templateOverride: override)
}
