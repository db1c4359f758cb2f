import ArgumentParser
import FigScribe
import Foundation

/// `figscribe describe`: read each image and print it in the chosen format.
struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recover a heatmap's data, labels and colour scale from PNG images.",
        discussion: """
            Exit status: 0 described; 1 an image was read but holds no heatmap (a JSON object \
            with "error" is still printed); 2 bad usage or an unreadable file. With several \
            images, the worst status.
            """)

    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .markdown

    @Option(help: "A Mustache template replacing the built-in one (markdown, alt, html).")
    var template: String?

    @OptionGroup var limits: LimitOptions

    @Option(help: "Directory holding Tesseract's .traineddata files.")
    var tessdata: String?

    @Argument(help: "PNG images to read.")
    var images: [String]

    func validate() throws {
        if images.isEmpty { throw ValidationError("give at least one PNG image") }
        if template != nil && !format.usesTemplate {
            throw ValidationError("--template applies to markdown, alt and html, not \(format.rawValue)")
        }
    }

    func run() throws {
        let reader: HeatmapReader
        do {
            reader = try HeatmapReader(limits: limits.readLimits, tessdata: tessdata)
        } catch {
            Diagnostics.fail("\(error)")
            throw ExitCode(2)
        }
        var status: Int32 = 0
        for path in images {
            status = max(status, describe(path, with: reader))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Reads and prints one image; returns its exit status.
    private func describe(_ path: String, with reader: HeatmapReader) -> Int32 {
        let url = URL(fileURLWithPath: path)
        do {
            let figure = try reader.read(contentsOf: url)
            let output = try format.render(figure, imagePath: path, template: template.map { URL(fileURLWithPath: $0) })
            print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
            return 0
        } catch let error as NoHeatmapError {
            Diagnostics.fail("\(path): \(error)")
            if format == .json, let json = try? FigureJSON.encodeFailure(
                file: url.lastPathComponent, width: error.width, height: error.height, reason: "\(error)")
            {
                print(json)
            }
            return 1
        } catch {
            Diagnostics.fail("\(path): \(error)")
            return 2
        }
    }
}
