/// Labels of a counted axis that OCR could not make out at all ("J" for 04h in 7-px type,
/// "Céh" for 06h), standing between labels read exactly as a firm count and drawn as wide
/// as those labels: the count's.
///
/// A firm count: at least four labels, and two fifths of them, read exactly as one linear
/// count (as `CountedLabelRepair` finds counts) — too many to agree by chance. A label read
/// as the count's text with one glyph lost ("217" for 2017, serif 7-px type) is that text.
/// Any other label is given the count's text only between two labels that read it (an
/// axis's last label may break the count: "Total"). Either way its ink must be as wide as
/// that of the labels read exactly with that text's length (within 2 px or 15 %).
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
            let expected = labels.indices.map { pattern.text(at: places[$0]) }
            let exact = labels.indices.filter { labels[$0] == expected[$0] }
            guard exact.count >= 4, 5 * exact.count >= 2 * labels.count else { continue }
            // Whether label `i`'s ink is as wide as the exact labels' of its expected length.
            func isAsWide(_ i: Int) -> Bool {
                let widths = exact.filter { labels[$0].count == expected[i].count }.map { extents[$0] }.sorted()
                guard !widths.isEmpty else { return false }
                let width = widths[widths.count / 2]
                return Double(abs(extents[i] - width)) <= max(2, 0.15 * Double(width))
            }
            let shortOfOne = labels.indices.filter { i in
                !exact.contains(i) && isOneGlyphShort(labels[i], of: expected[i]) && !labels.contains(expected[i]) && isAsWide(i)
            }
            let anchors = exact + shortOfOne
            var filled = labels
            for i in shortOfOne { filled[i] = expected[i] }
            for i in labels.indices where !anchors.contains(i) {
                guard anchors.contains(where: { places[$0] < places[i] }), anchors.contains(where: { places[$0] > places[i] }),
                    !labels.contains(expected[i]), isAsWide(i)
                else { continue }
                filled[i] = expected[i]
            }
            return filled
        }
        return labels
    }

    /// Whether `reading` is `text` with one character left out.
    static func isOneGlyphShort(_ reading: String, of text: String) -> Bool {
        guard reading.count + 1 == text.count else { return false }
        let r = Array(reading), t = Array(text)
        guard let k = r.indices.first(where: { r[$0] != t[$0] }) else { return true }
        return Array(t[(k + 1)...]) == Array(r[k...])
    }
}
