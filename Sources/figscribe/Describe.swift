import ArgumentParser
import FigScribe
import Foundation

/// `figscribe describe`: read each image and print it in the chosen format.
struct Describe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
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

    @Option(name: .customLong("image-src"), help: "The HTML page's <img src> (a URL); by default the image is embedded as a data: URI.")
    var imageSource: String?

    @OptionGroup var limits: LimitOptions

    @Option(help: "Directory holding Tesseract's .traineddata files.")
    var tessdata: String?

    @Option(help: "Read image paths from FILE, one a line (- for standard input), after any given as arguments.")
    var filesFrom: String?

    @Option(help: "Images read at once, one OCR engine each (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Write one file per image into this folder (NAME.md, NAME.json, …) instead of standard output.")
    var output: String?

    @Flag(help: "With --output, replace existing files.")
    var force = false

    @Argument(help: "PNG images, folders to search for PNG images, or Jupyter notebooks (.ipynb).")
    var images: [String] = []

    func validate() throws {
        if images.isEmpty && filesFrom == nil { throw ValidationError("give at least one PNG image") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be positive") }
        if template != nil && !format.usesTemplate {
            throw ValidationError("--template applies to markdown, alt and html, not \(format.rawValue)")
        }
        if imageSource != nil && format != .html { throw ValidationError("--image-src applies to --format html only") }
    }

    func run() throws {
        var paths = InputList.expand(images)
        if let filesFrom {
            do {
                let text = filesFrom == "-"
                    ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                    : try String(contentsOfFile: filesFrom, encoding: .utf8)
                paths += InputList.expand(InputList.paths(inListText: text))
            } catch {
                Diagnostics.fail("\(filesFrom): cannot read the list of files (\(error.localizedDescription))")
                throw ExitCode(2)
            }
        }
        if let output {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else {
                Diagnostics.fail("\(output): --output must be an existing folder")
                throw ExitCode(2)
            }
        }
        // Notebooks are described output by output, in the order given, before the images.
        let notebooks = paths.filter { $0.lowercased().hasSuffix(".ipynb") }
        paths.removeAll { $0.lowercased().hasSuffix(".ipynb") }
        var notebookStatus: Int32 = 0
        if !notebooks.isEmpty {
            let reader: HeatmapReader
            do {
                reader = try HeatmapReader(limits: limits.readLimits, tessdata: tessdata)
            } catch {
                Diagnostics.fail("\(error)")
                throw ExitCode(2)
            }
            for notebook in notebooks { notebookStatus = max(notebookStatus, describeNotebook(notebook, with: reader)) }
        }
        if paths.isEmpty {
            if notebookStatus != 0 { throw ExitCode(notebookStatus) }
            return
        }
        // One image named on the command line prints as before; anything more is a batch.
        let batch = paths.count > 1 || filesFrom != nil || images != paths
        let describer = BatchDescriber(
            format: format, template: template, imageSource: imageSource, jsonLines: batch && format == .json && output == nil,
            reportTimings: ProcessInfo.processInfo.environment["FIGSCRIBE_TIMINGS"] == "1")
        let status = BatchRunner(
            paths: paths, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, describer: describer,
            outputFolder: output, overwrite: force, limits: limits.readLimits, tessdata: tessdata
        ).run()
        if max(status, notebookStatus) != 0 { throw ExitCode(max(status, notebookStatus)) }
    }
}
