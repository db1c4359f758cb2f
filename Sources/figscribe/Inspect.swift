import ArgumentParser
import FigScribe
import Foundation

/// `figscribe inspect`: list the grid, strip and text lines found in an image.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what the layout and OCR stages found in an image (for diagnosis).")

    @Option(help: "Directory holding Tesseract's .traineddata files.")
    var tessdata: String?

    @Argument(help: "A PNG image.")
    var image: String

    func run() throws {
        do {
            let reader = try HeatmapReader(tessdata: tessdata)
            print(try TextDump.lines(of: URL(fileURLWithPath: image), reader: reader), terminator: "")
        } catch {
            Diagnostics.fail("\(image): \(error)")
            throw ExitCode(2)
        }
    }
}
