/// Month and weekday names on an axis, put back where OCR misread a few ("Ma", "Agr" among
/// "Jan", "Feb"; "lue" between "Mon" and "Wed").
///
/// When at least two labels, and at least half of the axis's, are names of one calendar
/// cycle, each in its place (label k is the cycle's name k steps on from the first), another
/// label takes the name its place gives when it reads within one letter of it and its ink is
/// as wide as the name's letters rather than its own ("Ma" as wide as "Jan" is "Mar"; a
/// narrow "Th" and a wide "Tues" are abbreviations of their own), or when it holds other
/// characters than letters and lies between two names. A label at either end may be
/// another kind of label (a total, an average).
enum CalendarNameRepair {
    /// The cycles, each in its order.
    static let cycles: [[String]] = [
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"],
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]

    /// The labels with misread calendar names put back.
    /// - Parameters:
    ///   - positions: each label's centre along the axis; the names may run either way.
    ///   - extents: each label's ink length along its reading direction.
    static func repair(_ labels: [String], positions: [Double], extents: [Int]) -> [String] {
        let order = labels.indices.sorted { positions[$0] < positions[$1] }
        for run in [order, order.reversed()] {
            guard let named = repairInOrder(run.map { labels[$0] }, extents: run.map { Double(extents[$0]) }) else { continue }
            var repaired = labels
            for (k, i) in run.enumerated() { repaired[i] = named[k] }
            return repaired
        }
        return labels
    }

    /// The labels, in order, with the names their places give; nil when they are not the
    /// names of one cycle in order.
    private static func repairInOrder(_ labels: [String], extents: [Double]) -> [String]? {
        for cycle in cycles {
            let lower = cycle.map { $0.lowercased() }
            let places = labels.map { lower.firstIndex(of: $0.lowercased()) }
            let matched = places.indices.filter { places[$0] != nil }
            guard matched.count >= 2, 2 * matched.count >= labels.count else { continue }
            let n = cycle.count
            let offsets = Set(matched.map { (places[$0]! - $0 % n + n) % n })
            guard offsets.count == 1, let offset = offsets.first else { continue }
            let (first, last) = (matched.first!, matched.last!)
            let style = casing(of: matched.map { labels[$0] })
            let letterWidth = matched.map { extents[$0] }.reduce(0, +) / Double(matched.map { labels[$0].count }.reduce(0, +))
            return labels.indices.map { i in
                guard places[i] == nil else { return labels[i] }
                let name = style(cycle[(i + offset) % n]), read = labels[i]
                guard read.allSatisfy(\.isLetter) else { return i > first && i < last ? name : read }
                let letters = extents[i] / letterWidth
                let fitsName = abs(letters - Double(name.count)) <= abs(letters - Double(read.count))
                return fitsName && editDistance(read.lowercased(), name.lowercased()) <= 1 ? name : read
            }
        }
        return nil
    }

    /// How the matched names are written: all capitals, all lowercase, or as the cycle has them.
    private static func casing(of names: [String]) -> (String) -> String {
        if names.allSatisfy({ $0 == $0.uppercased() }) { return { $0.uppercased() } }
        if names.allSatisfy({ $0 == $0.lowercased() }) { return { $0.lowercased() } }
        return { $0 }
    }

    /// The Levenshtein distance between two strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var row = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var next = [i + 1]
            for (j, cb) in b.enumerated() {
                next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (ca == cb ? 0 : 1)))
            }
            row = next
        }
        return row[b.count]
    }
}
