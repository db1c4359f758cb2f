import Foundation

/// How far a value may move before it counts as changed.
public enum ComparisonTolerance: Equatable, Sendable, CustomStringConvertible {
    /// A share (0…1) of the colour scale's range.
    case shareOfRange(Double)
    /// A distance in data units.
    case absolute(Double)

    /// The default: 2 % of the colour range.
    public static let standard = ComparisonTolerance.shareOfRange(0.02)

    /// Parses `"0.5%"` (a share of the range) or `"0.01"` (data units); nil when neither.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)), percent.isFinite, percent >= 0 else { return nil }
            self = .shareOfRange(percent / 100)
        } else {
            guard let value = Double(trimmed), value.isFinite, value >= 0 else { return nil }
            self = .absolute(value)
        }
    }

    public var description: String {
        switch self {
        case .shareOfRange(let share): return "\(NumberText.short(share * 100)) % of the range"
        case .absolute(let value): return "\(NumberText.short(value)) (data units)"
        }
    }
}
