import Foundation

/// The description of a heatmap whose cell values could not be read (no colour scale, an
/// unreadable one, every cell off the scale): what the figure shows — title, grid, axes,
/// colour scale — and why its values are missing, never a made-up value. Built in code, so
/// a `--template` does not apply to it.
struct UnreadValuesDescription {
    let figure: HeatmapFigure

    /// The heading: the figure's title, or what it is.
    private var heading: String { figure.title.map { "Heatmap: \($0)" } ?? "Heatmap" }

    /// The facts, one sentence each, escaped for the output.
    private func facts(_ e: TextEscaping) -> (overview: String, axes: [String], reasons: [String]) {
        let grid = "\(figure.grid.rows) row\(figure.grid.rows == 1 ? "" : "s") × \(figure.grid.columns) column\(figure.grid.columns == 1 ? "" : "s")"
        let overview = "A heatmap of \(grid). Its cell values could not be read, so no value is given."
        func axis(_ name: String, _ a: HeatmapFigure.Axis) -> String {
            let label = a.label.map { "“\(e.escape($0))”" } ?? "no label"
            let ticks = a.ticks.map { e.escape($0.text) }
            let shown = ticks.isEmpty ? "no tick labels" : "tick labels \(ticks.prefix(6).joined(separator: ", "))\(ticks.count > 6 ? ", …" : "")"
            return "\(name): \(label); \(shown)."
        }
        var axes = [axis("x axis", figure.xAxis), axis("y axis", figure.yAxis)]
        if let bar = figure.colorbar {
            axes.append("Colour scale: \(bar.label.map { "“\(e.escape($0))”" } ?? "no label"), \(bar.orientation?.rawValue ?? "not drawn").")
        } else {
            axes.append("Colour scale: none was found.")
        }
        return (overview, axes, figure.warnings.map { e.escape($0) })
    }

    /// The long description in the seed's Markdown shape, as far as the figure allows.
    func markdown() -> String {
        let f = facts(.markdown)
        var out = "# \(TextEscaping.markdown.escape(heading))\n\n## Overview\n\n\(f.overview)\n\n## Components/Axes\n\n"
        out += f.axes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        if !f.reasons.isEmpty { out += "\n## Why the values are missing\n\n" + f.reasons.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    /// A short alt text, at most `AltText.limit` characters.
    func alt() -> String {
        let grid = "\(figure.grid.rows)×\(figure.grid.columns)"
        let title = figure.title.map { " “\(AltText.shortened($0, to: AltText.titleLimit))”" } ?? ""
        return AltText.shortened("Heatmap\(title), \(grid) cells; its values could not be read.", to: AltText.limit) + "\n"
    }

    /// The description's sections as HTML, headed `<h2>`.
    func htmlSections() -> String {
        let f = facts(.html)
        var out = "<section><h2>Overview</h2><p>\(f.overview)</p></section>\n"
        out += "<section><h2>Components/Axes</h2><ul>" + f.axes.map { "<li>\($0)</li>" }.joined() + "</ul></section>\n"
        if !f.reasons.isEmpty {
            out += "<section><h2>Why the values are missing</h2><ul>" + f.reasons.map { "<li>\($0)</li>" }.joined() + "</ul></section>\n"
        }
        return out
    }

    /// A standalone page: a level-one heading, the image with its alt text, the sections.
    func html(imageSource: String) -> String {
        let e = TextEscaping.html
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(e.escape(heading))</title></head>
            <body>
            <main>
            <h1>\(e.escape(heading))</h1>
            <img src="\(e.escape(imageSource))" alt="\(e.escape(alt().trimmingCharacters(in: .newlines)))">
            \(htmlSections())</main>
            </body>
            </html>

            """
    }
}
