/// Decides which series get an item of their own in Detailed Analysis and which are
/// described together.
///
/// Patterned series (bands, trends, peaks) come first, alone when at most three share a
/// kind of pattern; then series whose mean lies far from the others' (robust z > 3, at
/// least 10% of the scale away); then series of one sign throughout when the scale spans
/// zero; the rest form one group.
struct SeriesGrouping: Sendable {
    let series: [SeriesSummary]
    let scaleSpan: Double

    /// At most this many single items for means and signs, to keep the list short.
    static let maximumSingles = 3

    func groups() -> [SeriesGroup] {
        let usable = series.filter { $0.count > 0 }
        var groups: [SeriesGroup] = []
        var taken = Set<Int>()

        var byKind: [String: [Int]] = [:]
        var kindOrder: [String] = []
        for s in usable where s.shape.isDistinct {
            if byKind[s.shape.kindName] == nil { kindOrder.append(s.shape.kindName) }
            byKind[s.shape.kindName, default: []].append(s.index)
        }
        for kind in kindOrder {
            let members = byKind[kind] ?? []
            if members.count <= 3 {
                groups += members.map { SeriesGroup(members: [$0], reason: .pattern) }
            } else {
                groups.append(SeriesGroup(members: members, reason: .sharedPattern))
            }
            taken.formUnion(members)
        }

        let rest = usable.filter { !taken.contains($0.index) }
        if rest.count >= 4 {
            let means = rest.map(\.mean)
            let center = Statistics.quantile(means.sorted(), 0.5) ?? 0
            let spread = 1.4826 * (Statistics.medianAbsoluteDeviation(means) ?? 0)
            func far(_ s: SeriesSummary) -> Bool {
                let distance = abs(s.mean - center)
                return distance >= 0.1 * scaleSpan && distance > 3 * spread
            }
            if let lowest = rest.min(by: { $0.mean < $1.mean }), far(lowest) {
                groups.append(SeriesGroup(members: [lowest.index], reason: .lowestMean))
                taken.insert(lowest.index)
            }
            if let highest = rest.max(by: { $0.mean < $1.mean }), far(highest), !taken.contains(highest.index) {
                groups.append(SeriesGroup(members: [highest.index], reason: .highestMean))
                taken.insert(highest.index)
            }
            let signed = rest.filter { $0.sign != nil && !taken.contains($0.index) }
            if !signed.isEmpty, signed.count <= SeriesGrouping.maximumSingles, rest.count - signed.count >= 3 {
                groups += signed.map { SeriesGroup(members: [$0.index], reason: .consistentSign) }
                taken.formUnion(signed.map(\.index))
            }
        }
        let remaining = usable.filter { !taken.contains($0.index) }.map(\.index)
        if !remaining.isEmpty {
            groups.append(SeriesGroup(members: remaining, reason: .alike))
        }
        return groups
    }
}
