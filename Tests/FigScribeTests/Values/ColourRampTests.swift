import Testing

@testable import FigScribe

/// Inverts a synthetic colour strip: colour → position along it.
@Suite("ColourRamp")
struct ColourRampTests {
    static let length = 200

    /// A vertical strip sampled from the synthetic colormap, 0 at the top.
    static func strip(length: Int = length) -> ColourStrip {
        let samples = (0..<length).map { SyntheticHeatmap.colour((Double($0) + 0.5) / Double(length)) }
        return ColourStrip(
            box: PixelRect(minX: 0, minY: 0, maxX: 16, maxY: length), orientation: .vertical, samples: samples)
    }

    @Test func samplePositionsSpanTheStrip() {
        let ramp = ColourRamp(strip: Self.strip())
        #expect(ramp.colours.count == Self.length)
        #expect(ramp.positions.first == 0.5 / Double(Self.length))
        #expect(abs((ramp.positions.last ?? 0) - (1 - 0.5 / Double(Self.length))) < 1e-12)
    }

    @Test func locateRoundTripsRandomPositions() {
        let ramp = ColourRamp(strip: Self.strip())
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let t = Double.random(in: 0.01...0.99, using: &rng)
            let hit = ramp.locate(LabColour(SyntheticHeatmap.colour(t)))
            #expect(abs(hit.position - t) <= 0.01, "t = \(t)")
            #expect(hit.distance < 2)
        }
    }

    @Test func offRampColourIsFar() {
        let ramp = ColourRamp(strip: Self.strip())
        for colour in [RGBA(r: 255, g: 0, b: 0), RGBA(r: 211, g: 211, b: 211), RGBA(r: 255, g: 255, b: 255)] {
            #expect(ramp.locate(LabColour(colour)).distance > FigureAssembler.maximumColourDistance, "\(colour)")
        }
    }

    @Test func outlinePixelsAtTheEndsAreDropped() {
        var strip = Self.strip()
        strip.samples[0] = RGBA(r: 0, g: 0, b: 0)
        strip.samples[Self.length - 1] = RGBA(r: 0, g: 0, b: 0)
        let ramp = ColourRamp(strip: strip)
        #expect(ramp.colours.count == Self.length - 2)
        #expect(ramp.locate(LabColour(RGBA(r: 0, g: 0, b: 0))).distance > FigureAssembler.maximumColourDistance)
    }

    @Test func measuredStripFromAnImageRoundTrips() throws {
        let figure = SyntheticHeatmap(rows: 4, columns: 4, seed: 3)
        let image = figure.draw().image
        let box = try #require(figure.stripBox)
        let strip = try #require(ColourStrip.measure(box, in: image))
        #expect(strip.orientation == .vertical)
        let ramp = ColourRamp(strip: strip)
        // Drawn with high values at the top: position p holds value 1 - p.
        for t in stride(from: 0.05, through: 0.95, by: 0.1) {
            let hit = ramp.locate(LabColour(SyntheticHeatmap.colour(t)))
            #expect(abs(hit.position - (1 - t)) <= 0.015, "t = \(t)")
        }
    }

    /// A stepped key drawn as a smooth strip (lattice's): a band's colour lies at the
    /// band's middle, not at its first pixel.
    @Test func aFlatRunsColourLiesAtItsMiddle() {
        let bands = (0..<4).map { SyntheticHeatmap.colour((Double($0) + 0.5) / 4) }
        let samples = (0..<Self.length).map { bands[4 * $0 / Self.length] }
        let strip = ColourStrip(
            box: PixelRect(minX: 0, minY: 0, maxX: 16, maxY: Self.length), orientation: .vertical, samples: samples)
        let ramp = ColourRamp(strip: strip)
        for (k, colour) in bands.enumerated() {
            let hit = ramp.locate(LabColour(colour))
            #expect(abs(hit.position - (Double(k) + 0.5) / 4) < 0.01, "band \(k)")
            #expect(hit.distance < 0.01)
        }
    }

    @Test func flatRegionIsNotAStrip() {
        let image = RGBAImage(width: 40, height: 200, fill: RGBA(r: 10, g: 120, b: 60))
        #expect(ColourStrip.measure(PixelRect(minX: 5, minY: 5, maxX: 25, maxY: 195), in: image) == nil)
    }
}
