import Foundation

/// A heatmap described for placing beside it in a document: the alt text and the long
/// description as Markdown and as an HTML fragment.
public struct FigureDescription: Equatable, Sendable {
    /// The figure's title, or `nil`.
    public var title: String?
    /// At most 150 characters, plain text.
    public var altText: String
    public var markdown: String
    public var htmlFragment: String

    /// Describes a figure in the three forms.
    /// - Throws: `DescribeError` when the figure holds no value.
    public init(_ figure: HeatmapFigure) throws {
        self.init(
            title: figure.title, altText: try render(figure, as: .alt).trimmingCharacters(in: .whitespacesAndNewlines),
            markdown: try render(figure, as: .markdown), htmlFragment: try render(figure, as: .htmlDescription))
    }

    /// A description made elsewhere.
    public init(title: String?, altText: String, markdown: String, htmlFragment: String) {
        self.title = title
        self.altText = altText
        self.markdown = markdown
        self.htmlFragment = htmlFragment
    }

    /// "the heatmap “Title”", or "the heatmap" without a title, for summaries and labels.
    public var name: String {
        guard let title, !title.trimmingCharacters(in: .whitespaces).isEmpty else { return "the heatmap" }
        return "the heatmap “\(title)”"
    }
}

/// What became of one image a document refers to.
public enum ImageOutcome: Equatable, Sendable {
    case described(FigureDescription)
    /// The image was read but holds no heatmap; the reason.
    case notHeatmap(String)
    case missing
    /// The file exists but is not a readable PNG; the reason.
    case unreadable(String)
}
