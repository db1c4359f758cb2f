import Testing
@testable import FigScribe

/// An end band's unlabelled outer bound read from the bands' colours.
@Suite("EndBandColours")
struct EndBandColoursTests {
    /// ggplot2's `scale_fill_steps2` over −10…10 with breaks −5, −2, 0, 2, 5: the outer
    /// bands' colours lie on the Lab lines through their neighbours at −7.5 and 7.5, so the
    /// bounds are −10 and 10, where the neighbours' steps gave −8 and 8.
    @Test func boundsOfADivergingGradientSampledByValue() {
        let colours = [RGBA(r: 104, g: 137, b: 193), RGBA(r: 186, g: 198, b: 226), RGBA(r: 235, g: 238, b: 247),
                       RGBA(r: 252, g: 233, b: 231), RGBA(r: 239, g: 180, b: 174), RGBA(r: 205, g: 94, b: 90)].map(LabColour.init)
        let stepped = DiscreteScale(bins: [-8 ... -5, -5 ... -2, -2...0, 0...2, 2...5, 5...8], extrapolatedEnds: true)
        let refined = EndBandColours.refined(stepped, colours: colours, labelled: [-5, -2, 0, 2, 5])
        #expect(refined.bins.first == -10.1 ... -5)
        #expect(refined.bins.last == 5...10)
    }

    /// A palette spaced by band index (magma's four colours) bends off the line: the
    /// extrapolated bound stays. So does one the colours bear out (even bins).
    @Test func boundsStayWhereTheColoursDoNotSayOtherwise() {
        let magma = [RGBA(r: 0, g: 0, b: 4), RGBA(r: 114, g: 31, b: 129), RGBA(r: 241, g: 96, b: 93),
                     RGBA(r: 252, g: 253, b: 191)].map(LabColour.init)
        let stepped = DiscreteScale(bins: [0...5, 5...10, 10...20, 20...30], extrapolatedEnds: true)
        #expect(EndBandColours.refined(stepped, colours: magma, labelled: [5, 10, 20]) == stepped)
        let even = [0.1, 0.3, 0.5, 0.7, 0.9].map { t in
            LabColour(l: 95 - 70 * t, a: 2 + 10 * t, b: -5 - 40 * t)
        }
        let bins = DiscreteScale(bins: [0...20, 20...40, 40...60, 60...80, 80...100], extrapolatedEnds: true)
        #expect(EndBandColours.refined(bins, colours: even, labelled: [20, 40, 60, 80]) == bins)
    }
}
