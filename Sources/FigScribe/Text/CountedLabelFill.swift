/// Labels of a counted axis that OCR could not make out at all ("J" for 04h in 7-px type,
/// "Céh" for 06h), standing between labels read exactly as a firm count and drawn as wide
/// as those labels: the count's.
///
/// A firm count: at least four labels, and two fifths of them, read exactly as one linear
/// count (as `CountedLabelRepair` finds counts) — too many to agree by chance. A label is
/// given the count's text only between two labels that read it (an axis's last label may
/// break the count: "Total"), and only when its ink is as wide as theirs of that text's
/// length (within 2 px or 15 %).
enum CountedLabelFill {
    /// The labels, filled in.
    /// - Parameters:
    ///   - positions: each label's centre along its axis.
    ///   - extents: each label's ink width as it reads (upright).
    static func filled(_ labels: [String], positions: [Double], extents: [Int]) -> [String] {
        guard labels.count >= 5, positions.count == labels.count, extents.count == labels.count,
            let places = CountedLabelRepair.places(of: positions)
        else { return labels }
        let parts = labels.map(CountedLabelRepair.CountedLabel.init)
        for count in CountedLabelRepair.candidates(parts, places: places).prefix(3) {
            let following = CountedLabelRepair.following(count, parts: parts, places: places)
            let pattern = CountedLabelRepair.padded(count, as: following.map { parts[$0] })
            let exact = labels.indices.filter { labels[$0] == pattern.text(at: places[$0]) }
            guard exact.count >= 4, 5 * exact.count >= 2 * labels.count else { continue }
            var filled = labels
            for i in labels.indices where !exact.contains(i) {
                let expected = pattern.text(at: places[i])
                guard exact.contains(where: { places[$0] < places[i] }), exact.contains(where: { places[$0] > places[i] }),
                    !labels.contains(expected)
                else { continue }
                let widths = exact.filter { labels[$0].count == expected.count }.map { extents[$0] }.sorted()
                guard !widths.isEmpty else { continue }
                let width = widths[widths.count / 2]
                if Double(abs(extents[i] - width)) <= max(2, 0.15 * Double(width)) { filled[i] = expected }
            }
            return filled
        }
        return labels
    }
}
