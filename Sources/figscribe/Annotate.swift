import ArgumentParser
import FigScribe
import Foundation

/// `figscribe annotate`: give a report's or notebook's heatmaps alt texts and long descriptions.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Add alt texts and long descriptions to the heatmaps of a Markdown, HTML or notebook document.",
        discussion: """
            Markdown (.md) and HTML (.html): every local PNG the document refers to that is a \
            heatmap and has no alt text gets one, and a long description beside it. Jupyter \
            notebooks (.ipynb): a Markdown cell describing them follows each cell with heatmap \
            outputs. Nothing else in the document changes. Prints the document on standard \
            output unless --output or --in-place is given; a summary goes to standard error. \
            Exit status: 0 written; 2 bad usage, an unreadable document or an output not written.
            """)

    @Option(name: .shortAndLong, help: "Write the annotated document here (an existing file needs --force).")
    var output: String?

    @Flag(help: "Replace the document, keeping a copy as DOC.orig.")
    var inPlace = false

    @Flag(help: "With --in-place, keep no DOC.orig copy.")
    var noBackup = false

    @Flag(help: "Overwrite an existing --output file (or DOC.orig).")
    var force = false

    @Option(help: "Refuse images with more pixels than this.")
    var maxPixels: Int = PNGDecoder.defaultMaxPixels

    @Option(help: "Directory holding Tesseract's .traineddata files.")
    var tessdata: String?

    @Argument(help: "A Markdown (.md), HTML (.html) or Jupyter notebook (.ipynb) document.")
    var document: String

    func validate() throws {
        if inPlace && output != nil { throw ValidationError("give either --output or --in-place, not both") }
        if noBackup && !inPlace { throw ValidationError("--no-backup applies to --in-place only") }
        if maxPixels < 1 { throw ValidationError("--max-pixels must be positive") }
        if let output, URL(fileURLWithPath: output).standardizedFileURL == URL(fileURLWithPath: document).standardizedFileURL {
            throw ValidationError("--output is the document itself: use --in-place")
        }
    }

    func run() throws {
        do {
            let url = URL(fileURLWithPath: document)
            let bytes = try DocumentInput.read(url)
            let describer = ImageDescriber(reader: try HeatmapReader(maxPixels: maxPixels, tessdata: tessdata))
            let result: (bytes: [UInt8], summary: AnnotationSummary)
            if url.pathExtension.lowercased() == "ipynb" {
                let notebook = try Notebook(bytes: bytes)
                result = NotebookAnnotator.annotate(notebook) { image in
                    describer.describe(pngData: image.png, name: "\(url.lastPathComponent) \(image.label)")
                }
            } else if let kind = DocumentAnnotator.Kind(path: document) {
                result = DocumentAnnotator(kind: kind, directory: url.deletingLastPathComponent())
                    .annotate(bytes, describe: describer.describe(fileAt:))
            } else {
                throw ValidationError("\(document): not a Markdown (.md), HTML (.html) or notebook (.ipynb) document")
            }
            try write(result.bytes, original: url)
            for note in result.summary.notes { Diagnostics.fail("\(document): \(note)") }
            Diagnostics.fail("\(document): \(result.summary.line)")
        } catch let error as ValidationError {
            Diagnostics.fail(error.message)
            throw ExitCode(2)
        } catch {
            Diagnostics.fail("\(document): \(error)")
            throw ExitCode(2)
        }
    }

    private func write(_ bytes: [UInt8], original: URL) throws {
        if let output {
            try OutputFile.write(bytes, to: URL(fileURLWithPath: output), replacing: force)
        } else if inPlace {
            if !noBackup { _ = try OutputFile.backUp(original, replacing: force) }
            try OutputFile.write(bytes, to: original, replacing: true)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
