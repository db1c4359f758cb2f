import Foundation

/// Puts layout, text, scale and cell colours together into a `HeatmapFigure`.
struct FigureAssembler {
    let layout: FigureLayout
    let text: FigureText
    let file: String
    /// Where the scale and value stages' times go, when measured.
    var timings: StageTimings?

    /// Cells farther than this (ΔE*76) from every colour of the scale have no value.
    static let maximumColourDistance = 12.0

    func assemble() -> HeatmapFigure {
        var warnings: [String] = []
        let box = layout.gridBox
        let xTicks = ticks(.xTick, origin: box.x, cell: layout.cellWidth, marks: layout.tickMarks.x) { l in
            (TickPlacement.xAnchor(of: l.line, angle: l.angle), Double(l.line.box.minX)...Double(l.line.box.maxX))
        }
        let yTicks = ticks(.yTick, origin: box.y, cell: layout.cellHeight, marks: layout.tickMarks.y) { l in
            (TickPlacement.yAnchor(of: l.line, angle: l.angle), Double(l.line.box.minY)...Double(l.line.box.maxY))
        }

        var colorbar: HeatmapFigure.Colorbar?
        var values = [[Double?]](repeating: [Double?](repeating: nil, count: layout.columns), count: layout.rows)
        if let strip = layout.strip {
            let (bar, scale) = measure(.scale) { colourScale(strip: strip, warnings: &warnings) }
            colorbar = bar
            values = measure(.values) { cellValues(strip: strip, scale: scale, warnings: &warnings) }
            warnings += AnnotationCheck.warnings(
                text.annotations, values: values, box: box, range: abs(bar.max - bar.min))
        } else {
            warnings.append("no colour scale found: cell values cannot be read")
        }
        return HeatmapFigure(
            image: .init(file: file, width: layout.image.width, height: layout.image.height),
            title: text.joined(.title),
            xAxis: .init(label: text.joined(.xLabel), ticks: xTicks),
            yAxis: .init(label: text.joined(.yLabel), ticks: yTicks),
            colorbar: colorbar,
            grid: .init(rows: layout.rows, columns: layout.columns,
                        box: .init(x: Self.rounded(box.x, 1), y: Self.rounded(box.y, 1),
                                   width: Self.rounded(box.width, 1), height: Self.rounded(box.height, 1))),
            values: values,
            warnings: warnings)
    }

    private func measure<T>(_ stage: StageTimings.Stage, _ body: () -> T) -> T {
        timings?.measure(stage, body) ?? body()
    }

    /// The tick labels of one axis at their positions in cells: each label's anchor (and
    /// its extent along the axis, in pixels) moved to the tick mark it labels.
    private func ticks(
        _ role: TextRole, origin: Double, cell: Double, marks: [Double],
        anchor: (FigureText.ReadLine) -> (Double, ClosedRange<Double>)
    ) -> [HeatmapFigure.Tick] {
        text.lines(role).filter { !$0.text.isEmpty }.map { l in
            let (estimate, span) = anchor(l)
            let pixel = TickPlacement.snapped(estimate, to: marks, within: span)
            return .init(text: l.text, position: Self.rounded((pixel - origin) / cell - 0.5, 3))
        }.sorted { $0.position < $1.position }
    }

    /// The strip position (0…1 from its top/left end) of a colour-bar tick label's middle,
    /// and the end (0 or 1) it sits flush inside, if it does.
    private func stripPosition(_ line: TextLine, strip: ColourStrip) -> (middle: Double, flushEnd: Double?) {
        let b = strip.box
        let vertical = strip.orientation == .vertical
        let (lo, hi) = vertical ? (line.box.minY, line.box.maxY) : (line.box.minX, line.box.maxX)
        let (start, end) = vertical ? (b.minY, b.maxY) : (b.minX, b.maxX)
        let middle = (Double(lo + hi) / 2 - Double(start)) / Double(end - start)
        return (middle, abs(lo - start) <= 1 ? 0 : abs(hi - end) <= 1 ? 1 : nil)
    }

    private func colourScale(strip: ColourStrip, warnings: inout [String]) -> (HeatmapFigure.Colorbar, ScaleFit) {
        var ticks: [(text: String, value: Double, position: Double)] = []
        var flush: [(index: Int, end: Double)] = []
        for l in text.lines(.colorbarTick) {
            guard let number = NumberParser.parse(l.text) else {
                if !l.text.isEmpty { warnings.append("colour-scale tick \"\(l.text)\" is not a number; ignored") }
                continue
            }
            let place = stripPosition(l.line, strip: strip)
            if let end = place.flushEnd { flush.append((ticks.count, end)) }
            ticks.append((l.text, number.value, place.middle))
        }
        // Legends that keep their end labels inside the gradient (Vega-Lite's) align them
        // flush with its ends. A label flush with an end marks that end when the other
        // ticks say its value belongs there rather than at the label's middle.
        let flushIndices = Set(flush.map(\.index))
        let others = ticks.indices.filter { !flushIndices.contains($0) }
        if !flush.isEmpty, let rest = ScaleFit.fit(positions: others.map { ticks[$0].position }, values: others.map { ticks[$0].value }) {
            for (i, end) in flush
            where abs(rest.value(at: end) - ticks[i].value) < abs(rest.value(at: ticks[i].position) - ticks[i].value) {
                ticks[i].position = end
            }
        }
        let fit = ScaleFit.fit(positions: ticks.map(\.position), values: ticks.map(\.value))
        let scale: ScaleFit
        if let fit {
            scale = fit
            for i in fit.outliers {
                warnings.append("colour-scale tick \"\(ticks[i].text)\" disagrees with the others; treated as misread")
            }
        } else {
            // Without readable ticks, report positions along the scale, low end 0.
            let lowAtStart = strip.orientation == .horizontal
            scale = ScaleFit(kind: .linear, intercept: lowAtStart ? 0 : 1, slope: lowAtStart ? 1 : -1, outliers: [])
            warnings.append("colour-scale ticks could not be read: values are fractions (0–1) of the colour scale")
        }
        let ends = [scale.value(at: 0), scale.value(at: 1)]
        let kept = ticks.enumerated().filter { !scale.outliers.contains($0.offset) }.map(\.element)
            .sorted { $0.value < $1.value }
        let bar = HeatmapFigure.Colorbar(
            label: text.joined(.colorbarLabel), orientation: strip.orientation,
            min: Self.significant(ends.min() ?? 0), max: Self.significant(ends.max() ?? 1),
            scale: scale.kind,
            colormap: ColormapRecognizer.name(of: ColourRamp(strip: strip), lowAtStart: scale.value(at: 0) <= scale.value(at: 1)),
            ticks: kept.map { .init(text: $0.text, value: $0.value) })
        return (bar, scale)
    }

    private func cellValues(strip: ColourStrip, scale: ScaleFit, warnings: inout [String]) -> [[Double?]] {
        let ramp = ColourRamp(strip: strip)
        var values: [[Double?]] = []
        var offScale = 0
        for r in 0..<layout.rows {
            var row: [Double?] = []
            for c in 0..<layout.columns {
                let hit = ramp.locate(LabColour(layout.cellColours[r][c]))
                if hit.distance > Self.maximumColourDistance {
                    row.append(nil)
                    offScale += 1
                } else {
                    row.append(Self.significant(scale.value(at: hit.position)))
                }
            }
            values.append(row)
        }
        if offScale > 0 {
            warnings.append("\(offScale) cell(s) have a colour that is not on the colour scale (masked or missing): null")
        }
        return values
    }

    static func rounded(_ v: Double, _ digits: Int) -> Double {
        let f = pow(10, Double(digits))
        return (v * f).rounded() / f
    }

    /// Rounds to 6 significant digits, so output is stable and short.
    static func significant(_ v: Double) -> Double {
        guard v != 0, v.isFinite else { return v }
        let magnitude = floor(log10(abs(v)))
        let f = pow(10, 5 - magnitude)
        return (v * f).rounded() / f
    }
}
