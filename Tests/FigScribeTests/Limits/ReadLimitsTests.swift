import Foundation
import Testing

@testable import FigScribe

/// Each limit of `ReadLimits` stops a read with its own error.
@Suite("Read limits")
struct ReadLimitsTests {
    static let golden = Paths.goldenImages.appendingPathComponent("mpl_imshow_viridis.png")

    @Test func passedDeadlineThrowsWithTheStage() throws {
        let deadline = Deadline(seconds: 0.001)
        Thread.sleep(forTimeInterval: 0.01)
        #expect(throws: LimitError.timedOut(seconds: 0.001, stage: "layout")) { try deadline.check("layout") }
        #expect(throws: Never.self) { try Deadline.none.check("layout") }
        #expect(throws: Never.self) { try Deadline(seconds: 60).check("layout") }
    }

    @Test func tinyTimeoutStopsTheReadPromptly() throws {
        let reader = try HeatmapReader(limits: ReadLimits(timeout: 0.000_001))
        let start = Date()
        #expect(throws: LimitError.self) { try reader.read(contentsOf: Self.golden) }
        #expect(Date().timeIntervalSince(start) < TimeAllowance.seconds(2))
    }

    @Test func textLineCapRefusesBeforeOCR() throws {
        let reader = try HeatmapReader(limits: ReadLimits(maxTextLines: 3))
        #expect {
            try reader.read(contentsOf: Self.golden)
        } throws: { error in
            guard case LimitError.tooManyTextLines(let count, 3) = error else { return false }
            return count > 3
        }
    }

    @Test func fileSizeLimitComesFirst() throws {
        let reader = try HeatmapReader(limits: ReadLimits(maxFileBytes: 1000))
        #expect(throws: DecodeError.self) { try reader.read(contentsOf: Self.golden) }
    }

    @Test func messagesNameTheOption() {
        #expect(LimitError.tooManyTextLines(count: 50, limit: 3).description.contains("--max-text-lines"))
        #expect(LimitError.timedOut(seconds: 2, stage: "layout").description
            == "stopped after 2 s during layout, the time limit (raise it with --timeout)")
        #expect(DecodeError.fileTooLarge(bytes: 10, limit: 5).description.contains("--max-file-size"))
    }

    @Test func defaultLimitsReadAGoldenImage() throws {
        #expect(try HeatmapReader(limits: ReadLimits(timeout: 120)).read(contentsOf: Self.golden).grid.rows == 8)
    }
}
