import ArgumentParser
import FigScribe
import Foundation

/// `figscribe check`: read images and check them against expected figure JSON or CSV files.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that images show the expected data (figure JSON or values CSV).",
        discussion: """
            Either one IMAGE with --expected FILE, or a folder of images with --expected-dir \
            DIR: each NAME.png is checked against NAME.json (else NAME.csv). A figure of \
            several panels is checked panel by panel. Exit status: 0 every figure matches; 1 a \
            figure differs (or holds no heatmap); 2 bad input.
            """)

    @Argument(help: "A PNG image, or a folder of them with --expected-dir.")
    var image: String

    @Option(help: "The expected figure: JSON from `describe --format json`, or a CSV of values.")
    var expected: String?

    @Option(help: "A folder of expected NAME.json / NAME.csv files for a folder of images.")
    var expectedDir: String?

    @OptionGroup var options: CheckOptions

    func run() throws {
        guard (expected == nil) != (expectedDir == nil) else {
            Diagnostics.fail("give either --expected FILE or --expected-dir DIR")
            throw ExitCode(2)
        }
        let checker = try options.checker()
        if let expected {
            try options.finish([checker.check(image: URL(fileURLWithPath: image), expected: URL(fileURLWithPath: expected))])
            return
        }
        guard options.diffImage == nil else {
            Diagnostics.fail("--diff-image applies to one image, not a folder")
            throw ExitCode(2)
        }
        do {
            let results = try checker.checkDirectory(
                images: URL(fileURLWithPath: image), expected: URL(fileURLWithPath: expectedDir ?? ""))
            try options.finish(results)
        } catch let error as CheckDirectoryError {
            Diagnostics.fail("\(error)")
            throw ExitCode(2)
        }
    }
}
