import Testing

@testable import FigScribe

/// A clustered heatmap says so, and an axis label is placed on the side it was read on.
@Suite struct ClusteredDescriptionTests {
    @Test(arguments: [
        (true, true, "rows and columns are clustered"),
        (true, false, "rows are clustered"),
        (false, true, "columns are clustered"),
    ])
    func dendrogramsAreNamedInTheComponents(rows: Bool, columns: Bool, says: String) throws {
        var figure = try DescribeFixtures.figure("imshow_08")
        figure.dendrograms = .init(rows: rows, columns: columns)
        let markdown = try render(figure, as: .markdown)
        #expect(markdown.contains("* **Dendrograms:** \(says);"), "\(markdown)")
        #expect(try render(figure, as: .alt).hasPrefix("Clustered heatmap"))
    }

    @Test func anUnclusteredHeatmapNamesNoDendrograms() throws {
        let figure = try DescribeFixtures.figure("imshow_08")
        #expect(!(try render(figure, as: .markdown)).contains("Dendrograms"))
        #expect(try render(figure, as: .alt).hasPrefix("Heatmap"))
    }

    /// The side read from the image wins over the guess from the margins (a panel low in
    /// its figure has more room above it than below, yet its x label is below).
    @Test(arguments: [HeatmapFigure.Axis.Side.top, .bottom])
    func theXLabelIsPlacedWhereItWasRead(side: HeatmapFigure.Axis.Side) throws {
        var figure = try DescribeFixtures.figure("imshow_08")
        figure.xAxis.labelSide = side
        figure.yAxis.labelSide = .right
        let markdown = try render(figure, as: .markdown)
        #expect(markdown.contains("— \(side.rawValue) centre."), "\(markdown)")
        #expect(markdown.contains("— right, rotated."), "\(markdown)")
    }
}
