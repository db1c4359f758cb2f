/// Puts back the stem OCR dropped from a numbered name: on an axis whose labels are mostly
/// one name numbered ("r1", "r2" …), a label read as the number alone ("7" for "r7": a small
/// letter touching the digit) whose ink is as long as the numbered names' is one of them.
enum MissingStemRepair {
    /// The labels, those read as a number alone but as long as a numbered name with as
    /// many digits given the stem.
    /// - Parameters:
    ///   - labels: one axis's labels as read.
    ///   - extents: each label's ink length along its reading direction, in pixels.
    static func repaired(_ labels: [String], extents: [Int]) -> [String] {
        let stems = labels.map(NumberedNames.stem(of:))
        // Most labels, three or more, share the stem.
        guard let (stem, count) = NumberedNames.commonStem(labels), count >= 3, 2 * count > labels.count
        else { return labels }
        return labels.indices.map { i in
            let label = labels[i]
            guard !label.isEmpty, label.allSatisfy(\.isASCIIDigit) else { return label }
            let named = labels.indices.filter { stems[$0] == stem && labels[$0].count == stem.count + label.count }
            guard let shortest = named.map({ extents[$0] }).min(), extents[i] >= shortest else { return label }
            return stem + label
        }
    }
}
