import ArgumentParser
import FigScribe
import Foundation

/// `figscribe compare`: check a new render against an old one by the data both show.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two renders of a heatmap by their data, labels and colour scale.",
        discussion: "Figures of several panels are compared panel by panel. Exit status: 0 they match; 1 they differ; 2 bad input.")

    @Argument(help: "The old (reference) render.")
    var old: String

    @Argument(help: "The new render.")
    var new: String

    @OptionGroup var options: CheckOptions

    func run() throws {
        let checker = try options.checker()
        try options.finish([checker.compare(old: URL(fileURLWithPath: old), new: URL(fileURLWithPath: new))])
    }
}
