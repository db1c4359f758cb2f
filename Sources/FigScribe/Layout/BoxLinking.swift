/// Groups boxes that link, directly or through others (union–find over a sweep along x).
enum BoxLinking {
    /// The connected groups of `boxes`, each as ascending indices, ordered by first index.
    /// - Parameters:
    ///   - reach: pairs farther apart than this along x are never linked, so are not asked.
    ///   - linked: whether boxes `i` and `j` link.
    static func groups(of boxes: [PixelRect], reach: Int, linked: (Int, Int) -> Bool) -> [[Int]] {
        var parent = Array(boxes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        forEachPair(of: boxes, reach: reach) { i, j in
            if linked(i, j) { parent[root(i)] = root(j) }
        }
        var groups: [Int: [Int]] = [:]
        for i in boxes.indices { groups[root(i), default: []].append(i) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Visits every pair of `boxes` at most `reach` apart along x (in a sweep along x).
    static func forEachPair(of boxes: [PixelRect], reach: Int, _ body: (Int, Int) -> Void) {
        let order = boxes.indices.sorted { boxes[$0].minX < boxes[$1].minX }
        for (n, i) in order.enumerated() {
            for j in order[(n + 1)...] {
                if boxes[j].minX - boxes[i].maxX > reach { break }
                body(i, j)
            }
        }
    }
}
