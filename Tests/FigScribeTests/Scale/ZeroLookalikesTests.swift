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

    /// One dotted zero read as 8 in some labels, as 6 in another and as two glyphs ("68") in
    /// a third (gnuplot's monospace log scale 0.001 … 0.05).
    @Test func zerosReadAsEitherLookalikeInOneFigure() {
        let labels = ["68.05", "8.02", "8.01", "8.005", "8.002", "6.001"]
        let positions = [0.0, 0.23, 0.41, 0.59, 0.82, 1.0]
        #expect(ZeroLookalikes.respelled(labels, positions: positions)
            == ["0.05", "0.02", "0.01", "0.005", "0.002", "0.001"])
    }

    /// DejaVu Sans Mono's dotted zero at 7 px read as 9 (plotnine's "0.03", "0.015").
    @Test func dottedZerosReadAsNines() {
        #expect(ZeroLookalikes.respelled(["0.045", "9.93", "9.015"], positions: [0.1, 0.45, 0.8])
            == ["0.045", "0.03", "0.015"])
    }

    @Test(arguments: [("00.05", "0.05"), ("-005", "-5"), ("0.5", "0.5"), ("0", "0"), ("100", "100")])
    func redundantLeadingZerosAreDropped(text: String, dropped: String) {
        #expect(ZeroLookalikes.droppingRedundantZeros(text) == dropped)
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
