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

    /// A label out of order that no minus sign puts in order is set aside; the others
    /// still give the scale.
    @Test func outOfOrderLabelIsSetAside() throws {
        let labels = [10.0, 20, 90, 40, 50, 60].enumerated().map { DiscreteScale.Label(value: $1, position: Double($0) / 5) }
        let scale = try #require(DiscreteScale.fit(spans: Self.spans, labels: labels))
        #expect(scale.misread == [.init(value: 90, repaired: nil)])
        #expect(scale.value(ofBand: 1) == 25)
        #expect(scale.ends == (min: 10, max: 60))
    }
}
