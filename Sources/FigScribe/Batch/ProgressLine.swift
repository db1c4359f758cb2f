import Foundation

/// The text of a batch progress bar: `[#####-----]  12/86  3.4/s  ETA 0:22`.
public struct ProgressLine: Sendable {
    /// Items finished.
    public var done: Int
    /// Items in all.
    public var total: Int
    /// Seconds since the batch started.
    public var elapsed: Double

    /// Creates a progress state.
    public init(done: Int, total: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// The bar, `width` characters between the brackets, then count, rate and time left.
    public func rendered(width: Int = 24) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Self.clock(Double(total - done) / rate) : "?"
        return "[\(bar)] \(done)/\(total)  \(String(format: "%.1f", rate))/s  ETA \(eta)"
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, r) : String(format: "%d:%02d", m, r)
    }
}
