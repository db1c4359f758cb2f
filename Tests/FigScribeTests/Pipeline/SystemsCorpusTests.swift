import Foundation
import Testing

@testable import FigScribe

/// A quick subset of the multi-system corpus (`GoldenImages/systems`, scored whole by
/// `Scripts/score-corpus`): one figure per system, each showing a case the reader handles —
/// stepped and log scales, scales drawn from short colour tables, printed numbers, counted
/// labels (S1, s01, I1, C1, B1 read as 81, C1 … C9 read partly as letters) and labels turned
/// top to bottom (words whose ascenders show it).
@Suite("Multi-system corpus, quick subset")
struct SystemsCorpusTests {
    static let figures = [
        "pheatmap/ph_numbers_percent", "gnuplot/gp_maxcolors4_gray", "octave/oc_jet_south", "matplotlib/mpl_log_1",
        "seaborn/sns_discrete_1", "seaborn/sns_layout_1", "plotnine/p9_discrete_1", "vegalite/vl_discrete_bin_3",
        "ggplot2/gg_fermenter_rdbu", "baser/br_res150", "lattice/lt_annot", "plotly/plotly_annot_2",
        "plotly/plotly_layout_plotly_1", "plotnine/p9_layout_bw_9", "pheatmap/ph_numbers_counts",
    ]

    /// How far (cells) a tick may sit from its truth, as the scorer allows.
    static let tickTolerance = 0.3
    /// The share of truth ticks that must be read, as the scorer asks.
    static let ticksRead = 0.9

    @Test(arguments: figures)
    func figureIsReadAsItsTruthSays(name: String) throws {
        let folder = Paths.goldenImages.appendingPathComponent("systems")
        let truth = try JSONDecoder().decode(
            HeatmapFigure.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).truth.json")))
        let actual = try HeatmapReader().read(contentsOf: folder.appendingPathComponent("\(name).png"))
        try GoldenImageTests.checkData(actual, truth)
        #expect(actual.colorbar?.scale == truth.colorbar?.scale)
        #expect(actual.colorbar?.bins?.count == truth.colorbar?.bins?.count)
        // As the scorer: nine truth ticks in ten read, each with its text, near its place.
        func normalised(_ t: String) -> String { t.replacingOccurrences(of: "\u{2212}", with: "-") }
        var matched = 0, total = 0
        for (expected, read) in [(truth.xAxis.ticks, actual.xAxis.ticks), (truth.yAxis.ticks, actual.yAxis.ticks)] {
            for tick in expected {
                total += 1
                if read.contains(where: {
                    normalised($0.text) == normalised(tick.text) && abs($0.position - tick.position) <= Self.tickTolerance
                }) { matched += 1 }
            }
        }
        #expect(Double(matched) >= Self.ticksRead * Double(total), "\(matched) of \(total) ticks read")
    }

    /// Tesseract reads an unsure line a second time as light text on dark and keeps that
    /// reading when its output looks surer; the lines it is given are always dark on light,
    /// so the engine is set never to (OCREngine.settings). Its inverted readings had won
    /// for these colour-bar labels ("W/m?", "mc").
    @Test(arguments: [("octave/oc_hot_west", "W/m²"), ("plotnine/p9_layout_light_6", "°C")])
    func colourBarLabelIsReadAsDrawn(name: String, label: String) throws {
        let png = Paths.goldenImages.appendingPathComponent("systems/\(name).png")
        #expect(try HeatmapReader().read(contentsOf: png).colorbar?.label == label)
    }

    /// A colour-bar label read as no digit at all (gnuplot's "9", lattice's "0") is read
    /// again larger, and kept because its value is the one the bar's other labels put there.
    @Test(arguments: [("gnuplot/gp_colorbox_left", "9"), ("lattice/lt_key_bottom", "0")])
    func colourBarLabelReadAsNothingIsReadAgain(name: String, label: String) throws {
        let png = Paths.goldenImages.appendingPathComponent("systems/\(name).png")
        let ticks = try HeatmapReader().read(contentsOf: png).colorbar?.ticks.map(\.text) ?? []
        #expect(ticks.contains(label), "ticks \(ticks)")
    }
}

/// The colour bar is described on the side of the grid it is drawn on, whatever its
/// orientation: Octave's west bar is vertical yet left, ggplot2's top legend horizontal
/// yet above.
@Suite struct ColourBarSideTests {
    @Test(arguments: [
        ("octave/oc_hot_west", HeatmapFigure.Axis.Side.left, "left"), ("octave/oc_gray_north", .top, "above"),
        ("ggplot2/gg_steps2_top", .top, "above"), ("octave/oc_jet_south", .bottom, "below"),
        ("octave/oc_viridis_east", .right, "right"),
    ])
    func barIsDescribedWhereItIsDrawn(name: String, side: HeatmapFigure.Axis.Side, words: String) throws {
        let png = Paths.goldenImages.appendingPathComponent("systems/\(name).png")
        let figure = try HeatmapReader().read(contentsOf: png)
        #expect(figure.colorbar?.side == side)
        let markdown = try render(figure, as: .markdown)
        #expect(markdown.contains("* **Colorbar:** \(words);"), "\(markdown)")
    }

    /// A bar beyond two sides of the grid is on the farther one; one overlapping it has none.
    @Test func sideIsTheFarthestGap() {
        let grid = HeatmapFigure.Box(x: 100, y: 100, width: 200, height: 100)
        func side(_ minX: Int, _ minY: Int, _ maxX: Int, _ maxY: Int) -> HeatmapFigure.Axis.Side? {
            FigureAssembler.side(of: PixelRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY), from: grid)
        }
        #expect(side(320, 100, 340, 200) == .right)
        #expect(side(60, 100, 80, 200) == .left)
        #expect(side(100, 40, 300, 60) == .top)
        #expect(side(100, 220, 300, 240) == .bottom)
        #expect(side(310, 240, 400, 260) == .bottom)
        #expect(side(150, 150, 170, 170) == nil)
    }

    /// A bar read from JSON carries no side: its orientation decides, as before.
    @Test func barFromJSONIsPlacedByOrientation() {
        var bar = HeatmapFigure.Colorbar(orientation: .horizontal, min: 0, max: 1)
        #expect(DescriptionContextBuilder.position(of: bar) == "below")
        bar.orientation = .vertical
        #expect(DescriptionContextBuilder.position(of: bar) == "right")
        bar.side = .left
        #expect(DescriptionContextBuilder.position(of: bar) == "left")
    }
}
