/// A colour scale drawn as a strip: smoothly varying colour, or a few flat bands (a
/// discrete, binned scale).
public struct ColourStrip: Equatable, Sendable {
    /// The strip's pixel box, frame excluded.
    public var box: PixelRect
    public var orientation: HeatmapFigure.Colorbar.Orientation
    /// Colours sampled along the strip, one per pixel, from its top (vertical) or left
    /// (horizontal) end.
    public var samples: [RGBA]
    /// The flat bands of a stepped strip, in order along it; empty for a smooth strip.
    public var bands: [ColourBand] = []
    /// The ends (0: top/left, 1: bottom/right) beyond which the strip tapers to a point: an
    /// `extend` triangle, standing for the values beyond that end. Not part of `box`.
    public var taperedEnds: [Double] = []
    /// Centres (pixels, along the strip: y of a vertical strip, x of a horizontal one) of
    /// the tick marks drawn beside it, where its labels point.
    public var tickMarks: [Double] = []
    /// Where the scale's ends lie (pixels along the strip), when not at the box's ends:
    /// within an outline or a blended line closing the strip off (see `closedEnds`).
    public var ends: ClosedRange<Double>?

    /// The box's extent along the strip, in pixels.
    private var boxEnds: ClosedRange<Double> {
        orientation == .vertical ? Double(box.minY)...Double(box.maxY) : Double(box.minX)...Double(box.maxX)
    }

    /// The position along the scale (0 at the top/left end, 1 at the other) of a pixel
    /// coordinate along the strip.
    public func position(ofPixel p: Double) -> Double {
        let e = ends ?? boxEnds
        return (p - e.lowerBound) / (e.upperBound - e.lowerBound)
    }

    /// The position along the scale of sample `i`'s middle.
    public func position(ofSample i: Int) -> Double {
        position(ofPixel: boxEnds.lowerBound + Double(i) + 0.5)
    }

    /// The scale's ends moved out from the box's to the middle of the ink closing each
    /// untapered end off: up to three lines beyond it, each covering the strip's whole
    /// thickness, not the background (an outline, or the strip's last line blended with
    /// the background). The true end lies within that ink; its middle is off by at most
    /// half of it. Nil when no end has such ink.
    func closedEnds(in image: RGBAImage, background: RGBA) -> ClosedRange<Double>? {
        let vertical = orientation == .vertical
        let (across0, across1) = vertical ? (box.minX, box.maxX) : (box.minY, box.maxY)
        func closes(_ along: Int) -> Bool {
            guard along >= 0, along < (vertical ? image.height : image.width) else { return false }
            let inked = (across0..<across1).filter { a in
                (vertical ? image[a, along] : image[along, a]).channelDistance(to: background) > 12
            }.count
            return Double(inked) >= 0.8 * Double(across1 - across0)
        }
        func lines(from start: Int, step: Int) -> Int {
            var n = 0
            while n < 3, closes(start + n * step) { n += 1 }
            return n
        }
        let e = boxEnds
        let before = taperedEnds.contains(0) ? 0 : lines(from: Int(e.lowerBound) - 1, step: -1)
        let after = taperedEnds.contains(1) ? 0 : lines(from: Int(e.upperBound), step: 1)
        guard before + after > 0 else { return nil }
        return (e.lowerBound - Double(before) / 2)...(e.upperBound + Double(after) / 2)
    }

    /// One flat band of a stepped strip.
    public struct ColourBand: Equatable, Sendable {
        /// Where the band runs along the strip, 0 (top/left end) … 1, gaps beside it included
        /// up to their middle.
        public var span: ClosedRange<Double>
        public var colour: RGBA
    }

    /// Whether the strip is made of flat bands.
    public var isStepped: Bool { !bands.isEmpty }

    /// Measures a candidate region; nil when it is not a smooth colour strip.
    /// - Parameter background: the page around it, which an `extend` triangle's tip shows.
    static func measure(_ region: PixelRect, in image: RGBAImage, background: RGBA = RGBA(r: 255, g: 255, b: 255)) -> ColourStrip? {
        guard let (box, sampled, tapered) = sampleAlong(region, in: image, background: background) else { return nil }
        let samples = withoutHairlines(sampled)
        let length = samples.count
        // Smooth: colour changes along most of the strip in small steps, and spans a range.
        // The outermost pixels may blend with an outline (three at an end: its blend, the
        // outline and the outline's own soft edge): judge the inside.
        var changes = 0, total = 0, largest = 0
        var jumps: [Int] = []
        for i in 3..<(samples.count - 3) {
            let d = samples[i].channelDistance(to: samples[i - 1])
            if d > 0 { changes += 1 }
            total += d
            largest = max(largest, d)
            jumps.append(d)
        }
        let span = samples.first.map { first in samples.map { $0.channelDistance(to: first) }.max() ?? 0 } ?? 0
        // A ramp has at most a seam or two that jumps a third of its span at once; the
        // strokes of a word and the page between them jump at every edge.
        let leaps = jumps.filter { 3 * $0 > span }.count
        // A colour table has many entries (matplotlib's have 256); cells of a one-row heatmap
        // show far fewer distinct colours.
        let distinct = Set(samples).count
        // A colour table of a few dozen entries (Octave's and R's 64) draws a long strip as
        // many narrow flat steps: smooth too, when each step is small against the span.
        let steps = (1..<samples.count).map { samples[$0].channelDistance(to: samples[$0 - 1]) }.filter { $0 > 2 }.sorted()
        let fineSteps = steps.count >= 24 && steps[steps.count / 2] * 8 <= span
        // Fine steps in order are a colour table, not cells, even with a few dozen entries
        // (lattice's 40-band keys).
        // A ramp, even one whose channels rise and fall (jet, hsv), travels a few times its
        // span; the ink and page of a bold word of touching letters alternate many times.
        guard span >= 40, Double(changes) >= 0.15 * Double(length) || fineSteps,
            distinct >= min(48, length / 4) || (fineSteps && distinct >= 24),
            Double(largest) <= 0.25 * Double(total), total <= 10 * span, leaps <= 2
        else { return nil }
        return ColourStrip(
            box: box, orientation: box.height > box.width ? .vertical : .horizontal, samples: samples, taperedEnds: tapered)
    }

    /// The samples with one-pixel hairlines across the strip (a seam of background left
    /// between the rectangles it is drawn from) given their neighbours' colour: a sample
    /// far from both neighbours, which agree with each other.
    private static func withoutHairlines(_ samples: [RGBA]) -> [RGBA] {
        var out = samples
        for i in samples.indices.dropFirst().dropLast() {
            let before = samples[i - 1], after = samples[i + 1]
            let gap = before.channelDistance(to: after)
            if samples[i].channelDistance(to: before) > max(40, 4 * gap), samples[i].channelDistance(to: after) > max(40, 4 * gap) {
                out[i] = before
            }
        }
        return out
    }

    /// Measures a candidate region as a stepped strip: three to 24 flat bands of distinct
    /// colours covering most of its length, with sharp (or background-filled) steps between.
    /// - Parameter background: the figure's background, which gaps between swatches show.
    static func measureStepped(_ region: PixelRect, in image: RGBAImage, background: RGBA) -> ColourStrip? {
        guard let (box, samples, tapered) = sampleAlong(region, in: image, background: background) else { return nil }
        let length = samples.count
        var runs: [(start: Int, end: Int, colour: RGBA)] = []
        for (i, s) in samples.enumerated() {
            if let last = runs.last, last.colour.channelDistance(to: s) <= 12 {
                runs[runs.count - 1].end = i
            } else {
                runs.append((i, i, s))
            }
        }
        // Anti-aliased steps and outlines leave short runs; bands are long.
        let minimum = max(3, length / 60)
        // A run of the background's colour is a gap between swatches, unless it is as long
        // as the bands (a white band of a grey or diverging scale) or ends the strip: gaps
        // lie between bands, and the strip's box ends where its first and last band do (a
        // near-white lowest band of uneven bins, shorter than most).
        let lengths = runs.map { $0.end - $0.start + 1 }.filter { $0 >= minimum }.sorted()
        let typical = lengths.isEmpty ? 0 : lengths[lengths.count / 2]
        let endsStrip = { (run: (start: Int, end: Int, colour: RGBA)) in
            runs.prefix { $0.start < run.start }.allSatisfy { $0.end - $0.start + 1 < minimum }
                || runs.reversed().prefix { $0.start > run.start }.allSatisfy { $0.end - $0.start + 1 < minimum }
        }
        var long: [(start: Int, end: Int, colour: RGBA)] = []
        for run in runs where run.end - run.start + 1 >= minimum
            && (run.colour.channelDistance(to: background) > 12 || 2 * (run.end - run.start + 1) >= typical || endsStrip(run))
        {
            // A tick mark drawn across a band splits it: the same colour on both sides is one
            // band (bands differ by more, though two pale ones of a diverging scale by little).
            if let last = long.last, last.colour.channelDistance(to: run.colour) <= 12 {
                long[long.count - 1].end = run.end
            } else {
                long.append(run)
            }
        }
        let covered = long.map { $0.end - $0.start + 1 }.reduce(0, +)
        guard (3...24).contains(long.count), Double(covered) >= 0.75 * Double(length),
            zip(long, long.dropFirst()).allSatisfy({ $0.colour.channelDistance(to: $1.colour) > 12 })
        else { return nil }
        // Each band reaches to the middle of the step or gap beside it.
        let n = Double(length)
        let bands = long.indices.map { i -> ColourBand in
            let start = i == 0 ? Double(long[i].start) : Double(long[i - 1].end + 1 + long[i].start) / 2
            let end = i == long.count - 1 ? Double(long[i].end + 1) : Double(long[i].end + 1 + long[i + 1].start) / 2
            return ColourBand(span: (start / n)...(end / n), colour: long[i].colour)
        }
        return ColourStrip(
            box: box, orientation: box.height > box.width ? .vertical : .horizontal, samples: samples, bands: bands,
            taperedEnds: tapered)
    }

    /// One colour per pixel along a long, thin box (at least two and a half times as long as
    /// thick; the mean across its middle), with the
    /// box and samples cut short of tapered ends (lines not filled with one colour edge to
    /// edge, such as `extend` triangles); nil when the box is not strip-shaped or its colour
    /// varies across it. A line's width counts the pixels of its middle's colour that are
    /// not `background` (a pale end's tip is as close to a white page as to its own colour),
    /// unless its middle is.
    private static func sampleAlong(
        _ box: PixelRect, in image: RGBAImage, background: RGBA
    ) -> (box: PixelRect, samples: [RGBA], taperedEnds: [Double])? {
        let vertical = box.height > box.width
        let length = vertical ? box.height : box.width
        let thickness = vertical ? box.width : box.height
        // Strips are long and thin; a clustermap's key is stubby (100 by 35 pixels).
        guard length >= 24, thickness >= 3, 2 * length >= 5 * thickness else { return nil }
        let inset = thickness / 5
        let isPage = { (c: RGBA) in c.channelDistance(to: background) <= FigureInk.inkThreshold }
        var samples: [RGBA] = []
        var uniform: [Bool] = [], widths: [Int] = []
        for along in 0..<length {
            var r = 0, g = 0, b = 0, n = 0
            var lineColours: [RGBA] = []
            for across in 0..<thickness {
                let p = vertical ? image[box.minX + across, box.minY + along] : image[box.minX + along, box.minY + across]
                lineColours.append(p)
                guard across >= inset, across < thickness - inset else { continue }
                r += Int(p.r); g += Int(p.g); b += Int(p.b); n += 1
            }
            let mean = RGBA(r: UInt8(r / max(1, n)), g: UInt8(g / max(1, n)), b: UInt8(b / max(1, n)))
            uniform.append(lineColours[inset..<(thickness - inset)].allSatisfy { $0.channelDistance(to: mean) <= 16 })
            // Measured against the line's middle, which a taper keeps: near its tip a line is
            // mostly page, and as wide as the strip against its own mean.
            let middle = lineColours[thickness / 2]
            let pageCounts = isPage(middle)
            widths.append(lineColours[1..<(thickness - 1)].filter { $0.channelDistance(to: middle) <= 24 && (pageCounts || !isPage($0)) }.count)
            samples.append(mean)
        }
        // A taper at an end (an `extend` triangle): the end line is clearly narrower than
        // the strip, and the lines grow to full width within a sixth of its length.
        let fullWidth = widths.sorted()[length / 2]
        let isTip = { (i: Int) in 5 * widths[i] <= 4 * fullWidth }
        var first = 0, last = length - 1
        var tapered: [Double] = []
        // A narrow line or two at an end is an outline or a tick drawn across, not a taper.
        if isTip(0) {
            while first < length / 6, widths[first] < fullWidth { first += 1 }
            if first >= 4 { tapered.append(0) } else { first = 0 }
        }
        if isTip(length - 1) {
            while last > length - 1 - length / 6, widths[last] < fullWidth { last -= 1 }
            if length - 1 - last >= 4 { tapered.append(1) } else { last = length - 1 }
        }
        let kept = first...last
        guard kept.count >= 24, Double(uniform[kept].filter { $0 }.count) >= 0.9 * Double(kept.count) else { return nil }
        let trimmed = vertical
            ? PixelRect(minX: box.minX, minY: box.minY + first, maxX: box.maxX, maxY: box.minY + last + 1)
            : PixelRect(minX: box.minX + first, minY: box.minY, maxX: box.minX + last + 1, maxY: box.maxY)
        return (trimmed, Array(samples[kept]), tapered)
    }
}
