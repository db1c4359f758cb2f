import ArgumentParser

@main
struct FigScribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figscribe",
        abstract: "Read heatmap figures (PNG) back into data and describe them.",
        subcommands: [Describe.self, Inspect.self, Annotate.self, Check.self, Compare.self],
        defaultSubcommand: Describe.self)

    static func main() {
        AllocatorTuning.apply()
        main(nil)
    }
}
