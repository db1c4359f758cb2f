import FigScribe
import Foundation

/// Describes many images with one reader per worker thread and prints (or writes) the
/// results in input order.
struct BatchRunner {
    var paths: [String]
    var jobs: Int
    var describer: BatchDescriber
    /// A folder to write one file per image into, instead of standard output.
    var outputFolder: String?
    /// Whether existing output files may be replaced (`--force`).
    var overwrite: Bool
    var limits: ReadLimits
    var tessdata: String?

    /// Runs the batch; returns the worst exit status.
    func run() -> Int32 {
        let (describer, limits, tessdata, paths) = (describer, limits, tessdata, paths)
        let progress = ProgressBar(total: paths.count)
        var worst: Int32 = 0
        var failed = (unreadable: 0, noHeatmap: 0)
        var written = Set<String>()
        OrderedParallelMap.run(
            count: paths.count, jobs: jobs,
            makeWorker: { Result { try HeatmapReader(limits: limits, tessdata: tessdata) } },
            work: { reader, i in
                switch reader {
                case let .success(r): return describer.describe(paths[i], with: r)
                case let .failure(error): return describer.failure(paths[i], "\(error)")
                }
            },
            deliver: { _, outcome in
                var outcome = outcome
                if let folder = outputFolder { write(&outcome, into: folder, names: &written) } else { show(outcome) }
                if let problem = outcome.problem { progress.message("figscribe: \(outcome.path): \(problem)") }
                if let timings = outcome.timings { progress.message("figscribe: timings \(outcome.path): \(timings)") }
                worst = max(worst, outcome.status)
                if outcome.status == 1 { failed.noHeatmap += 1 }
                if outcome.status >= 2 { failed.unreadable += 1 }
                progress.advance()
            })
        progress.finish()
        if paths.count > 1 && worst > 0 {
            Diagnostics.fail("\(failed.unreadable + failed.noHeatmap) of \(paths.count) images failed "
                + "(\(failed.unreadable) unreadable, \(failed.noHeatmap) without a heatmap)")
        }
        return worst
    }

    private func show(_ outcome: ImageOutcome) {
        guard let output = outcome.output else { return }
        print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
    }

    /// Writes the outcome's output to `folder/NAME.ext`; a failure to write makes it status 2.
    private func write(_ outcome: inout ImageOutcome, into folder: String, names: inout Set<String>) {
        guard let output = outcome.output else { return }
        let base = URL(fileURLWithPath: outcome.path).deletingPathExtension().lastPathComponent
        let name = "\(base).\(describer.format.fileExtension)"
        guard names.insert(name).inserted else {
            outcome.status = 2
            outcome.problem = "\(name) is also the output of an earlier image; not written"
            return
        }
        do {
            try OutputFile.write(Array((output.hasSuffix("\n") ? output : output + "\n").utf8),
                                 to: URL(fileURLWithPath: folder).appendingPathComponent(name), replacing: overwrite)
        } catch {
            outcome.status = 2
            outcome.problem = "\(error)"
        }
    }
}
