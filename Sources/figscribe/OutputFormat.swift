import ArgumentParser
import FigScribe
import Foundation

/// The formats `describe` can print.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, alt, html, maidr, json, csv

    /// Renders a figure, with an optional replacement template.
    /// - Parameter imageSource: The HTML page's `<img src>`; evaluated only for HTML.
    func render(_ figure: HeatmapFigure, imageSource: () throws -> String, template: URL?) throws -> String {
        switch self {
        case .json: return try FigureJSON.encode(figure)
        case .csv: return FigureCSV.encode(figure)
        case .markdown: return try FigScribe.render(figure, as: .markdown, template: template)
        case .alt: return try FigScribe.render(figure, as: .alt, template: template)
        case .html: return try FigScribe.render(figure, as: .html(imageSource: try imageSource()), template: template)
        case .maidr: return try FigScribe.render(figure, as: .maidr, template: template)
        }
    }

    /// Renders a figure of one heatmap or several panels. Panels render one after another,
    /// each as a heatmap under a line naming it, after the figure's title and a comparison
    /// of the panels that share a scale (JSON: the `figscribe/figure@1` object).
    func render(_ reading: FigureReading, imageSource: () throws -> String, template: URL?) throws -> String {
        switch reading {
        case .heatmap(let figure):
            return try render(figure, imageSource: imageSource, template: template)
        case .panels(let figure):
            if self == .json { return try FigureJSON.encode(figure) }
            let parts = try figure.panels.enumerated().map { i, panel in
                let heading = "Panel \(i + 1) of \(figure.panels.count)" + (panel.title.map { ": \($0)" } ?? "")
                let body = try render(panel, imageSource: imageSource, template: template)
                return self == .markdown ? "---\n\n**\(heading)**\n\n\(body)" : "\(heading)\n\(body)"
            }
            let intro = "A figure of \(figure.panels.count) heatmap panels" + (figure.title.map { ", \"\($0)\"" } ?? "") + "."
            let comparison = PanelComparison.sentences(for: figure)
            let head = self == .markdown
                ? "# \(figure.title ?? "Figure")\n\n\(intro)" + (comparison.isEmpty ? "" : "\n\n## Comparison\n" + comparison.map { "* \($0)" }.joined(separator: "\n"))
                : ([intro] + comparison).joined(separator: " ")
            return ([head] + parts).joined(separator: "\n\n")
        }
    }

    /// The file name extension of `--output` files.
    var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .alt: return "txt"
        case .maidr: return "maidr.json"
        case .json, .csv, .html: return rawValue
        }
    }

    /// Whether the format takes a Mustache template.
    var usesTemplate: Bool { self == .markdown || self == .alt || self == .html }
}
