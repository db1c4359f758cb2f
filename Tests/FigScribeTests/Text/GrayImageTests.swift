import Testing
@testable import FigScribe

@Suite("GrayImage")
struct GrayImageTests {
    @Test func levelsRoundHalvesUpAndClamp() {
        let image = GrayImage(width: 7, height: 1, values: [-3, 0.49, 0.5, 1.5, 2.4999, 254.5, 300])
        #expect(image.levels() == [0, 0, 1, 2, 2, 255, 255])
        #expect(image.rgba().pixels == image.levels().flatMap { [$0, $0, $0, 255] })
    }

    @Test func bicubicEnlargementKeepsFlatAreasAndEdges() {
        // A 4×2 image, dark on the left half: enlarged 3×, the outer columns keep their
        // levels (edge taps repeat the edge) and the step stays between them.
        let image = GrayImage(width: 4, height: 2, values: [0, 0, 255, 255, 0, 0, 255, 255])
        let big = image.scaledBicubic(by: 3)
        #expect(big.width == 12 && big.height == 6)
        for y in 0..<6 {
            #expect(big[0, y] == 0 && big[1, y] == 0)
            #expect(big[10, y] == 255 && big[11, y] == 255)
            let row = (0..<12).map { big[$0, y] }
            #expect(zip(row, row.dropFirst()).allSatisfy { $0 <= $1 })
            #expect((0..<12).allSatisfy { abs(row[$0] - big[$0, 0]) < 0.01 })
        }
    }
}
