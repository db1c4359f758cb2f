import Foundation
import Testing

@testable import FigScribe

/// Inputs the fuzzer (Scripts/fuzz) found, kept in `Decode/Fixtures/fuzz/`: each must now be
/// refused or read promptly.
@Suite("Fuzz findings")
struct FuzzFindingTests {
    static let folder = Paths.packageRoot.appendingPathComponent("Tests/FigScribeTests/Decode/Fixtures/fuzz")

    /// 716 bytes whose iTXt chunk claims 2 GB: libpng allocated (and touched) 2 GB before
    /// failing, taking seconds. Now the claim is checked against the file first.
    @Test func hugeTextChunkIsRefusedWithoutAllocating() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("slow-4bit-gray-32x32.png")))
        let start = Date()
        #expect(throws: DecodeError.unreadable(message: "chunk iTXt claims 2113929273 bytes, more than the file holds")) {
            try PNGDecoder().decode(data: bytes)
        }
        #expect(Date().timeIntervalSince(start) < TimeAllowance.seconds(0.5))
    }

    /// A mutated 256×256 image whose top row is eight flat cells (a fair 1×8 heatmap without
    /// a colour bar) above scattered specks that layout takes for dozens of tick labels:
    /// reading all of them took 20 s (now well under a second). A time limit shorter than
    /// the read stops it promptly.
    @Test func specklesUnderAStripStopAtTheTimeLimit() throws {
        let url = Self.folder.appendingPathComponent("slow-rgb-256x256.png")
        let reader = try HeatmapReader(limits: ReadLimits(timeout: 0.1))
        let start = Date()
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            guard case LimitError.timedOut = error else { return false }
            return true
        }
        // The OCR models load on the first line, and a shared machine is slow: a margin.
        #expect(Date().timeIntervalSince(start) < TimeAllowance.seconds(10))
    }
}
