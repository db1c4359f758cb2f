import Foundation
import Testing

@testable import FigScribe

/// Reads every golden heatmap through the whole pipeline and compares the result with its
/// `NAME.expected.json`, within the scorer's tolerances (shared/docs/figure-json.md).
@Suite("Golden images")
struct GoldenImageTests {
    /// Images with an expected-result file beside them.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Paths.goldenImages.path)) ?? []
        return files.filter { $0.hasSuffix(".png") }.map { String($0.dropLast(4)) }
            .filter { files.contains("\($0).expected.json") }.sorted()
    }()

    /// Images whose data (grid, values, colour-bar ends) is wrong today, and why.
    static let knownDataFailures: [String: String] = [:]

    /// matplotlib / seaborn images whose title or labels OCR misreads today, and why.
    static let knownLabelFailures: [String: String] = [:]

    /// Images whose texts are checked exactly: matplotlib and seaborn renders.
    static let labelChecked = names.filter { $0.hasPrefix("mpl_") || $0.hasPrefix("sns_") }

    /// Largest mean absolute value error, as a share of the colour range.
    static let maximumNMAE = 0.02
    /// Largest colour-bar end error, as a share of the colour range.
    static let maximumEndError = 0.02

    @Test func goldenImagesArePresent() {
        #expect(Self.names.count == 16)
        #expect(Self.names.contains("mpl_imshow_viridis"))
        for name in Self.knownDataFailures.keys { #expect(Self.names.contains(name), "\(name) is not a golden image") }
        for name in Self.knownLabelFailures.keys { #expect(Self.labelChecked.contains(name), "\(name) is not label-checked") }
    }

    @Test(arguments: names)
    func dataMatchesExpected(name: String) throws {
        let (actual, expected) = try Self.read(name)
        #expect(actual.schema == HeatmapFigure.schemaIdentifier)
        #expect(actual.image == expected.image)
        if let reason = Self.knownDataFailures[name] {
            withKnownIssue(Comment(rawValue: reason)) {
                try Self.checkData(actual, expected)
            }
        } else {
            try Self.checkData(actual, expected)
        }
    }

    @Test(arguments: labelChecked)
    func labelsMatchExpected(name: String) throws {
        let (actual, expected) = try Self.read(name)
        let check = {
            #expect(actual.title == expected.title, "title")
            #expect(actual.xAxis.label == expected.xAxis.label, "x label")
            #expect(actual.yAxis.label == expected.yAxis.label, "y label")
            #expect(actual.colorbar?.label == expected.colorbar?.label, "colour-bar label")
        }
        if let reason = Self.knownLabelFailures[name] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }

    /// The numbers seaborn prints in the cells are found, read, and agree with the colours.
    @Test func printedNumbersAgreeWithColours() throws {
        let url = Paths.goldenImages.appendingPathComponent("sns_annot_gaps_hcbar.png")
        let reader = try HeatmapReader()
        let (layout, text) = try reader.readText(contentsOf: url)
        let cells = layout.rows * layout.columns
        #expect(text.annotations.count >= cells * 9 / 10, "\(text.annotations.count) of \(cells) cells")
        #expect(text.annotations.filter { NumberParser.parse($0.text) != nil }.count >= cells * 9 / 10)
        let figure = try reader.read(contentsOf: url)
        #expect(!figure.warnings.contains { $0.contains("shows") || $0.contains("printed") }, "\(figure.warnings)")
    }

    @Test(arguments: ["mpl_imshow_viridis", "gnuplot_viridis", "sns_annot_gaps_hcbar"])
    func readingIsDeterministic(name: String) throws {
        let url = Paths.goldenImages.appendingPathComponent("\(name).png")
        let reader = try HeatmapReader()
        let first = try FigureJSON.encode(reader.read(contentsOf: url))
        let second = try FigureJSON.encode(reader.read(contentsOf: url))
        let fresh = try FigureJSON.encode(HeatmapReader().read(contentsOf: url))
        #expect(Array(first.utf8) == Array(second.utf8))
        #expect(Array(first.utf8) == Array(fresh.utf8))
    }

    // MARK: - Helpers

    /// Reads an image with a fresh reader (readers are not thread-safe) and its expectation.
    static func read(_ name: String) throws -> (actual: HeatmapFigure, expected: HeatmapFigure) {
        let image = Paths.goldenImages.appendingPathComponent("\(name).png")
        let json = Paths.goldenImages.appendingPathComponent("\(name).expected.json")
        let expected = try JSONDecoder().decode(HeatmapFigure.self, from: Data(contentsOf: json))
        let actual = try HeatmapReader().read(contentsOf: image)
        return (actual, expected)
    }

    /// Grid exact, values and colour-bar ends within tolerance, orientation equal.
    static func checkData(_ actual: HeatmapFigure, _ expected: HeatmapFigure) throws {
        let truthBar = try #require(expected.colorbar, "expected file has no colour bar")
        let range = truthBar.max - truthBar.min
        try #require(range > 0)
        let bar = try #require(actual.colorbar, "no colour bar read")
        #expect(bar.orientation == truthBar.orientation)
        let minError = abs(bar.min - truthBar.min) / range
        let maxError = abs(bar.max - truthBar.max) / range
        #expect(minError <= maximumEndError, "colour-bar min \(bar.min), expected \(truthBar.min)")
        #expect(maxError <= maximumEndError, "colour-bar max \(bar.max), expected \(truthBar.max)")

        try #require(actual.grid.rows == expected.grid.rows && actual.grid.columns == expected.grid.columns,
                     "grid \(actual.grid.rows)×\(actual.grid.columns), expected \(expected.grid.rows)×\(expected.grid.columns)")
        try #require(actual.values.count == expected.grid.rows)
        var total = 0.0, count = 0, spuriousValues = 0
        for (actualRow, expectedRow) in zip(actual.values, expected.values) {
            try #require(actualRow.count == expected.grid.columns)
            for (value, truth) in zip(actualRow, expectedRow) {
                switch (value, truth) {
                case (_, nil):
                    if value != nil { spuriousValues += 1 }
                case (nil, .some):
                    // A missing value counts as wrong by the whole range.
                    total += range
                    count += 1
                case (let v?, let t?):
                    total += abs(v - t)
                    count += 1
                }
            }
        }
        #expect(spuriousValues == 0, "\(spuriousValues) cell(s) without data were given a value")
        let nmae = count > 0 ? total / Double(count) / range : 0
        #expect(nmae <= maximumNMAE, "normalised mean absolute error \(nmae)")
    }
}
