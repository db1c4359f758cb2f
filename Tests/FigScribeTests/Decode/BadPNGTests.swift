import Foundation
import Testing

@testable import FigScribe

/// Damaged and impostor PNG bytes are refused with a `DecodeError`, quickly, never a crash.
@Suite("Bad PNG bytes")
struct BadPNGTests {
    static let sample: [UInt8] = {
        let url = Paths.pngSuite.appendingPathComponent("basn2c08.png")
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }()

    @Test func truncatedAtEveryTenthOfTheFile() throws {
        try #require(!Self.sample.isEmpty)
        for tenth in 0..<10 {
            let cut = Array(Self.sample.prefix(Self.sample.count * tenth / 10))
            #expect(throws: DecodeError.self, "cut at \(tenth)/10") { try PNGDecoder().decode(data: cut) }
        }
    }

    /// Every single bit flip past the signature either decodes or throws (CRCs catch most).
    @Test func everyBitFlipDecodesOrThrows() throws {
        try #require(!Self.sample.isEmpty)
        var thrown = 0
        for index in stride(from: 8, to: Self.sample.count, by: 7) {
            var bytes = Self.sample
            bytes[index] ^= 1 << UInt8(index % 8)
            do { _ = try PNGDecoder().decode(data: bytes) } catch { thrown += 1 }
        }
        #expect(thrown > 0)
    }

    @Test func emptyAndShortInputsAreNotPNG() {
        #expect(throws: DecodeError.notPNG) { try PNGDecoder().decode(data: []) }
        #expect(throws: DecodeError.notPNG) { try PNGDecoder().decode(data: [0x89, 0x50, 0x4E]) }
    }

    @Test func randomBytesAreNotPNG() {
        var rng = SplitMix64(seed: 42)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        #expect(throws: DecodeError.notPNG) { try PNGDecoder().decode(data: bytes) }
    }

    @Test func textIsNotPNG() {
        #expect(throws: DecodeError.notPNG) { try PNGDecoder().decode(data: Array("<svg>not a png</svg>\n".utf8)) }
    }

    /// A header claiming 10^10 pixels with a 10-byte IDAT is refused from the header, before
    /// any pixel memory is allocated: at once, whatever the limit.
    @Test func hugeHeaderIsRefusedBeforeAllocation() {
        let bytes = [UInt8](PNGWriter.file(width: 100_000, height: 100_000, idat: [0x78, 0x01, 1, 0, 0, 0xFF, 0xFF, 0, 0, 0, 1]))
        let start = Date()
        #expect(throws: DecodeError.tooLarge(width: 100_000, height: 100_000, limit: PNGDecoder.defaultMaxPixels)) {
            try PNGDecoder().decode(data: bytes)
        }
        #expect(Date().timeIntervalSince(start) < TimeAllowance.seconds(1))
    }

    @Test func writtenImageRoundTrips() throws {
        var image = RGBAImage(width: 3, height: 2)
        image[1, 1] = RGBA(r: 10, g: 20, b: 30)
        #expect(try PNGDecoder().decode(data: [UInt8](PNGWriter.data(image))) == image)
    }
}
