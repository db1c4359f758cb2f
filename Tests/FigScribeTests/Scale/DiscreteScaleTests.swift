import Foundation
import Testing

@testable import FigScribe

/// Reads band values from labels along a stepped strip.
@Suite("DiscreteScale")
struct DiscreteScaleTests {
    /// Five equal bands from the top end down.
    static let spans = (0..<5).map { Double($0) / 5...Double($0 + 1) / 5 }

    @Test func labelsAtEveryBoundary() throws {
        let labels = [5.0, 3, 1, -1, -3, -5].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 5) }
        let scale = try #require(DiscreteScale.fit(spans: Self.spans, labels: labels))
        #expect(scale.ends == (min: -5, max: 5))
        #expect(scale.value(ofBand: 0) == 4)
        #expect(scale.misread.isEmpty)
    }

    /// OCR read the bottom label "-5" as "5": out of order, and in order with its minus
    /// sign back.
    @Test func lostMinusSignIsPutBack() throws {
        let labels = [5.0, 3, 1, -1, -3, 5].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 5) }
        let scale = try #require(DiscreteScale.fit(spans: Self.spans, labels: labels))
        #expect(scale.ends == (min: -5, max: 5))
        #expect(scale.value(ofBand: 4) == -4)
        #expect(scale.misread == [.init(value: 5, repaired: -5)])
        #expect(!scale.extrapolatedEnds)
    }

    /// ggplot2's `scale_fill_viridis_b`: labels at the inner boundaries only, all positive;
    /// the low end is not extrapolated below zero, the high end is continued by its step.
    @Test func endsOfAPositiveScaleStopAtZero() throws {
        let labels = [0.1, 0.25, 0.5, 0.75].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0 + 1) / 5) }
        let scale = try #require(DiscreteScale.fit(spans: Self.spans, labels: labels))
        #expect(scale.ends == (min: 0, max: 1))
        #expect(scale.extrapolatedEnds)
        let negative = [-0.1, -0.25, -0.5, -0.75].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0 + 1) / 5) }
        #expect(try #require(DiscreteScale.fit(spans: Self.spans, labels: negative)).ends == (min: -1, max: 0))
        let straddling = [-0.1, 0.05, 0.2, 0.35].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0 + 1) / 5) }
        #expect(abs(try #require(DiscreteScale.fit(spans: Self.spans, labels: straddling)).ends.min + 0.25) < 1e-9)
    }

    /// A label out of order that no minus sign puts in order is set aside; the others
    /// still give the scale.
    @Test func outOfOrderLabelIsSetAside() throws {
        let labels = [10.0, 20, 90, 40, 50, 60].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 5) }
        let scale = try #require(DiscreteScale.fit(spans: Self.spans, labels: labels))
        #expect(scale.misread == [.init(value: 90, repaired: nil)])
        #expect(scale.value(ofBand: 1) == 25)
        #expect(scale.ends == (min: 10, max: 60))
    }

    /// Sixteen bands and four decade labels placed along a log axis, not at the bands'
    /// boundaries (lattice's colour key): each band spans the axis's values at its ends.
    @Test func fewLabelsOnManyBandsAreAnAxis() throws {
        let spans = (0..<16).map { Double($0) / 16...Double($0 + 1) / 16 }
        let labels = [0.001, 0.01, 0.1, 1].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 3) }
        let scale = try #require(DiscreteScale.steppedAxis(spans: spans, labels: labels))
        #expect(scale.logarithmic)
        #expect(abs(scale.ends.min - 0.001) < 1e-9 && abs(scale.ends.max - 1) < 1e-9)
        // Band 0 spans 10^-3 … 10^-2.8125; its middle is geometric.
        #expect(abs(scale.value(ofBand: 0) - pow(10, -2.90625)) < 1e-9)
    }

    /// Labels at every boundary are boundaries, however many bands there are.
    @Test func labelsAtEveryBoundaryAreNoAxis() {
        let labels = [0.0, 1, 2, 5, 10, 20].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 5) }
        #expect(DiscreteScale.steppedAxis(spans: Self.spans, labels: labels) == nil)
    }
}
