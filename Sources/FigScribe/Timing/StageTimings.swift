import Foundation

/// Wall-clock time spent in each pipeline stage, for benchmarks (`FIGSCRIBE_TIMINGS=1`).
///
/// One per reader; not thread-safe, like the reader that owns it.
public final class StageTimings {
    /// The stages, in pipeline order.
    public enum Stage: String, CaseIterable, Sendable {
        case decode, layout, ocr, scale, values, describe
    }

    /// Seconds per stage since the last ``reset()``.
    public private(set) var seconds: [Stage: Double] = [:]

    /// Creates empty timings.
    public init() {}

    /// Forgets all recorded times.
    public func reset() { seconds = [:] }

    /// Runs `body`, adding its duration to `stage`.
    public func measure<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }

    /// One line: `decode=1.2 layout=30.4 … ms`, every stage in order.
    public var summary: String {
        Stage.allCases.map { String(format: "%@=%.1f", $0.rawValue, 1000 * (seconds[$0] ?? 0)) }.joined(separator: " ") + " ms"
    }
}
