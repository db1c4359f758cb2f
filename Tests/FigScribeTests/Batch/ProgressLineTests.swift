import Testing
@testable import FigScribe

@Suite("ProgressLine")
struct ProgressLineTests {
    @Test func showsCountRateAndTimeLeft() {
        let line = ProgressLine(done: 10, total: 40, elapsed: 5).rendered(width: 8)
        #expect(line == "[##------] 10/40  2.0/s  ETA 0:15")
    }

    @Test func unknownRateBeforeTheFirstItem() {
        #expect(ProgressLine(done: 0, total: 3, elapsed: 0).rendered(width: 4) == "[----] 0/3  0.0/s  ETA ?")
    }

    @Test func clockShowsHoursOnlyWhenNeeded() {
        #expect(ProgressLine.clock(59.6) == "1:00")
        #expect(ProgressLine.clock(3725) == "1:02:05")
    }
}
