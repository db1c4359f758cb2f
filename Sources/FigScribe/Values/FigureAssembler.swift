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
        assemble(trees: DendrogramFinder(layout: layout).find())
    }

    /// The figure, with `trees` the dendrograms found beside the layout's grid.
    func assemble(trees: [DendrogramFinder.Tree]) -> HeatmapFigure {
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
        let printed = PrintedNumbers.cells(text.annotations, box: box, rows: layout.rows, columns: layout.columns)
        var exact = 0, colourStep: Double?
        func applyPrinted(range: Double) {
            let applied = PrintedNumbers.apply(printed, to: &values, range: range)
            warnings += applied.warnings
            exact = applied.exact
        }
        if let strip = layout.strip, strip.isStepped {
            let reader = SteppedScaleReader(
                strip: strip, labels: text.lines(.colorbarTick), title: text.joined(.colorbarLabel), page: layout.background)
            let (bar, read) = measure(.values) { reader.read(cellColours: layout.cellColours, warnings: &warnings) }
            (colorbar, values) = (bar, read)
            applyPrinted(range: abs(bar.max - bar.min))
        } else if let strip = layout.strip {
            let ramp = ColourRamp(strip: strip)
            let positions = cellPositions(on: ramp, warnings: &warnings)
            var (bar, scale, tickPositions) = measure(.scale) { colourScale(strip: strip, ramp: ramp, warnings: &warnings) }
            if let fitted = PrintedNumbers.fittedScale(printed, positions: positions) {
                if scale == nil {
                    scale = fitted
                    bar = bar.withEnds(fitted)
                    warnings.append("colour-scale ticks could not be read: the scale is fitted to the numbers printed in cells")
                } else if let read = scale, PrintedNumbers.overrule(read, fitted: fitted, cells: printed, positions: positions) {
                    scale = fitted
                    bar = refitted(bar, to: fitted, tickPositions: tickPositions, strip: strip, ramp: ramp, warnings: &warnings)
                }
            }
            if let scale {
                let precision = ValuePrecision(scale: scale, levels: ramp.levels)
                values = measure(.values) { positions.map { $0.map { $0.map { precision.rounded(scale.value(at: $0)) } } } }
                warnings += Self.clipCells(&values, positions: positions, strip: strip, ramp: ramp, scale: scale, bar: bar)
                colourStep = precision.step
                applyPrinted(range: abs(bar.max - bar.min))
            } else {
                // Without readable ticks, report positions along the scale, low end 0.
                let lowAtStart = strip.orientation == .horizontal
                values = positions.map { $0.map { $0.map { Self.rounded(lowAtStart ? $0 : 1 - $0, 3) } } }
                warnings.append("colour-scale ticks could not be read: values are fractions (0–1) of the colour scale")
            }
            colorbar = bar
        } else {
            applyPrinted(range: 0)
            let read = values.joined().compactMap { $0 }
            if read.count == layout.rows * layout.columns, let lo = read.min(), let hi = read.max(), hi > lo {
                // Every cell prints its number and no bar is drawn: plotting systems then
                // spread the colours over the data's range.
                colorbar = HeatmapFigure.Colorbar(orientation: nil, min: lo, max: hi)
                warnings.append("no colour bar drawn: the colour scale's ends are taken as the printed numbers' range")
            } else {
                warnings.append("no colour scale found: cell values cannot be read")
            }
        }
        if let strip = layout.strip { colorbar?.side = Self.side(of: strip.box, from: box) }
        for b in layout.leftOutStrips {
            let why = layout.strip == nil
                ? "another fits the cells' colours as well, so which is theirs cannot be told"
                : "the cells' colours lie on the other"
            warnings.append("a colour scale at x \(b.minX)–\(b.maxX), y \(b.minY)–\(b.maxY) is left out: \(why)")
        }
        warnings += trees.map(Self.dendrogramWarning)
        var figure = HeatmapFigure(
            image: .init(file: file, width: layout.image.width, height: layout.image.height),
            title: text.joined(.title),
            xAxis: .init(label: text.joined(.xLabel), ticks: xTicks, labelSide: labelSide(.xLabel)),
            yAxis: .init(label: text.joined(.yLabel), ticks: yTicks, labelSide: labelSide(.yLabel)),
            colorbar: colorbar,
            grid: .init(rows: layout.rows, columns: layout.columns,
                        box: .init(x: Self.rounded(box.x, 1), y: Self.rounded(box.y, 1),
                                   width: Self.rounded(box.width, 1), height: Self.rounded(box.height, 1))),
            dendrograms: DendrogramFinder.dendrograms(trees),
            values: values,
            warnings: warnings)
        figure.valueSource = .init(printedCells: exact, colourStep: colourStep)
        return figure
    }

    /// The side of the grid an axis label's lines lie on (x: above or below, y: left or right).
    private func labelSide(_ role: TextRole) -> HeatmapFigure.Axis.Side? {
        let lines = text.lines(role)
        guard !lines.isEmpty else { return nil }
        let box = layout.gridBox
        if role == .xLabel {
            let y = lines.map(\.line.box.midY).reduce(0, +) / Double(lines.count)
            return y < box.y + box.height / 2 ? .top : .bottom
        }
        let x = lines.map(\.line.box.midX).reduce(0, +) / Double(lines.count)
        return x < box.x + box.width / 2 ? .left : .right
    }

    /// The side of `grid` that `strip` lies beyond, the farther one when it lies beyond two
    /// (a bar below and to the right); nil when it overlaps the grid.
    static func side(of strip: PixelRect, from grid: HeatmapFigure.Box) -> HeatmapFigure.Axis.Side? {
        let gaps: [(HeatmapFigure.Axis.Side, Double)] = [
            (.right, Double(strip.minX) - (grid.x + grid.width)), (.left, grid.x - Double(strip.maxX)),
            (.bottom, Double(strip.minY) - (grid.y + grid.height)), (.top, grid.y - Double(strip.maxY)),
        ]
        guard let farthest = gaps.max(by: { $0.1 < $1.1 }), farthest.1 > 0 else { return nil }
        return farthest.0
    }

    /// "the rows' dendrogram at x 19–105, y 137–478 (left of the grid) is left out".
    static func dendrogramWarning(_ tree: DendrogramFinder.Tree) -> String {
        let b = tree.box
        return "the \(tree.side.clustersRows ? "rows'" : "columns'") dendrogram at x \(b.minX)–\(b.maxX), y \(b.minY)–\(b.maxY) (\(tree.side) of the grid) is left out"
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
        let lines = text.lines(role).filter { !$0.text.isEmpty }
        var snapped = false
        var positions = lines.map { l -> Double in
            let (estimate, span) = anchor(l)
            let pixel = TickPlacement.snapped(estimate, to: marks, within: span)
            snapped = snapped || pixel != estimate
            return (pixel - origin) / cell - 0.5
        }
        // Labels turned alike along an axis without marks may be aligned otherwise than
        // their anchor supposes (by a side of their box).
        let angles = Set(lines.map(\.angle))
        if !snapped, angles.count == 1, angles.first != 0,
           let aligned = TickPlacement.alignedToCells(positions, lineHeight: lines.map { $0.line.glyphSize / cell }) {
            positions = aligned
        }
        return zip(lines, positions).map { .init(text: $0.text, position: Self.rounded($1, 3)) }
            .sorted { $0.position < $1.position }
    }

    /// The strip position (0…1 from its top/left end) of a colour-bar tick label's middle,
    /// moved to the tick mark beside the strip that it labels when one is drawn, and the
    /// end (0 or 1) it sits flush inside, if it does (whether that end is the label's value
    /// the other ticks decide).
    static func stripPosition(_ line: TextLine, strip: ColourStrip) -> (middle: Double, flushEnd: Double?) {
        let b = strip.box
        let vertical = strip.orientation == .vertical
        let (lo, hi) = vertical ? (line.box.minY, line.box.maxY) : (line.box.minX, line.box.maxX)
        let (start, end) = vertical ? (b.minY, b.maxY) : (b.minX, b.maxX)
        let anchor = TickPlacement.snapped(Double(lo + hi) / 2, to: strip.tickMarks, within: Double(lo)...Double(hi))
        let middle = strip.position(ofPixel: anchor)
        // Inside the end (a pixel of anti-aliasing aside; a label centred on the end
        // overhangs it) by at most 0.3 of the label's length along the strip, or of its
        // height when the label is shorter: a glyph's ink may stop short of the line it is
        // aligned to (a serif "2" ends 2 px above Vega's baseline, a lone serif "1" 3 px
        // before the end of a horizontal gradient; digits of 14-px text end 3 px above the
        // bottom of their text box, a descender's depth). The label's own size, not the
        // figure's typical glyph: a label centred on a tick 4 px inside the end is no end's.
        let slack = max(1, Int((0.3 * Double(max(hi - lo, line.box.height))).rounded()))
        let inside = { (gap: Int) in (-1...slack).contains(gap) }
        return (middle, inside(lo - start) ? 0 : inside(end - hi) ? 1 : nil)
    }

    /// Colour-bar tick labels with the zeros OCR read as a look-alike digit put back
    /// (`ZeroLookalikes`), each change named in `warnings`.
    /// - Parameter positions: each label's place along the strip (0…1).
    static func zerosRestored(_ labels: [String], positions: [Double], warnings: inout [String]) -> [String] {
        let numbered = labels.indices.filter { NumberParser.parse(labels[$0]) != nil }
        guard let respelled = ZeroLookalikes.respelled(numbered.map { labels[$0] }, positions: numbered.map { positions[$0] })
        else { return labels }
        var restored = labels
        let changed = zip(numbered, respelled).filter { labels[$0] != $1 }
        let list = changed.map { "\"\(labels[$0])\" as \"\($1)\"" }.joined(separator: ", ")
        warnings.append("colour-scale ticks read again with a zero where OCR saw a look-alike digit: \(list)")
        for (i, text) in changed { restored[i] = text }
        return restored
    }

    /// The colour bar as read, and the scale its ticks give (nil when they cannot be read).
    private func colourScale(
        strip: ColourStrip, ramp: ColourRamp, warnings: inout [String]
    ) -> (bar: HeatmapFigure.Colorbar, scale: ScaleFit?, tickPositions: [Double]) {
        var ticks: [(text: String, value: Double, position: Double, confidence: Double)] = []
        var flush: [(index: Int, end: Double)] = []
        let lines = text.lines(.colorbarTick)
        let places = lines.map { Self.stripPosition($0.line, strip: strip) }
        // A label with a unit ("0.04 µm") is read by its number; the tick keeps the unit.
        let units = lines.map { UnitSuffix.split($0.text) }
        let labels = Self.zerosRestored(
            NumberParser.sharingFormat(zip(lines, units).map { TickLabelRepair.numberSigned($1?.number ?? $0.text) }),
            positions: places.map(\.middle), warnings: &warnings)
        for (l, (label, (place, unit))) in zip(lines, zip(labels, zip(places, units))) {
            guard let number = NumberParser.parse(label) else {
                if !label.isEmpty { warnings.append("colour-scale tick \"\(label)\" is not a number; ignored") }
                continue
            }
            if let end = place.flushEnd { flush.append((ticks.count, end)) }
            ticks.append((unit.map { "\(label) \($0.unit)" } ?? label, number.value, place.middle, l.confidence))
        }
        // Legends that keep their end labels inside the gradient (Vega-Lite's) align them
        // flush with its ends. A label flush with an end marks that end when the other
        // ticks say its value belongs there rather than at the label's middle, or when
        // there are too few other ticks to say (labels centred on the ends overhang them).
        let flushIndices = Set(flush.map(\.index))
        let others = ticks.indices.filter { !flushIndices.contains($0) }
        if let rest = ScaleFit.fit(positions: others.map { ticks[$0].position }, values: others.map { ticks[$0].value }) {
            for (i, end) in flush
            where abs(rest.value(at: end) - ticks[i].value) < abs(rest.value(at: ticks[i].position) - ticks[i].value) {
                ticks[i].position = end
            }
        } else {
            for (i, end) in flush { ticks[i].position = end }
        }
        let fit = ScaleFit.fit(
            positions: ticks.map(\.position), values: ticks.map(\.value), confidences: ticks.map(\.confidence),
            slack: 1.5 / Double(max(1, strip.samples.count)))
        for i in fit?.outliers ?? [] {
            warnings.append("colour-scale tick \"\(ticks[i].text)\" disagrees with the others; treated as misread")
        }
        let kept = ticks.enumerated().filter { !(fit?.outliers.contains($0.offset) ?? false) }.map(\.element)
            .sorted { $0.value < $1.value }
        let lowAtStart = fit.map { $0.value(at: 0) <= $0.value(at: 1) } ?? (strip.orientation == .horizontal)
        var bar = HeatmapFigure.Colorbar(
            label: text.joined(.colorbarLabel), orientation: strip.orientation, min: 0, max: 1,
            scale: fit?.kind ?? .linear,
            colormap: ColormapRecognizer.name(of: ramp, lowAtStart: lowAtStart),
            ticks: kept.map { .init(text: $0.text, value: $0.value) })
        if let fit { bar = bar.withEnds(fit, snap: Self.endSnap(length: strip.samples.count)) }
        return (bar, fit, kept.map(\.position))
    }

    /// `bar` on the scale `fitted` to the numbers printed in cells, in place of the scale its
    /// tick labels were read as: ticks that disagree with it are dropped as misread, and the
    /// colormap is named for the direction the prints give.
    private func refitted(
        _ bar: HeatmapFigure.Colorbar, to fitted: ScaleFit, tickPositions: [Double], strip: ColourStrip, ramp: ColourRamp,
        warnings: inout [String]
    ) -> HeatmapFigure.Colorbar {
        warnings.append("the numbers printed in cells disagree with the colour-scale ticks as read: the scale is fitted to the printed numbers")
        var bar = bar
        let span = abs(fitted.value(at: 1) - fitted.value(at: 0))
        let agree = zip(bar.ticks, tickPositions).map { tick, position in
            abs(fitted.value(at: position) - tick.value) <= PrintedNumbers.colourTolerance * span
        }
        for (tick, ok) in zip(bar.ticks, agree) where !ok {
            warnings.append("colour-scale tick \"\(tick.text)\" disagrees with the printed numbers; treated as misread")
        }
        bar.ticks = zip(bar.ticks, agree).filter(\.1).map(\.0)
        bar.colormap = ColormapRecognizer.name(of: ramp, lowAtStart: fitted.value(at: 0) <= fitted.value(at: 1))
        return bar.withEnds(fitted, snap: Self.endSnap(length: strip.samples.count))
    }

    /// How near (a share of the strip) a tick must lie to an end to mark it: 1% of the
    /// strip, and at least a pixel and a half. A strip's measured end may be off by a pixel
    /// or two (an outline, anti-aliasing), where a label at the end is exact.
    static func endSnap(length: Int) -> Double {
        max(0.01, 1.5 / Double(max(1, length)))
    }

    /// Each cell's position along the strip (0…1), `nil` (with a warning) for cells whose
    /// colour is not on it.
    private func cellPositions(on ramp: ColourRamp, warnings: inout [String]) -> [[Double?]] {
        var offScale = 0
        let positions = layout.cellColours.map { row in
            row.map { colour -> Double? in
                let hit = ramp.locate(LabColour(colour))
                if hit.distance > Self.maximumColourDistance {
                    offScale += 1
                    return nil
                }
                return hit.position
            }
        }
        if offScale > 0 {
            warnings.append("\(offScale) cell(s) have a colour that is not on the colour scale (masked or missing): null")
        }
        return positions
    }

    /// Gives the cells whose colour is that of a tapered end of the strip (an `extend`
    /// triangle) the end's value, and names them in warnings: their values lie beyond it.
    /// A cell counts when its colour sits within 2.5 pixels of the strip's end.
    static func clipCells(
        _ values: inout [[Double?]], positions: [[Double?]], strip: ColourStrip, ramp: ColourRamp, scale: ScaleFit,
        bar: HeatmapFigure.Colorbar
    ) -> [String] {
        guard !strip.taperedEnds.isEmpty, let first = ramp.positions.first, let last = ramp.positions.last else { return [] }
        let slack = 2.5 / Double(max(1, strip.samples.count))
        var out: [String] = []
        for end in strip.taperedEnds {
            let isMax = scale.value(at: end) >= scale.value(at: 1 - end)
            let endValue = isMax ? bar.max : bar.min
            var cells: [String] = []
            for (r, row) in positions.enumerated() {
                for (c, p) in row.enumerated() where p.map({ abs($0 - (end == 0 ? first : last)) <= slack }) == true {
                    values[r][c] = endValue
                    cells.append("[\(r)][\(c)]")
                }
            }
            guard !cells.isEmpty else { continue }
            let named = cells.prefix(8).joined(separator: ", ") + (cells.count > 8 ? " and \(cells.count - 8) more" : "")
            out.append("\(cells.count) cell(s) lie beyond the colour scale's \(isMax ? "top" : "bottom") end (an extend triangle), given as its value: \(named) \(isMax ? "≥" : "≤") \(endValue)")
        }
        return out
    }

    static func rounded(_ v: Double, _ digits: Int) -> Double {
        let f = pow(10, Double(digits))
        return (v * f).rounded() / f
    }

    /// Rounds to 6 significant digits, so output is stable and short; with `span`, to 6
    /// significant digits of it (an end extrapolated to 0 reads 0, not -8.9e-16).
    static func significant(_ v: Double, of span: Double? = nil) -> Double {
        let scale = span.map(abs) ?? abs(v)
        guard v != 0, v.isFinite, scale > 0, scale.isFinite else { return v }
        let magnitude = floor(log10(scale))
        let f = pow(10, 5 - magnitude)
        return (v * f).rounded() / f + 0  // + 0: no negative zero
    }
}

extension HeatmapFigure.Colorbar {
    /// This colour bar with its scale kind and ends taken from `fit`. An end within
    /// `snap` (a strip position, about a pixel) of a tick sits on that tick: the label
    /// marks the end, and its value is exact where the extrapolation is not.
    func withEnds(_ fit: ScaleFit, snap: Double = 0) -> Self {
        var bar = self
        let span = fit.value(at: 1) - fit.value(at: 0)
        let ends = [0.0, 1.0].map { end -> Double in
            let value = fit.value(at: end)
            let onTick = bar.ticks.first { abs(fit.position(of: $0.value) - end) <= snap }
            return onTick?.value ?? FigureAssembler.significant(value, of: fit.kind == .log ? nil : span)
        }
        bar.min = ends.min() ?? 0
        bar.max = ends.max() ?? 1
        bar.scale = fit.kind
        return bar
    }
}
