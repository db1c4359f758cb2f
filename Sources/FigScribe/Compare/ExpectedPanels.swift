import Foundation

/// What an image is checked against: its heatmaps in reading order (one for a single
/// heatmap, else the panels of a figure) and the title drawn once over them.
public struct ExpectedPanels: Equatable, Sendable {
    /// The title drawn over all panels; nil for a single heatmap, whose title is its own.
    public var title: String?
    public var panels: [ExpectedFigure]

    /// Panels under a title. One panel is a single heatmap: the title becomes its own, as
    /// the reader gives a lone heatmap the figure's title.
    public init(title: String?, panels: [ExpectedFigure]) {
        if panels.count == 1, var only = panels.first {
            only.figure.title = title ?? only.figure.title
            self.title = nil
            self.panels = [only]
        } else {
            self.title = title
            self.panels = panels
        }
    }

    /// One heatmap.
    public init(_ figure: ExpectedFigure) {
        self.init(title: nil, panels: [figure])
    }

    /// Everything read from an image (an older render): every part of every panel is known.
    public init(_ reading: FigureReading) {
        self.init(title: reading.figureTitle, panels: reading.heatmaps.map { ExpectedFigure(figure: $0) })
    }

    /// Reads a figure JSON (`describe --format json`: one heatmap or a figure of panels) or a
    /// CSV of values, told apart by content.
    /// - Throws: `ExpectedFigureError` when the file cannot be read or holds neither.
    public static func load(contentsOf url: URL) throws(ExpectedFigureError) -> ExpectedPanels {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file")
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.drop(while: \.isWhitespace).first == "{" {
            return try FigureJSONReader.panels(from: data, path: url.path)
        }
        do {
            return ExpectedPanels(try ValuesCSV.parse(text))
        } catch {
            throw .invalid(path: url.path, reason: error.description)
        }
    }
}
