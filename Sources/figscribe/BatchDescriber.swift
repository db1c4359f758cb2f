import FigScribe
import Foundation

/// Reads one image with a worker's reader and renders it; never throws, never prints.
struct BatchDescriber: Sendable {
    var format: OutputFormat
    var template: String?
    /// The HTML page's `<img src>`; nil embeds the image as a `data:` URI.
    var imageSource: String?
    /// One compact JSON object a line, failures included (several inputs, `--format json`).
    var jsonLines: Bool
    /// Whether to report stage times (`FIGSCRIBE_TIMINGS=1`).
    var reportTimings: Bool

    /// Describes the image at `path`.
    func describe(_ path: String, with reader: HeatmapReader) -> ImageOutcome {
        let url = URL(fileURLWithPath: path)
        reader.timings.reset()
        var outcome = ImageOutcome(path: path, status: 0)
        do {
            let figure = try reader.readFigure(contentsOf: url)
            outcome.output = try reader.timings.measure(.describe) {
                jsonLines ? try Self.jsonLine(figure)
                    : try format.render(
                        figure, imageSource: { try imageSource ?? DescriptionFormat.dataURI(png: Data(contentsOf: url)) },
                        template: template.map { URL(fileURLWithPath: $0) })
            }
        } catch let error as NoHeatmapError {
            outcome.status = 1
            outcome.problem = "\(error)"
            let image = HeatmapFigure.ImageInfo(file: url.lastPathComponent, width: error.width, height: error.height)
            if jsonLines {
                outcome.output = try? JSONLines.failureLine(file: path, reason: "\(error)", status: 1, image: image)
            } else if format == .json {
                outcome.output = try? FigureJSON.encodeFailure(
                    file: image.file, width: image.width, height: image.height, reason: "\(error)")
            }
        } catch {
            outcome = failure(path, "\(error)")
        }
        if reportTimings { outcome.timings = reader.timings.summary }
        return outcome
    }

    private static func jsonLine(_ reading: FigureReading) throws -> String {
        switch reading {
        case .heatmap(let figure): return try JSONLines.line(figure)
        case .panels(let figure): return try JSONLines.line(figure)
        }
    }

    /// The outcome for an image that could not be read (status 2).
    func failure(_ path: String, _ reason: String) -> ImageOutcome {
        ImageOutcome(
            path: path, status: 2,
            output: jsonLines ? try? JSONLines.failureLine(file: path, reason: reason, status: 2) : nil,
            problem: reason)
    }
}
