import Foundation
import Testing

@testable import FigScribe

/// Decodes the PngSuite conformance images against their reference RGBA.
@Suite("PngSuite")
struct PNGSuiteTests {
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.pngSuite.path)) ?? []
        return names.filter { $0.hasSuffix(".png") && $0 != "PngSuite.png" }.sorted()
    }()
    static let valid = files.filter { !$0.hasPrefix("x") }
    static let corrupt = files.filter { $0.hasPrefix("x") }

    @Test func suiteIsPresent() {
        #expect(Self.valid.count == 161)
        #expect(Self.corrupt.count == 14)
    }

    @Test(arguments: valid)
    func validImageMatchesReference(_ name: String) throws {
        let url = Paths.pngSuite.appendingPathComponent(name)
        let image = try PNGDecoder().decode(contentsOf: url)
        let base = String(name.dropLast(4))
        let referenceURL = Paths.pngSuite.appendingPathComponent(base + ".json")
        let reference = try JSONDecoder().decode([Int].self, from: Data(contentsOf: referenceURL))
        #expect(reference.count == image.width * image.height * 4)
        // 16-bit references hold raw samples; the decoder rounds them to 8 bits.
        let isSixteenBit = reference.contains { $0 > 255 }
        var mismatches = 0
        for (index, sample) in reference.enumerated() where index < image.pixels.count {
            let expected = isSixteenBit ? Int((Double(sample) / 257.0).rounded()) : sample
            if Int(image.pixels[index]) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0, "\(name): \(mismatches) samples differ")
    }

    @Test(arguments: corrupt)
    func corruptImageIsRejected(_ name: String) {
        let url = Paths.pngSuite.appendingPathComponent(name)
        #expect(throws: DecodeError.self) { try PNGDecoder().decode(contentsOf: url) }
    }
}

@Suite("PNGDecoder errors")
struct PNGDecoderErrorTests {
    @Test func truncatedFileSaysReadError() throws {
        let bytes = try [UInt8](Data(contentsOf: Paths.pngSuite.appendingPathComponent("basn2c08.png")))
        let truncated = Array(bytes.prefix(bytes.count / 2))
        #expect(throws: DecodeError.unreadable(message: "Read Error")) {
            try PNGDecoder().decode(data: truncated)
        }
    }

    @Test func nonPNGIsRejected() {
        #expect(throws: DecodeError.notPNG) { try PNGDecoder().decode(data: Array("hello".utf8)) }
    }

    @Test func pixelLimitIsCheckedFromHeader() throws {
        let bytes = try [UInt8](Data(contentsOf: Paths.pngSuite.appendingPathComponent("basn2c08.png")))
        #expect(throws: DecodeError.tooLarge(width: 32, height: 32, limit: 1000)) {
            try PNGDecoder(maxPixels: 1000).decode(data: bytes)
        }
    }

    @Test func missingFileIsNamed() {
        let url = URL(fileURLWithPath: "/nonexistent/figure.png")
        #expect(throws: DecodeError.fileUnreadable(reason: "no such file")) {
            try PNGDecoder().decode(contentsOf: url)
        }
    }
}
