/// Reads cells against a stepped colour strip (a discrete, binned scale): each cell takes
/// the band of the nearest colour, and the value at that band's centre.
struct SteppedScaleReader {
    let strip: ColourStrip
    /// The strip's tick labels as read.
    let labels: [FigureText.ReadLine]
    /// The colour bar's label, if any.
    let title: String?
    /// The page's colour, which a band past a labelled end of the strip is drawn in.
    let page: RGBA

    /// The colour bar, each cell's value (`nil` off the scale), and warnings.
    func read(cellColours: [[RGBA]], warnings: inout [String]) -> (HeatmapFigure.Colorbar, [[Double?]]) {
        var stripLabels: [DiscreteScale.Label] = []
        var ticks: [HeatmapFigure.ColorbarTick] = []
        for (l, text) in zip(labels, NumberParser.sharingFormat(labels.map(\.text))) where !text.isEmpty {
            let position = FigureAssembler.stripPosition(l.line, strip: strip).middle
            if let n = NumberParser.parse(text) {
                stripLabels.append(.init(value: n.value, position: position))
                ticks.append(.init(text: text, value: n.value))
            } else if let r = NumberParser.parseRange(text) {
                stripLabels.append(.init(range: r, position: position))
            } else {
                warnings.append("colour-scale label \"\(text)\" is not a number or a range; ignored")
            }
        }
        var (spans, colours) = (strip.bands.map(\.span), strip.bands.map(\.colour))
        let hidden = Self.pageBands(spans: spans, labels: stripLabels)
        if let before = hidden.before { (spans, colours) = ([before...0] + spans, [page] + colours) }
        if let after = hidden.after { (spans, colours) = (spans + [1...after], colours + [page]) }
        if hidden.before != nil || hidden.after != nil {
            warnings.append("discrete colour scale: labels past the strip's end mark a band drawn in the page's colour")
        }
        let scale = DiscreteScale.steppedAxis(spans: spans, labels: stripLabels)
            ?? DiscreteScale.fit(spans: spans, labels: stripLabels)
        var bar = HeatmapFigure.Colorbar(
            label: title, orientation: strip.orientation, min: 0, max: 1, scale: .discrete,
            ticks: ticks.sorted { $0.value < $1.value })
        guard var scale else {
            warnings.append("discrete colour scale: its labels could not be read, so cell values are unknown")
            return (bar, cellColours.map { $0.map { _ in nil } })
        }
        for label in scale.misread {
            let text = ticks.first { $0.value == label.value }?.text ?? "\(label.value)"
            if let repaired = label.repaired {
                warnings.append("colour-scale label \"\(text)\" is out of order with the others; read as \(repaired) (a lost minus sign)")
            } else {
                warnings.append("colour-scale label \"\(text)\" is out of order with the others; treated as misread")
            }
        }
        let bandColours = colours.map(LabColour.init)
        if scale.extrapolatedEnds {
            let fromColours = EndBandColours.refined(scale, colours: bandColours, labelled: Set(stripLabels.compactMap(\.value)))
            if fromColours != scale {
                scale = fromColours
                warnings.append("discrete colour scale: an end band carries no label; its outer bound is read from the bands' colours (one gradient by value)")
            } else {
                warnings.append("discrete colour scale: an end band carries no label; its outer bound is extrapolated")
            }
        }
        let significant = { (v: Double) in FigureAssembler.significant(v, of: scale.ends.max - scale.ends.min) }
        (bar.min, bar.max) = (significant(scale.ends.min), significant(scale.ends.max))
        bar.bins = scale.bins.sorted { $0.lowerBound < $1.lowerBound }
            .map { .init(from: significant($0.lowerBound), to: significant($0.upperBound)) }
        var offScale = 0
        let values = cellColours.map { row in
            row.map { colour -> Double? in
                let lab = LabColour(colour)
                guard let i = bandColours.indices.min(by: { bandColours[$0].distance(to: lab) < bandColours[$1].distance(to: lab) }),
                    bandColours[i].distance(to: lab) <= FigureAssembler.maximumColourDistance
                else {
                    offScale += 1
                    return nil
                }
                return FigureAssembler.significant(scale.value(ofBand: i))
            }
        }
        if offScale > 0 {
            warnings.append("\(offScale) cell(s) have a colour that is none of the scale's bands (masked or missing): null")
        }
        return (bar, values)
    }

    /// Where bands the page's colour hides lie past the strip's ends (positions along it,
    /// 0…1 being the strip): out to the farthest number label past each end by more than a
    /// quarter of the shortest band (a label centred on the end is the end's).
    static func pageBands(spans: [ClosedRange<Double>], labels: [DiscreteScale.Label]) -> (before: Double?, after: Double?) {
        guard let shortest = spans.map({ $0.upperBound - $0.lowerBound }).min(), shortest > 0 else { return (nil, nil) }
        let numbered = labels.filter { $0.value != nil }.map(\.position)
        let margin = shortest / 4
        return (numbered.filter { $0 < -margin }.min(), numbered.filter { $0 > 1 + margin }.max())
    }
}
