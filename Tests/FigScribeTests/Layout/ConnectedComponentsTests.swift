import Foundation
import Testing

@testable import FigScribe

@Suite("ConnectedComponents")
struct ConnectedComponentsTests {
    /// A plain flood fill over 8 neighbours, components numbered by their first pixel.
    static func floodFill(_ mask: [Bool], width: Int, height: Int) -> (labels: [Int32], counts: [Int], boxes: [PixelRect]) {
        var labels = [Int32](repeating: -1, count: width * height)
        var counts: [Int] = [], boxes: [PixelRect] = []
        for start in mask.indices where mask[start] && labels[start] < 0 {
            let id = Int32(counts.count)
            var stack = [start], count = 0
            var box = PixelRect(minX: start % width, minY: start / width, maxX: start % width + 1, maxY: start / width + 1)
            labels[start] = id
            while let p = stack.popLast() {
                let x = p % width, y = p / width
                count += 1
                box = box.union(PixelRect(minX: x, minY: y, maxX: x + 1, maxY: y + 1))
                for ny in max(0, y - 1)...min(height - 1, y + 1) {
                    for nx in max(0, x - 1)...min(width - 1, x + 1) where mask[ny * width + nx] && labels[ny * width + nx] < 0 {
                        labels[ny * width + nx] = id
                        stack.append(ny * width + nx)
                    }
                }
            }
            counts.append(count)
            boxes.append(box)
        }
        return (labels, counts, boxes)
    }

    @Test(arguments: [0.2, 0.45, 0.6, 0.9])
    func runsLabelAsAFloodFillDoes(density: Double) {
        var random = SplitMix64(seed: UInt64(density * 100))
        let width = 97, height = 61
        let mask = (0..<(width * height)).map { _ in Double.random(in: 0..<1, using: &random) < density }
        let expected = Self.floodFill(mask, width: width, height: height)
        let components = ConnectedComponents(mask: mask, width: width, height: height)
        #expect(components.labels == expected.labels)
        #expect(components.components.map(\.pixelCount) == expected.counts)
        #expect(components.components.map(\.box) == expected.boxes)
    }

    /// Runs that meet only at a corner are one component; runs a pixel apart are two.
    @Test func diagonalNeighboursJoin() {
        let mask: [Bool] = [
            true, true, false, false, false,
            false, false, true, false, true,
        ]
        let components = ConnectedComponents(mask: mask, width: 5, height: 2)
        #expect(components.components.count == 2)
        #expect(components.labels == [0, 0, -1, -1, -1, -1, -1, 0, -1, 1])
    }

    /// The principal axis of a diagonal stroke runs at 45° (counter-clockwise, y down).
    @Test func axisOfADiagonalStroke() throws {
        let size = 20
        let mask = (0..<(size * size)).map { p in p % size + p / size == size - 1 }
        let stroke = try #require(ConnectedComponents(mask: mask, width: size, height: size).components.first)
        #expect(abs(stroke.axis.angle - 45) < 1e-9)
        #expect(stroke.axis.elongation > 100)
    }

    /// A frame (rows 2 and 17, columns 2 and 27 of a 30×24 mask) round a grid box, with a
    /// tick mark hanging from its bottom edge (column 10, rows 18–19), a glyph touching the
    /// mark's end only at a corner (a 3×3 block at columns 11–13, rows 20–22) and a second
    /// mark whose glyph is joined side by side (column 20, rows 18–22): the first glyph goes
    /// on alone, the second stays, and the rest of the frame keeps its id and its box.
    @Test func aGlyphJoinedToAFrameByACornerGoesOnAlone() {
        let width = 30, height = 24
        var mask = [Bool](repeating: false, count: width * height)
        func set(_ x: Int, _ y: Int) { mask[y * width + x] = true }
        for x in 2...27 { set(x, 2); set(x, 17) }
        for y in 2...17 { set(2, y); set(27, y) }
        for y in 18...19 { set(10, y) }
        for y in 20...22 { for x in 11...13 { set(x, y) } }
        for y in 18...22 { set(20, y) }
        for y in 20...22 { set(21, y) }
        var components = ConnectedComponents(mask: mask, width: width, height: height)
        #expect(components.components.count == 1)
        let grid = PixelRect(minX: 3, minY: 3, maxX: 27, maxY: 17)
        let split = components.splittingCornerJoinedPieces(of: 0, outside: grid)
        #expect(split == [1])
        #expect(components.components[1].box == PixelRect(minX: 11, minY: 20, maxX: 14, maxY: 23))
        #expect(components.components[1].pixelCount == 9)
        #expect(components.label(x: 12, y: 21) == 1 && components.label(x: 10, y: 19) == 0 && components.label(x: 21, y: 21) == 0)
        #expect(components.components[0].box == PixelRect(minX: 2, minY: 2, maxX: 28, maxY: 23))
        #expect(components.components[0].pixelCount == mask.filter { $0 }.count - 9)
    }
}
