import Testing
@testable import FigScribe

/// Colour-bar ticks whose dotted zeros were read as 8 or 6 are read again as zeros, only
/// where that puts every tick on one scale.
@Suite("ZeroLookalikes")
struct ZeroLookalikesTests {
    @Test func dottedZerosReadAsEightsLieOnTheScaleAgain() {
        let labels = ["20", "40", "58", "78", "88"]
        let positions = [0.1, 0.3, 0.4, 0.6, 0.7]
        #expect(ZeroLookalikes.respelled(labels, positions: positions) == ["20", "40", "50", "70", "80"])
    }

    @Test func aZeroReadAsSixAtTheLowEnd() {
        #expect(ZeroLookalikes.respelled(["6", "5", "10", "15"], positions: [0, 0.25, 0.5, 0.75])
            == ["0", "5", "10", "15"])
    }

    @Test func ticksThatFitAsReadAreLeftAlone() {
        #expect(ZeroLookalikes.respelled(["0", "8", "16", "24"], positions: [0, 0.25, 0.5, 0.75]) == nil)
    }

    /// A misread no zero explains stays a misread (the fit leaves it out).
    @Test func aMisreadNoZeroExplainsIsNotRespelled() {
        #expect(ZeroLookalikes.respelled(["10", "20", "37", "40"], positions: [0.1, 0.2, 0.3, 0.4]) == nil)
    }

    @Test func twoTicksAreTooFewToTell() {
        #expect(ZeroLookalikes.respelled(["18", "28"], positions: [0.1, 0.2]) == nil)
    }
}
