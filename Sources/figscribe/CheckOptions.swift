import ArgumentParser
import FigScribe
import Foundation

/// The options `check` and `compare` share: tolerance, report format, diff image, reader limits.
struct CheckOptions: ParsableArguments {
    @Option(name: .customLong("tolerance"),
            help: "How far a value may move: a share of the colour range (\"0.5%\") or data units (\"0.01\"). Default 2%.")
    var toleranceText: String?

    /// The parsed `--tolerance`; `checker()` has rejected a bad one.
    var tolerance: ComparisonTolerance { toleranceText.flatMap(ComparisonTolerance.init(parsing:)) ?? .standard }

    @Option(name: .shortAndLong, help: "Report format: \(CheckReport.all.map(\.name).joined(separator: ", ")).")
    var format: CheckReportFormat = .markdown

    @Option(help: "Write the new image with the differing cells outlined to this PNG file.")
    var diffImage: String?

    @Flag(help: "Replace an existing --diff-image file.")
    var force = false

    @Option(help: "Refuse images with more pixels than this.")
    var maxPixels: Int = PNGDecoder.defaultMaxPixels

    @Option(help: "Directory holding Tesseract's .traineddata files.")
    var tessdata: String?

    /// A checker with these options, or exit 2 with one line on stderr.
    func checker() throws -> FigureChecker {
        guard maxPixels >= 1 else {
            Diagnostics.fail("--max-pixels must be positive")
            throw ExitCode(2)
        }
        if let toleranceText, ComparisonTolerance(parsing: toleranceText) == nil {
            Diagnostics.fail("--tolerance \"\(toleranceText)\" is neither a share (\"0.5%\") nor a non-negative number (\"0.01\")")
            throw ExitCode(2)
        }
        if let diffImage, !force, FileManager.default.fileExists(atPath: diffImage) {
            Diagnostics.fail("\(OutputFileError.exists(path: diffImage))")
            throw ExitCode(2)
        }
        do {
            return FigureChecker(reader: try HeatmapReader(maxPixels: maxPixels, tessdata: tessdata), tolerance: tolerance)
        } catch {
            Diagnostics.fail("\(error)")
            throw ExitCode(2)
        }
    }

    /// Prints the report, writes the diff image if asked, and exits with the worst status.
    func finish(_ results: [CheckResult]) throws {
        for result in results where result.verdict == .error {
            Diagnostics.fail(result.error ?? "check failed")
        }
        let report = format.report.render(results, tolerance: tolerance)
        print(report, terminator: report.hasSuffix("\n") ? "" : "\n")
        var status = CheckSummary(results).exitStatus
        if let diffImage, let result = results.first {
            do {
                try DiffImageWriter.write(result, to: URL(fileURLWithPath: diffImage), replacing: force, maxPixels: maxPixels)
            } catch {
                Diagnostics.fail("\(error)")
                status = 2
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// The report formats of `check` and `compare`.
enum CheckReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, junit

    var report: CheckReport {
        switch self {
        case .markdown: return .markdown
        case .json: return .json
        case .junit: return .junit
        }
    }
}
