/// A binned colour scale: flat bands along the strip, each standing for the values between
/// two boundaries, which the legend's labels give.
///
/// Labels may sit at every boundary, at the inner boundaries only, at the bands' centres,
/// or name each band's range ("0–10"). Bands are drawn at equal size even when their value
/// ranges differ, so boundary values come from the labels, never from pixel positions;
/// boundaries without a label are interpolated (or, at the ends, extrapolated) band by band.
public struct DiscreteScale: Equatable, Sendable {
    /// Each band's values, in strip order (first band first), low bound first.
    public var bins: [ClosedRange<Double>]
    /// Whether an end of the scale carries no label and was extrapolated.
    public var extrapolatedEnds: Bool
    /// Labels out of order with the others along the strip, as read: set aside as
    /// misread, or (`repaired`) read with the minus sign OCR dropped.
    public var misread: [MisreadLabel] = []

    /// A label whose value is out of order with the others.
    public struct MisreadLabel: Equatable, Sendable {
        /// The value as read.
        public var value: Double
        /// The value with a minus sign put back, when that puts it in order.
        public var repaired: Double?
    }

    /// A tick label along the strip: its value (or the range it names) and where its middle
    /// lies (0…1 from the strip's top/left end).
    public struct Label: Equatable, Sendable {
        public var value: Double?
        public var range: ClosedRange<Double>?
        public var position: Double
        public init(value: Double? = nil, range: ClosedRange<Double>? = nil, position: Double) {
            self.value = value
            self.range = range
            self.position = position
        }
    }

    /// Whether the bands' values are spaced logarithmically (their middles are geometric).
    public var logarithmic = false

    /// The value a band stands for: the middle of its two boundaries (on a log scale, in
    /// log space).
    public func value(ofBand i: Int) -> Double {
        logarithmic ? (bins[i].lowerBound * bins[i].upperBound).squareRoot() : (bins[i].lowerBound + bins[i].upperBound) / 2
    }

    /// The scale's lowest and highest boundary.
    public var ends: (min: Double, max: Double) {
        (bins.map(\.lowerBound).min() ?? 0, bins.map(\.upperBound).max() ?? 1)
    }

    /// Many bands and few labels that fit one scale along the strip (a line, or a log line,
    /// through every label): the labels are ticks of a continuous axis whose colours are
    /// drawn in steps (lattice's colour key), and each band's boundaries are the axis's
    /// values at them. Nil otherwise.
    public static func steppedAxis(spans: [ClosedRange<Double>], labels: [Label]) -> DiscreteScale? {
        let numbered = labels.compactMap { l in l.value.map { (value: $0, position: l.position) } }
        guard numbered.count >= 3, 2 * numbered.count <= spans.count,
            let fit = ScaleFit.fit(positions: numbered.map(\.position), values: numbered.map(\.value)), fit.outliers.isEmpty
        else { return nil }
        let bins = spans.map { span in
            let a = fit.value(at: span.lowerBound), b = fit.value(at: span.upperBound)
            return min(a, b)...max(a, b)
        }
        return DiscreteScale(bins: bins, extrapolatedEnds: false, logarithmic: fit.kind == .log)
    }

    /// Reads the bands' values from the labels.
    /// - Parameters:
    ///   - spans: each band's extent along the strip (0…1), in order.
    ///   - labels: the strip's tick labels.
    /// - Returns: nil when the labels do not give at least two boundaries or centres in order.
    public static func fit(spans: [ClosedRange<Double>], labels: [Label]) -> DiscreteScale? {
        let k = spans.count
        guard k >= 2 else { return nil }
        let boundaries = [spans[0].lowerBound] + spans.dropFirst().map(\.lowerBound) + [spans[k - 1].upperBound]
        let centres = spans.map { ($0.lowerBound + $0.upperBound) / 2 }
        let bandLength = (boundaries[k] - boundaries[0]) / Double(k)

        // Labels naming a band's range.
        var ranges = [ClosedRange<Double>?](repeating: nil, count: k)
        for l in labels {
            if let r = l.range, let i = nearest(l.position, in: centres) { ranges[i] = r }
        }
        if ranges.allSatisfy({ $0 != nil }) {
            return DiscreteScale(bins: ranges.compactMap { $0 }, extrapolatedEnds: false)
        }

        // Labels at boundaries or at centres, whichever most of them sit nearer to.
        let numbered = labels.compactMap { l in l.value.map { (value: $0, position: l.position) } }
        var atBoundary: [Int: (value: Double, offset: Double)] = [:]
        var atCentre: [Int: (value: Double, offset: Double)] = [:]
        var boundaryVotes = 0
        for l in numbered {
            guard let j = nearest(l.position, in: boundaries), let i = nearest(l.position, in: centres) else { continue }
            let db = abs(l.position - boundaries[j]), dc = abs(l.position - centres[i])
            guard min(db, dc) <= 0.3 * bandLength else { continue }
            if db < dc {
                boundaryVotes += 1
                if db < atBoundary[j]?.offset ?? .infinity { atBoundary[j] = (l.value, db) }
            } else {
                boundaryVotes -= 1
                if dc < atCentre[i]?.offset ?? .infinity { atCentre[i] = (l.value, dc) }
            }
        }
        if boundaryVotes >= 0 {
            let known = inOrder(atBoundary.mapValues(\.value))
            guard let filled = filledIn(known.values, count: k + 1) else { return nil }
            let bins = (0..<k).map { i in min(filled.values[i], filled.values[i + 1])...max(filled.values[i], filled.values[i + 1]) }
            return DiscreteScale(bins: bins, extrapolatedEnds: filled.extrapolatedEnds, misread: known.misread)
        }
        let known = inOrder(atCentre.mapValues(\.value))
        guard let filled = filledIn(known.values, count: k) else { return nil }
        let c = filled.values
        let edges = [c[0] - (c[1] - c[0]) / 2] + (1..<k).map { (c[$0 - 1] + c[$0]) / 2 } + [c[k - 1] + (c[k - 1] - c[k - 2]) / 2]
        let bins = (0..<k).map { i in min(edges[i], edges[i + 1])...max(edges[i], edges[i + 1]) }
        return DiscreteScale(bins: bins, extrapolatedEnds: true, misread: known.misread)
    }

    /// The labels whose values rise (or fall) strictly along the strip: the most that do,
    /// then each other label negated where that fits in order (OCR drops minus signs).
    /// The rest are set aside as misread.
    private static func inOrder(_ known: [Int: Double]) -> (values: [Int: Double], misread: [MisreadLabel]) {
        let places = known.keys.sorted()
        var best: [Int] = []
        for rising in [true, false] {
            // Longest strictly monotone subsequence, by position.
            var length = [Int](repeating: 1, count: places.count), previous = [Int?](repeating: nil, count: places.count)
            for j in places.indices {
                for i in 0..<j where (rising ? known[places[i]]! < known[places[j]]! : known[places[i]]! > known[places[j]]!)
                    && length[i] + 1 > length[j]
                {
                    length[j] = length[i] + 1
                    previous[j] = i
                }
            }
            guard var end = length.indices.max(by: { length[$0] < length[$1] }), length[end] > best.count else { continue }
            var chain = [end]
            while let p = previous[end] { chain.append(p); end = p }
            best = chain.reversed().map { places[$0] }
        }
        var values = Dictionary(uniqueKeysWithValues: best.map { ($0, known[$0]!) })
        guard best.count >= 2, best.count < places.count else { return (values, []) }
        let rising = known[best[0]]! < known[best[1]]!
        var misread: [MisreadLabel] = []
        for place in places where values[place] == nil {
            let negated = -known[place]!
            let below = values.filter { $0.key < place }.max { $0.key < $1.key }?.value
            let above = values.filter { $0.key > place }.min { $0.key < $1.key }?.value
            let fits = negated != 0
                && (below.map { rising ? $0 < negated : $0 > negated } ?? true)
                && (above.map { rising ? negated < $0 : negated > $0 } ?? true)
            if fits { values[place] = negated }
            misread.append(MisreadLabel(value: known[place]!, repaired: fits ? negated : nil))
        }
        return (values, misread)
    }

    /// The index of the point nearest to `x`.
    private static func nearest(_ x: Double, in points: [Double]) -> Int? {
        points.indices.min { abs(points[$0] - x) < abs(points[$1] - x) }
    }

    /// Values at `count` evenly drawn places from those known at some of them: linear
    /// between known neighbours, continued at the ends with the nearest known step, but
    /// not past zero when every known value has one sign (a scale of fractions or counts
    /// labelled 0.1, 0.25, … starts at 0, not at −0.05).
    /// Nil unless at least two are known and they rise or fall strictly along the strip.
    private static func filledIn(_ known: [Int: Double], count: Int) -> (values: [Double], extrapolatedEnds: Bool)? {
        let places = known.keys.sorted()
        guard places.count >= 2 else { return nil }
        let steps = zip(places, places.dropFirst()).map { known[$1]! - known[$0]! }
        guard steps.allSatisfy({ $0 > 0 }) || steps.allSatisfy({ $0 < 0 }) else { return nil }
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count {
            if let v = known[i] {
                values[i] = v
                continue
            }
            // The two known places around i, or the two nearest on one side.
            let after = places.firstIndex { $0 > i } ?? places.count
            let (a, b) = after == 0 ? (places[0], places[1])
                : after == places.count ? (places[places.count - 2], places[places.count - 1])
                : (places[after - 1], places[after])
            values[i] = known[a]! + (known[b]! - known[a]!) * Double(i - a) / Double(b - a)
        }
        let signs = Set(known.values.map { $0 > 0 })
        if !known.values.contains(0), signs.count == 1 {
            for i in 0..<count where known[i] == nil && (values[i] > 0) != signs.first! { values[i] = 0 }
        }
        return (values, places.first != 0 || places.last != count - 1)
    }
}
