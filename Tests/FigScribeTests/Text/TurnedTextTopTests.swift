import Testing
@testable import FigScribe

/// The top of turned letters, from where ink stands out of the x-height band.
@Suite("TurnedTextTop")
struct TurnedTextTopTests {
    /// Ink per column of a turned word: a dense band, an ascender's thin stem on one side.
    static let ascenderRight = [9, 5, 5, 7, 4, 6, 11, 1, 1]

    @Test func theSideInkStandsOutOnIsTheTop() {
        let right = [Self.ascenderRight, [10, 7, 4, 14, 6, 9, 10, 1, 1, 1], [10, 8, 9, 8, 9, 11, 17, 2, 2, 1]]
        #expect(TurnedTextTop.side(of: right) == .right)
        #expect(TurnedTextTop.side(of: right.map { $0.reversed() }) == .left)
    }

    /// One line, or lines with as much ink out on both sides, say nothing.
    @Test func fewLinesOrEvenInkSayNothing() {
        #expect(TurnedTextTop.side(of: [Self.ascenderRight]) == nil)
        let even = [Self.ascenderRight, Self.ascenderRight.reversed(), [2, 8, 8, 8, 2]]
        #expect(TurnedTextTop.side(of: even) == nil)
    }
}
