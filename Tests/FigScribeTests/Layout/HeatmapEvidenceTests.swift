import Foundation
import Testing

@testable import FigScribe

/// Images that hold no heatmap are refused; real heatmaps, with or without a colour bar,
/// one row or many, are not.
@Suite("HeatmapEvidence")
struct HeatmapEvidenceTests {
    /// The layout's verdict: nil when the image is taken for a heatmap, else why not.
    static func refusal(_ image: RGBAImage) -> LayoutError? {
        do throws(LayoutError) {
            try HeatmapEvidence(layout: LayoutAnalyzer().analyze(image)).verdict()
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: NonHeatmapImage.allCases)
    func nonHeatmapIsRefused(_ kind: NonHeatmapImage) {
        #expect(Self.refusal(kind.draw()) != nil, "\(kind) was taken for a heatmap")
    }

    /// Flat cells everywhere but all of one colour: a filled rectangle, not a heatmap.
    @Test func singleColourBlockIsRefused() {
        var image = RGBAImage(width: 120, height: 90)
        for y in 20..<70 { for x in 20..<100 { image[x, y] = RGBA(r: 200, g: 30, b: 30) } }
        #expect(Self.refusal(image) != nil)
    }

    /// A grid whose cells are flat but whose colours are nowhere on the strip drawn beside it.
    @Test func cellsOffTheColourScaleAreRefused() {
        var image = SyntheticHeatmap(rows: 6, columns: 8, seed: 9).draw().image
        let grid = SyntheticHeatmap(rows: 6, columns: 8, seed: 9).gridBox
        for y in grid.minY..<grid.maxY {
            for x in grid.minX..<grid.maxX {
                let p = image[x, y]
                image[x, y] = RGBA(r: p.g, g: 255 - p.r, b: p.r)  // colours the ramp never shows
            }
        }
        let refusal = Self.refusal(image)
        let reason = refusal.map { "\($0)" } ?? "accepted"
        #expect(reason.hasPrefix("the cells' colours are not on the colour scale"), "\(reason)")
    }

    @Test(arguments: [(6, 8, UInt64(1)), (1, 12, 2), (12, 1, 3), (2, 2, 4), (20, 30, 5)])
    func syntheticHeatmapIsAccepted(rows: Int, columns: Int, seed: UInt64) {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, cellWidth: 14, cellHeight: 12, seed: seed)
        #expect(Self.refusal(figure.draw().image) == nil)
    }

    /// Without a colour bar the values cannot be read, but the lattice of flat cells makes
    /// it a heatmap all the same.
    @Test(arguments: [(5, 7, UInt64(11)), (1, 10, 12)])
    func heatmapWithoutColourBarIsAccepted(rows: Int, columns: Int, seed: UInt64) {
        let figure = SyntheticHeatmap(rows: rows, columns: columns, cellWidth: 14, cellHeight: 12, strip: nil, seed: seed)
        #expect(Self.refusal(figure.draw().image) == nil)
    }

    /// A confusion matrix drawn in Blues without a colour bar: most cells hold counts near
    /// zero, whose colour (#f7fbff) is barely off the white page, but is off it; only the
    /// diagonal and two slips are a clear blue.
    @Test func paleCellsOnAWhitePageAreColoured() {
        var image = RGBAImage(width: 220, height: 200)
        let (x0, y0, size, n) = (40, 30, 20, 7)
        for r in 0..<n {
            for c in 0..<n {
                let colour = r == c ? RGBA(r: 8, g: 48, b: 107)
                    : (r, c) == (1, 4) || (r, c) == (5, 2) ? RGBA(r: 107, g: 174, b: 214) : RGBA(r: 247, g: 251, b: 255)
                for y in (y0 + r * size)..<(y0 + (r + 1) * size) {
                    for x in (x0 + c * size)..<(x0 + (c + 1) * size) { image[x, y] = colour }
                }
            }
        }
        #expect(Self.refusal(image) == nil, "\(Self.refusal(image).map { "\($0)" } ?? "")")
    }

    /// Missing values drawn in one colour off the scale (matplotlib's "bad" colour) do not
    /// make the cells disagree with the scale.
    @Test func missingValuesInOneColourAreAccepted() {
        let figure = SyntheticHeatmap(rows: 8, columns: 8, cellWidth: 14, cellHeight: 12, seed: 21)
        var image = figure.draw().image
        let grid = figure.gridBox
        for r in 0..<8 {
            for c in (r + 1)..<8 where c < 8 {
                for y in (grid.minY + r * 12)..<(grid.minY + (r + 1) * 12) {
                    for x in (grid.minX + c * 14)..<(grid.minX + (c + 1) * 14) { image[x, y] = RGBA(r: 200, g: 60, b: 60) }
                }
            }
        }
        #expect(Self.refusal(image) == nil)
    }

    @Test func everyGoldenImageIsAccepted() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.goldenImages.path).filter { $0.hasSuffix(".png") }
        #expect(names.count >= 16)
        for name in names {
            let image = try PNGDecoder().decode(contentsOf: Paths.goldenImages.appendingPathComponent(name))
            #expect(Self.refusal(image) == nil, "\(name): \(Self.refusal(image).map { "\($0)" } ?? "")")
        }
    }

    /// The whole dev corpus, when the shared folder is beside the project.
    @Test(.enabled(if: Paths.shared != nil, "the shared dev corpus is not beside this checkout"))
    func everyDevCorpusFigureIsAccepted() throws {
        let folder = try #require(Paths.shared).appendingPathComponent("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        #expect(names.count >= 86)
        for name in names {
            let image = try PNGDecoder().decode(contentsOf: folder.appendingPathComponent(name))
            #expect(Self.refusal(image) == nil, "\(name): \(Self.refusal(image).map { "\($0)" } ?? "")")
        }
    }
}
