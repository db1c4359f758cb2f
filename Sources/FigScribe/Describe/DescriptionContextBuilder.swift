import Foundation

/// Turns an `Analysis` into the `DescriptionContext` a template renders: formats every
/// number with the figure's `NumberStyle` and escapes figure text for the output format.
struct DescriptionContextBuilder {
    let analysis: Analysis
    let escaping: TextEscaping

    /// Tables hold at most this many cells; larger grids point to `--format csv`.
    static let maximumTableCells = 400
    /// Lists longer than this are shortened to their first and last names and a count.
    static let maximumListed = 20

    private var style: NumberStyle { analysis.style }
    private func esc(_ text: String) -> String { escaping.escape(text) }
    private func escOptional(_ text: String?) -> String? { text.map(escaping.escape) }

    func build(imageSource: String?) -> DescriptionContext {
        let figure = analysis.figure
        let title = figure.title.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let quantity = figure.colorbar?.label.flatMap { $0.isEmpty ? nil : $0 } ?? "value"
        let lowerTitle = (title ?? "").lowercased()
        let observations = observationsContext()
        return DescriptionContext(
            heading: esc(title ?? "Untitled heatmap"), title: escOptional(title), quantity: esc(quantity),
            titleSaysConfusion: lowerTitle.contains("confusion"),
            titleSaysCorrelation: lowerTitle.contains("correlation"),
            titleSaysAttention: lowerTitle.contains("attention"),
            overview: overviewContext(),
            analysis: analysisContext(), observations: observations,
            interpretation: interpretationContext(observations),
            data: dataContext(),
            alt: altContext(title: title, quantity: quantity, observations: observations),
            imageSource: imageSource)
    }

    /// The alt text's facts, each text already cut to the alt text's per-name limits, and
    /// one main finding: the only patterned series, else a dominant diagonal, else a trend
    /// most series share, else symmetry.
    private func altContext(title: String?, quantity: String, observations o: ObservationsContext) -> AltContext {
        let cut = { (text: String) in AltText.shortened(text, to: AltText.nameLimit) }
        var detail = o.onlyPatterned
        if let name = detail?.name { detail?.name = cut(name) }
        let trend = interpretationContext(o).sharedTrend
        var alt = AltContext(
            title: title.map { esc(AltText.shortened($0, to: AltText.titleLimit)) },
            clustered: ClusteredContext(analysis.figure.dendrograms) != nil, quantity: esc(cut(quantity)),
            rows: analysis.rows, columns: analysis.columns,
            rowPlural: esc(cut(analysis.rowNames.pluralNoun)), columnPlural: esc(cut(analysis.columnNames.pluralNoun)),
            minimum: style.prose(analysis.valued.map(\.value).min() ?? 0),
            maximum: style.prose(analysis.valued.map(\.value).max() ?? 0),
            showRange: true, showPlaces: true, detail: nil, diagonal: false, triangle: nil, sharedTrend: nil,
            symmetric: false)
        if detail != nil {
            alt.detail = detail
        } else if o.diagonal != nil {
            alt.diagonal = true
        } else if let masked = o.masked, masked.upper || masked.lower {
            alt.triangle = masked.upper ? "below" : "above"
        } else if let trend, 2 * trend.count > trend.total {
            alt.sharedTrend = trend
        } else if o.symmetric != nil {
            alt.symmetric = true
        }
        return alt
    }

    // MARK: - Overview and components

    private func overviewContext() -> OverviewContext {
        OverviewContext(
            rows: analysis.rows, columns: analysis.columns, cells: analysis.cellCount,
            x: axisContext(analysis.columnNames, axis: analysis.figure.xAxis),
            y: axisContext(analysis.rowNames, axis: analysis.figure.yAxis),
            scale: scaleContext(),
            clustered: ClusteredContext(analysis.figure.dendrograms),
            q1: style.prose(analysis.q1 ?? 0), median: style.prose(analysis.median ?? 0),
            q3: style.prose(analysis.q3 ?? 0),
            nullCount: analysis.nullCells.isEmpty ? nil : analysis.nullCells.count, source: sourceContext())
    }

    private func axisContext(_ naming: AxisNaming, axis: HeatmapFigure.Axis) -> AxisContext {
        let names = naming.names.map { esc(ProseText.minusSigns($0)) }
        let tickTexts = axis.ticks.sorted { $0.position < $1.position }.map { esc(ProseText.minusSigns($0.text)) }
        var kind = (categorical: false, numeric: false, interpolated: false, sparse: false, none: false)
        switch naming.kind {
        case .categorical: kind.categorical = true
        case .numeric(let interpolated, _):
            kind.numeric = true
            kind.interpolated = interpolated
        case .sparseText: kind.sparse = true
        case .unlabelled: kind.none = true
        }
        // An unlabelled end among sparse text labels is "column 14" in the overview's sentence.
        func end(_ i: Int) -> String {
            guard names.indices.contains(i) else { return "" }
            return naming.kind == .sparseText ? esc(ProseText.minusSigns(naming.phrase(i))) : names[i]
        }
        return AxisContext(
            label: escOptional(axis.label), count: names.count, categorical: kind.categorical, numeric: kind.numeric,
            interpolated: kind.interpolated, sparseText: kind.sparse, unlabelled: kind.none,
            first: end(0), last: end(names.count - 1),
            list: DescriptionContextBuilder.shortList(names, consecutive: naming.values),
            ticks: DescriptionContextBuilder.shortList(tickTexts, consecutive: nil),
            tickCount: tickTexts.count, position: position(of: naming.direction))
    }

    /// Where an axis label sits, from the layout margins: the x label on the side of the
    /// grid with the larger margin (matshow puts ticks on top), the y label on the left.
    /// Where an axis label is drawn: the side seen in the image, else (a figure read from
    /// JSON) the y label on the left and the x label on the side with more room.
    private func position(of direction: AxisNaming.Direction) -> String {
        let figure = analysis.figure
        if let side = (direction == .columns ? figure.xAxis : figure.yAxis).labelSide { return side.rawValue }
        guard direction == .columns else { return "left" }
        let top = figure.grid.box.y
        var bottom = Double(figure.image.height) - (figure.grid.box.y + figure.grid.box.height)
        if figure.colorbar?.orientation == .horizontal { bottom *= 0.5 }
        return top > bottom ? "top" : "bottom"
    }

    /// Where the colour bar is drawn: the side of the grid it was seen on (right, left,
    /// above, below); for a bar read from JSON, where its orientation usually puts it; or
    /// nowhere (a scale known from the numbers printed in the cells).
    static func position(of bar: HeatmapFigure.Colorbar) -> String {
        switch (bar.side, bar.orientation) {
        case (.right?, _): "right"
        case (.left?, _): "left"
        case (.top?, _): "above"
        case (.bottom?, _): "below"
        case (nil, .vertical?): "right"
        case (nil, .horizontal?): "below"
        case (nil, nil): "none drawn, the scale spans the printed numbers"
        }
    }

    private func sourceContext() -> ValueSourceContext? {
        guard let source = analysis.figure.valueSource else { return nil }
        let total = analysis.valued.count
        let printed = min(source.printedCells, total)
        var context = ValueSourceContext(
            allPrinted: printed == total, printed: printed > 0 && printed < total ? printed : nil, total: total,
            step: nil, percent: nil, banded: analysis.figure.colorbar?.scale == .discrete)
        if printed < total, let step = source.colourStep, step.isFinite, step > 0 {
            if analysis.figure.colorbar?.scale == .log {
                context.percent = NumberStyle(decimals: step * 100 < 1 ? 1 : 0).plain(step * 100)
            } else {
                context.step = NumberStyle(decimals: 0, significantDigits: 2).plain(step)
            }
        }
        return context
    }

    /// Band boundaries are written with as many decimals as they need (up to 4): "0.05 to
    /// 0.5", "0.5 to 1.5" for bands labelled at their centres 1, 2.
    private func bandEndStyle(_ counts: [BandCount]) -> NumberStyle {
        let edges = counts.flatMap { [$0.from, $0.to] }
        let needed = edges.map { v in
            (0...4).first { d in
                let f = pow(10, Double(d))
                return abs((v * f).rounded() / f - v) <= 1e-9 * max(1, abs(v))
            } ?? 4
        }
        return NumberStyle(decimals: needed.max() ?? 0)
    }

    private func scaleContext() -> ScaleContext? {
        guard let bar = analysis.figure.colorbar else { return nil }
        let ends = ColormapNames.ends(of: bar.colormap)
        let tickValues = bar.ticks.map(\.value).sorted()
        let steps = zip(tickValues, tickValues.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        let tickDecimals = bar.ticks.map { AxisNaming.decimals(in: $0.text) }.max()
        let endStyle = NumberStyle(decimals: tickDecimals ?? style.decimals)
        var stepText: String? = nil
        if let step = steps.min(), let largest = steps.max(), largest - step <= 1e-9 * max(1, abs(step)),
            bar.scale == .linear
        {
            stepText = endStyle.plain(step)
        }
        return ScaleContext(
            label: escOptional(bar.label), position: Self.position(of: bar),
            linear: bar.scale == .linear, log: bar.scale == .log, discrete: bar.scale == .discrete,
            colormap: escOptional(bar.colormap), low: ScaleEnd(value: endStyle.plain(bar.min), colour: ends?.low),
            middle: ends?.middle, high: ScaleEnd(value: endStyle.plain(bar.max), colour: ends?.high),
            tickStep: stepText)
    }

    // MARK: - Detailed analysis

    private func analysisContext() -> AnalysisContext {
        let along = analysis.alongNames
        let order = along.trendOrder
        let seriesNames = analysis.seriesNames
        return AnalysisContext(
            seriesWord: analysis.seriesDirection == .columns ? "column" : "row",
            seriesNoun: seriesNames.namesAreNumbers || seriesNames.noun == "row" || seriesNames.noun == "column"
                ? nil : esc(seriesNames.noun),
            alongDirection: along.namesAreNumbers && along.trendReversed
                ? (analysis.seriesDirection == .columns ? "bottom to top" : "right to left")
                : (analysis.seriesDirection == .columns ? "top to bottom" : "left to right"),
            alongFrom: esc(along.phrase(order.first ?? 0)), alongTo: esc(along.phrase(order.last ?? 0)),
            items: analysis.groups.map(itemContext))
    }

    private func itemContext(_ group: SeriesGroup) -> ItemContext {
        let members = group.members.compactMap { i in analysis.series.first { $0.index == i } }
        let along = analysis.alongNames
        let names = members.map { esc(ProseText.minusSigns($0.name)) }
        let low = members.map(\.low).min() ?? 0, high = members.map(\.high).max() ?? 0
        let means = members.map(\.mean)
        let single = members.count == 1 ? members.first : nil
        func at(_ indices: [Int]) -> String {
            guard let first = indices.first else { return "" }
            let phrase = esc(along.phrase(first))
            return indices.count > 1 ? "\(phrase) and \(indices.count - 1) more" : phrase
        }
        let shape = single?.shape ?? members.first?.shape ?? .noTrend
        // Numbers alone ("≈ 0.250", "1985") say nothing of what they count: they take the
        // axis's noun ("Northing ≈ 0.250", "Years 1985, 1986").
        let series = analysis.seriesNames
        let list = DescriptionContextBuilder.shortList(names, consecutive: nil)
        let noun = members.count == 1 ? series.noun : series.pluralNoun
        var item = ItemContext(
            label: series.namesAreNumbers ? esc(noun.prefix(1).uppercased() + noun.dropFirst()) + " " + list : list,
            memberCount: members.count,
            several: members.count > 1, low: style.prose(low), lowAt: at(single?.lowAt ?? []),
            high: style.prose(high), highAt: at(single?.highAt ?? []),
            mean: style.prose(single?.mean ?? 0), meanLow: style.prose(means.min() ?? 0),
            meanHigh: style.prose(means.max() ?? 0), alongPlural: esc(along.pluralNoun),
            alongCount: along.names.count, bands: nil, rising: false, falling: false, spearman: nil,
            peakAt: nil, troughAt: nil, flat: false, noTrend: false,
            lowestMean: group.reason == .lowestMean, highestMean: group.reason == .highestMean,
            negativeThroughout: group.reason == .consistentSign && single?.sign == .negative,
            positiveThroughout: group.reason == .consistentSign && single?.sign == .positive, nulls: nil)
        switch shape {
        case .bands(let bands) where single != nil: item.bands = bandsContext(bands)
        case .rising(let rho):
            item.rising = true
            item.spearman = single != nil ? String(format: "%.2f", rho) : nil
        case .falling(let rho):
            item.falling = true
            item.spearman = single != nil ? String(format: "%.2f", rho).replacingOccurrences(of: "-", with: "\u{2212}") : nil
        case .peak(let index): item.peakAt = esc(along.phrase(index))
        case .trough(let index): item.troughAt = esc(along.phrase(index))
        case .flat: item.flat = !members.contains { $0.shape == .noTrend }
        default: item.noTrend = true
        }
        if group.reason == .alike, members.contains(where: { $0.shape == .noTrend }) {
            item.noTrend = true
            item.flat = false
        }
        let nullCount = members.map(\.nullIndices.count).reduce(0, +)
        if nullCount > 0 {
            let places =
                single.map { s in DescriptionContextBuilder.shortList(s.nullIndices.map { esc(along.phrase($0)) }, consecutive: nil) }
                ?? ""
            item.nulls = NullsContext(count: nullCount, places: places.isEmpty ? nil : places)
        }
        return item
    }

    private func bandsContext(_ bands: [SeriesShape.Band]) -> BandsContext {
        let along = analysis.alongNames
        let values = analysis.valued.map(\.value)
        let globalMin = values.min() ?? 0, globalMax = values.max() ?? 0
        let segments = bands.map { band in segmentContext(band, globalMin: globalMin, globalMax: globalMax) }
        var steps: [StepContext] = []
        var previousUp: Bool? = nil
        for (a, b) in zip(bands, bands.dropFirst()) {
            let up = b.mean > a.mean
            let start = along.trendReversed ? b.last : b.first
            steps.append(StepContext(up: up, at: esc(along.phrase(start)), sameDirection: previousUp == up))
            previousUp = up
        }
        return BandsContext(segments: segments, steps: steps)
    }

    private func segmentContext(_ band: SeriesShape.Band, globalMin: Double, globalMax: Double) -> SegmentContext {
        let along = analysis.alongNames
        let (from, to) = along.trendReversed ? (band.last, band.first) : (band.first, band.last)
        let spansZero = analysis.spansZero
        let relative = (band.mean - analysis.scaleLow) / analysis.scaleSpan
        let nearZero = spansZero && abs(band.mean) < 0.05 * analysis.scaleSpan
        return SegmentContext(
            low: style.prose(band.low), high: style.prose(band.high),
            single: style.prose(band.low) == style.prose(band.high),
            place: esc(along.rangePhrase(from, to)),
            hasMinimum: band.low == globalMin, hasMaximum: band.high == globalMax,
            negative: spansZero && !nearZero && band.mean < 0, nearZero: nearZero,
            positive: spansZero && !nearZero && band.mean > 0,
            lowLevel: !spansZero && relative < 1.0 / 3, middleLevel: !spansZero && relative >= 1.0 / 3 && relative <= 2.0 / 3,
            highLevel: !spansZero && relative > 2.0 / 3)
    }

    // MARK: - Observations and interpretation

    private func cellPhrase(_ cell: Cell) -> String {
        let s = analysis.seriesDirection == .columns ? cell.column : cell.row
        let a = analysis.seriesDirection == .columns ? cell.row : cell.column
        let seriesName = ProseText.minusSigns(analysis.seriesNames.phrase(s))
        let alongName = ProseText.minusSigns(analysis.alongNames.phrase(a))
        if !analysis.seriesNames.namesAreNumbers && !analysis.alongNames.namesAreNumbers {
            let row = ProseText.minusSigns(analysis.rowNames.gridPhrase(cell.row))
            let column = ProseText.minusSigns(analysis.columnNames.gridPhrase(cell.column))
            return esc(row) + ", " + esc(column)
        }
        return esc(seriesName) + ", " + esc(alongName)
    }

    private func cellsPhrase(_ cells: [Cell]) -> String {
        guard let first = cells.first else { return "" }
        let shown = cells.prefix(3).map(cellPhrase)
        if cells.count <= 3 { return shown.joined(separator: "; ") }
        return "\(cellPhrase(first)) and \(cells.count - 1) more cells"
    }

    private func observationsContext() -> ObservationsContext {
        var o = ObservationsContext(
            minimum: "", minimumAt: "", maximum: "", maximumAt: "", onlyPatterned: nil, restRange: nil,
            saturation: nil, scaleBands: nil, signs: nil, duplicates: [], symmetric: nil, constantDiagonal: nil, diagonal: nil,
            masked: nil)
        var rest: RestRangeContext? = nil
        for finding in analysis.findings {
            switch finding {
            case .minimum(let value, let cells):
                o.minimum = style.prose(value)
                o.minimumAt = cellsPhrase(cells)
            case .maximum(let value, let cells):
                o.maximum = style.prose(value)
                o.maximumAt = cellsPhrase(cells)
            case .restRange(let excluded, let low, let high):
                let names = excluded.compactMap { i in analysis.series.first { $0.index == i } }
                    .map { esc(ProseText.minusSigns($0.name)) }
                rest = RestRangeContext(
                    names: DescriptionContextBuilder.joined(names), low: style.prose(low), high: style.prose(high),
                    bound: analysis.spansZero ? style.plain(max(abs(low), abs(high))) : nil)
                o.restRange = rest
            case .onlyPatternedSeries(let index):
                guard let s = analysis.series.first(where: { $0.index == index }) else { continue }
                var c = OnlyPatternedContext(
                    name: esc(ProseText.minusSigns(s.name)),
                    seriesWord: analysis.seriesDirection == .columns ? "column" : "row",
                    alongPlural: esc(analysis.alongNames.pluralNoun), bandCount: nil, rising: false,
                    falling: false, peak: false, trough: false, segments: [], other: nil)
                switch s.shape {
                case .bands(let bands):
                    c.bandCount = bands.count
                    let values = analysis.valued.map(\.value)
                    c.segments = bands.map {
                        segmentContext($0, globalMin: values.min() ?? 0, globalMax: values.max() ?? 0)
                    }
                case .rising: c.rising = true
                case .falling: c.falling = true
                case .peak: c.peak = true
                case .trough: c.trough = true
                default: break
                }
                o.onlyPatterned = c
            case .saturation(let low, let high):
                o.saturation = SaturationContext(
                    none: low.isEmpty && high.isEmpty, lowCount: low.isEmpty ? nil : low.count,
                    lowSingle: low.count == 1, lowPlaces: cellsPhrase(low), highCount: high.isEmpty ? nil : high.count,
                    highSingle: high.count == 1, highPlaces: cellsPhrase(high))
            case .bandCounts(let counts):
                let ends = bandEndStyle(counts)
                o.scaleBands = ScaleBandsContext(items: counts.map {
                    ScaleBandContext(
                        from: esc(ends.prose($0.from)), to: esc(ends.prose($0.to)), cells: $0.cells)
                })
            case .signs(let negative, let positive, _, let share):
                o.signs = SignsContext(
                    negative: negative, positive: positive, total: analysis.valued.count,
                    meansNegative: share == .negative, meansPositive: share == .positive,
                    seriesPlural: analysis.seriesDirection == .columns ? "column" : "row")
            case .duplicateNames(let direction, let name, let indices):
                o.duplicates.append(
                    DuplicateContext(
                        name: esc(name), count: indices.count,
                        places: DescriptionContextBuilder.joined(indices.map { DescriptionContextBuilder.ordinal($0 + 1) }),
                        plural: direction == .columns ? "columns" : "rows"))
            case .symmetric(let difference):
                o.symmetric = SymmetricContext(maxDifference: style.plain(difference))
            case .constantDiagonal(let low, let high):
                o.constantDiagonal = style.prose(low) == style.prose(high)
                    ? style.prose(low) : "\(style.prose(low)) to \(style.prose(high))"
            case .dominantDiagonal(let d, let off, let led, let rows):
                o.diagonal = DiagonalContext(
                    diagonalMean: style.prose(d), offDiagonalMean: style.prose(off), rowsLed: led, rows: rows)
            case .masked(let cells, let pattern):
                o.masked = MaskedContext(
                    count: cells.count, upper: pattern == .upperTriangle, lower: pattern == .lowerTriangle,
                    scattered: pattern == .scattered,
                    places: cells.count <= 8 ? cells.map(cellPhrase).joined(separator: "; ") : nil)
            }
        }
        o.onlyPatterned?.other = rest
        return o
    }

    private func interpretationContext(_ o: ObservationsContext) -> InterpretationContext {
        let shared = analysis.groups.first { $0.reason == .sharedPattern }
        var trend: SharedTrendContext? = nil
        if let shared, let first = analysis.series.first(where: { $0.index == shared.members.first }) {
            let rising = { if case .rising = first.shape { return true } else { return false } }()
            let falling = { if case .falling = first.shape { return true } else { return false } }()
            if rising || falling {
                trend = SharedTrendContext(
                    count: shared.members.count, total: analysis.series.count,
                    every: shared.members.count == analysis.series.count, rising: rising, falling: falling,
                    seriesPlural: analysis.seriesDirection == .columns ? "columns" : "rows",
                    alongPlural: esc(analysis.alongNames.pluralNoun))
            }
        }
        let negative = analysis.valued.filter { $0.value < 0 }.count
        let positive = analysis.valued.filter { $0.value > 0 }.count
        let spans = analysis.spansZero
        let masksPattern = o.masked.map { !$0.scattered } ?? false
        let specific = o.onlyPatterned != nil || trend != nil || o.symmetric != nil || o.diagonal != nil || masksPattern
        return InterpretationContext(
            onlyPatterned: o.onlyPatterned, sharedTrend: trend, symmetric: o.symmetric != nil,
            diagonal: o.diagonal, masked: o.masked.flatMap { $0.scattered ? nil : $0 }, general: !specific,
            minimum: o.minimum, maximum: o.maximum, q1: style.prose(analysis.q1 ?? 0),
            q3: style.prose(analysis.q3 ?? 0),
            mostlyNegative: spans && Double(negative) >= 0.6 * Double(analysis.valued.count),
            mostlyPositive: spans && Double(positive) >= 0.6 * Double(analysis.valued.count))
    }

    // MARK: - Data

    private func dataContext() -> DataContext {
        let hasNulls = !analysis.nullCells.isEmpty
        guard analysis.cellCount <= DescriptionContextBuilder.maximumTableCells else {
            return DataContext(table: nil, tooLarge: analysis.cellCount, hasNulls: hasNulls)
        }
        let corner = esc(analysis.figure.yAxis.label ?? "Row")
        let header = analysis.columnNames.names.map { esc(ProseText.minusSigns($0)) }
        let rows = (0..<analysis.rows).map { r in
            TableRowContext(
                name: esc(ProseText.minusSigns(analysis.rowNames.names[r])),
                cells: (0..<analysis.columns).map { c in
                    analysis.value(Cell(row: r, column: c)).map(style.plain) ?? "—"
                })
        }
        return DataContext(table: TableContext(corner: corner, header: header, rows: rows), tooLarge: nil, hasNulls: hasNulls)
    }

    // MARK: - List helpers

    /// "a, b, c", or "a, b, c … z (40)" for long lists; consecutive whole numbers become
    /// "0, 1, 2 … 11".
    static func shortList(_ names: [String], consecutive values: [Double]?) -> String {
        if let values, values.count == names.count, values.count > 4,
            zip(values, values.dropFirst()).allSatisfy({ abs($1 - $0 - 1) < 1e-9 }),
            let first = names.first, let last = names.last
        {
            return "\(first), \(names[1]), \(names[2]) … \(last)"
        }
        guard names.count > maximumListed else { return names.joined(separator: ", ") }
        return names.prefix(5).joined(separator: ", ") + " … " + names.suffix(2).joined(separator: ", ")
            + " (\(names.count) in all)"
    }

    /// "a", "a and b", "a, b and c".
    static func joined(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
