/// A group of nearby, nearly-rectangular foreground components: a plot grid, a colour
/// strip, or (rarely) a solid glyph.
struct SolidRegion {
    /// Ids of the components that make up the region.
    var componentIDs: Set<Int>
    /// The union of the components' boxes.
    var box: PixelRect
    /// Total foreground pixels.
    var pixelCount: Int

    /// Groups the solid components of a scene into regions.
    ///
    /// A component is solid when it fills most of its box; solid components whose boxes
    /// lie within `linkGap` pixels of each other belong together (cells separated by thin
    /// gaps form one region).
    static func find(in components: ConnectedComponents, linkGap: Int = 3) -> [SolidRegion] {
        let solid = components.components.filter {
            $0.box.width >= 4 && $0.box.height >= 4 && $0.fill >= 0.6
        }
        var parent = Array(0..<solid.count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // Sweep along x so that only boxes that can be near each other are compared.
        let order = solid.indices.sorted { solid[$0].box.minX < solid[$1].box.minX }
        for (n, i) in order.enumerated() {
            for j in order[(n + 1)...] {
                if solid[j].box.minX - solid[i].box.maxX > linkGap { break }
                let gap = solid[i].box.gap(to: solid[j].box)
                if gap.x <= linkGap && gap.y <= linkGap {
                    parent[root(i)] = root(j)
                }
            }
        }
        var groups: [Int: SolidRegion] = [:]
        for i in solid.indices {
            let c = solid[i]
            groups[root(i), default: SolidRegion(componentIDs: [], box: c.box, pixelCount: 0)]
                .absorb(c)
        }
        return groups.values.sorted { $0.pixelCount > $1.pixelCount }
    }

    private mutating func absorb(_ c: ConnectedComponents.Component) {
        componentIDs.insert(c.id)
        box = box.union(c.box)
        pixelCount += c.pixelCount
    }
}
