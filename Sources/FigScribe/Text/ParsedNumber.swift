/// A number read from a tick label.
public struct ParsedNumber: Hashable, Sendable {
    /// The value as written (`50%` gives 50, not 0.5).
    public var value: Double
    /// True when the label ended in `%`.
    public var isPercent: Bool

    public init(value: Double, isPercent: Bool = false) {
        self.value = value; self.isPercent = isPercent
    }
}
