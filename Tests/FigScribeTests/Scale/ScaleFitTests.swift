import Foundation
import Testing

@testable import FigScribe

/// Fits colour-scale tick values to their positions along the strip.
@Suite("ScaleFit")
struct ScaleFitTests {
    @Test func linearTicks() throws {
        let positions = [0.05, 0.275, 0.5, 0.725, 0.95]
        let values = positions.map { -2 + 4 * $0 }
        let fit = try #require(ScaleFit.fit(positions: positions, values: values))
        #expect(fit.kind == .linear)
        #expect(fit.outliers.isEmpty)
        #expect(abs(fit.value(at: 0) - -2) < 1e-9)
        #expect(abs(fit.value(at: 1) - 2) < 1e-9)
    }

    @Test func misreadTickIsFlaggedAndIgnored() throws {
        // A vertical bar: 1.0 at the top; OCR read "0.6" as "6".
        let positions = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        var values = positions.map { 1 - $0 }
        values[2] = 6
        let fit = try #require(ScaleFit.fit(positions: positions, values: values))
        #expect(fit.kind == .linear)
        #expect(fit.outliers == [2])
        #expect(abs(fit.value(at: 0) - 1) < 1e-9)
        #expect(abs(fit.value(at: 1) - 0) < 1e-9)
    }

    @Test func geometricTicksFitALogScale() throws {
        let positions = [0.0, 0.25, 0.5, 0.75, 1.0]
        let values = [1.0, 10, 100, 1000, 10000]
        let fit = try #require(ScaleFit.fit(positions: positions, values: values))
        #expect(fit.kind == .log)
        #expect(fit.outliers.isEmpty)
        #expect(abs(fit.value(at: 0.5) - 100) < 1e-6)
        #expect(abs(log10(fit.value(at: 0.125)) - 0.5) < 1e-9)
    }

    /// Three labels on a 64-px strip, the middle one's ink a pixel off its tick (0.016 of
    /// the strip, 1.6% of the range): without slack it disagrees with the ends, with a
    /// pixel and a half of slack all three make the line.
    @Test func slackKeepsALabelAPixelOff() throws {
        let positions = [0, 31.0 / 64, 1], values = [100.0, 50, 0]
        let strict = try #require(ScaleFit.fit(positions: positions, values: values, confidences: [96, 96, 95]))
        #expect(strict.outliers == [2])
        let slack = try #require(
            ScaleFit.fit(positions: positions, values: values, confidences: [96, 96, 95], slack: 1.5 / 64))
        #expect(slack.outliers.isEmpty)
        #expect(abs(slack.value(at: 1)) < 1)
    }

    @Test func evenlySpacedPositiveTicksStayLinear() throws {
        let fit = try #require(ScaleFit.fit(positions: [0, 0.5, 1], values: [100, 300, 500]))
        #expect(fit.kind == .linear)
    }

    @Test(arguments: [[Double](), [0.5]])
    func fewerThanTwoTicksGiveNoFit(positions: [Double]) {
        #expect(ScaleFit.fit(positions: positions, values: positions.map { $0 * 10 }) == nil)
    }

    @Test func mismatchedCountsGiveNoFit() {
        #expect(ScaleFit.fit(positions: [0, 1], values: [0, 1, 2]) == nil)
    }

    @Test func equalValuesGiveNoFit() {
        #expect(ScaleFit.fit(positions: [0, 0.5, 1], values: [3, 3, 3]) == nil)
    }

    @Test func randomLinearScalesRoundTrip() throws {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<50 {
            let low = Double.random(in: -500...500, using: &rng)
            let span = Double.random(in: 0.001...1000, using: &rng)
            let count = Int.random(in: 2...8, using: &rng)
            let positions = (0..<count).map { Double($0) / Double(count - 1) * 0.9 + 0.05 }
            let fit = try #require(ScaleFit.fit(positions: positions, values: positions.map { low + span * $0 }))
            #expect(fit.outliers.isEmpty)
            #expect(abs(fit.value(at: 0) - low) <= 1e-6 * span)
            #expect(abs(fit.value(at: 1) - (low + span)) <= 1e-6 * span)
        }
    }

    /// Three ticks, one misread ("20" read as "209"): every pair fits a line; the pair read
    /// with the most confidence is the scale.
    @Test func confidenceDecidesBetweenEquallyLargeFits() throws {
        let fit = try #require(ScaleFit.fit(positions: [0, 0.5, 1], values: [30, 209, 10], confidences: [96, 60, 96]))
        #expect(fit.outliers == [1])
        #expect(abs(fit.value(at: 0.5) - 20) < 1e-9)
    }
}
