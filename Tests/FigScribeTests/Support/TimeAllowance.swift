import Foundation

/// The time a timing expectation allows, scaled by `FIGSCRIBE_TEST_TIME_SCALE` (default 1):
/// sanitized builds run several times slower, and `Scripts/asan-test` sets it.
enum TimeAllowance {
    static let scale = Double(ProcessInfo.processInfo.environment["FIGSCRIBE_TEST_TIME_SCALE"] ?? "") ?? 1

    /// `seconds`, scaled.
    static func seconds(_ seconds: Double) -> Double { seconds * scale }
}
