/// A colour scale sampled along its strip, inverted colour → position.
struct ColourRamp: Sendable {
    /// Sample colours in order along the strip.
    let colours: [LabColour]
    /// Position of each sample along the strip, 0 (top/left end) … 1 (bottom/right end).
    let positions: [Double]

    /// Builds the ramp from the strip's per-pixel samples, dropping end pixels that are
    /// blended with an outline (a jump far larger than the strip's typical step).
    init(strip: ColourStrip) {
        let lab = strip.samples.map(LabColour.init)
        let n = lab.count
        var first = 0, last = n - 1
        let steps = (1..<n).map { lab[$0].distance(to: lab[$0 - 1]) }.sorted()
        let typical = max(1.0, steps.isEmpty ? 1 : steps[steps.count * 3 / 4])
        while first < min(3, n - 2), lab[first].distance(to: lab[first + 1]) > 4 * typical { first += 1 }
        while last > max(n - 4, first + 1), lab[last].distance(to: lab[last - 1]) > 4 * typical { last -= 1 }
        colours = Array(lab[first...last])
        positions = (first...last).map { strip.position(ofSample: $0) }
    }

    /// How many distinct colours the ramp shows: one more than the changes of colour between
    /// neighbouring samples (a pixel repeated where the strip is longer than its colour table
    /// is one colour).
    var levels: Int {
        1 + zip(colours, colours.dropFirst()).filter { $0.distance(to: $1) >= 0.1 }.count
    }

    /// The position along the strip whose colour is nearest, interpolated between samples,
    /// and how far (ΔE) the colour is from the ramp. A colour nearest a run of samples of
    /// one colour (a band of a stepped key drawn as a smooth strip) lies at the run's middle.
    func locate(_ colour: LabColour) -> (position: Double, distance: Double) {
        guard colours.count > 1 else { return (positions.first ?? 0.5, colours.first?.distance(to: colour) ?? .infinity) }
        // Compared by squared distance; the square root is taken once, of the best.
        var best = (position: positions[0], squared: Double.infinity)
        var nearestSample: Int?
        colours.withUnsafeBufferPointer { colours in
            for i in 0..<(colours.count - 1) {
                let p = colours[i], q = colours[i + 1]
                let dl = q.l - p.l, da = q.a - p.a, db = q.b - p.b
                let len2 = dl * dl + da * da + db * db
                var t = 0.0
                if len2 > 0 {
                    t = ((colour.l - p.l) * dl + (colour.a - p.a) * da + (colour.b - p.b) * db) / len2
                    t = min(1, max(0, t))
                }
                let point = LabColour(l: p.l + t * dl, a: p.a + t * da, b: p.b + t * db)
                let d2 = point.squaredDistance(to: colour)
                if d2 < best.squared {
                    best = (positions[i] + t * (positions[i + 1] - positions[i]), d2)
                    nearestSample = t == 0 ? i : (t == 1 ? i + 1 : nil)
                }
            }
        }
        var result = (position: best.position, distance: best.squared.squareRoot())
        if let j = nearestSample, let run = sameColourRun(around: j), run.count >= 2 {
            result.position = (positions[run.lowerBound] + positions[run.upperBound]) / 2
        }
        return result
    }

    /// The samples next to sample `j`, and it, of its colour (less than 0.1 ΔE apart).
    private func sameColourRun(around j: Int) -> ClosedRange<Int>? {
        var lo = j, hi = j
        while lo > 0, colours[lo - 1].distance(to: colours[j]) < 0.1 { lo -= 1 }
        while hi < colours.count - 1, colours[hi + 1].distance(to: colours[j]) < 0.1 { hi += 1 }
        return lo...hi
    }
}
