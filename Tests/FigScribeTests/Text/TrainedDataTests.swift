import Foundation
import Testing
@testable import FigScribe

@Suite("TrainedData")
struct TrainedDataTests {
    /// A file in Tesseract's layout: a count, `count` offsets (−1 for absent), then the parts.
    static func file(_ parts: [Int: [UInt8]], count: Int = 24) throws -> URL {
        var offsets = [Int64](repeating: -1, count: count)
        var body: [UInt8] = []
        var cursor = 4 + 8 * count
        for (index, bytes) in parts.sorted(by: { $0.key < $1.key }) {
            offsets[index] = Int64(cursor)
            body += bytes
            cursor += bytes.count
        }
        var data = (0..<4).map { UInt8(truncatingIfNeeded: count >> (8 * $0)) }
        for o in offsets { data += (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: o) >> (8 * $0)) } }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-\(UUID().uuidString).traineddata")
        try Data(data + body).write(to: url)
        return url
    }

    static func offsets(_ bytes: [UInt8]) -> [Int64] {
        (0..<24).map { i in
            Int64(bitPattern: bytes[4 + 8 * i..<12 + 8 * i].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        }
    }

    @Test func leavesOutTheWordListAndKeepsTheRest() throws {
        let url = try Self.file([17: [1, 2, 3], 18: [4], 19: [9, 9, 9, 9, 9], 21: [5, 6]])
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try TrainedData(contentsOf: url, omitting: [.wordDictionary])
        let offsets = Self.offsets(data.bytes)
        #expect(offsets[19] == -1)
        #expect(offsets[17] == 196 && offsets[18] == 199 && offsets[21] == 200)
        #expect(Array(data.bytes[196...]) == [1, 2, 3, 4, 5, 6])
    }

    @Test func keepsEverythingWhenNothingIsOmitted() throws {
        let url = try Self.file([17: [1, 2], 19: [3]])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try TrainedData(contentsOf: url, omitting: []).bytes == [UInt8](try Data(contentsOf: url)))
    }

    @Test func truncatedFileIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figscribe-\(UUID().uuidString).traineddata")
        try Data([24, 0, 0, 0, 1, 2]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: TrainedDataError.truncated(url.path)) { try TrainedData(contentsOf: url, omitting: []) }
    }

    @Test(.enabled(if: (try? TessdataLocator().directory(for: "Latin")) != nil, "the Latin script model is not installed"))
    func latinModelWithoutWordListReadsALabel() throws {
        let engine = try OCREngine(language: "Latin", wordDictionary: false)
        let r = try engine.recognize(try TextFixtures.image("seaborn_16.xlabel.rgba"), mode: .singleLine)
        #expect(r.text.hasPrefix("learning rate"), "read \(r.text)")
    }
}
