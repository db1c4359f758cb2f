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
}
