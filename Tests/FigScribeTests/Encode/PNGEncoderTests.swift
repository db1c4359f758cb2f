import Testing
@testable import FigScribe

@Suite("PNGEncoder")
struct PNGEncoderTests {
    @Test func encodedImagesDecodeToTheSamePixels() throws {
        var rng = SplitMix64(seed: 7)
        let width = 37, height = 23
        let pixels = (0..<(width * height * 4)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let image = RGBAImage(width: width, height: height, pixels: pixels)
        let bytes = try PNGEncoder.encode(image)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try PNGDecoder().decode(data: bytes) == image)
    }

    @Test func aZeroSizedImageIsALibpngErrorNotACrash() {
        #expect(throws: EncodeError.self) { try PNGEncoder.encode(RGBAImage(width: 0, height: 0, pixels: [])) }
    }
}
