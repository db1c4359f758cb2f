/// A readable image whose reading was stopped because it went past a `ReadLimits` bound.
public enum LimitError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooManyTextLines(count: Int, limit: Int)
    case timedOut(seconds: Double, stage: String)

    public var description: String {
        switch self {
        case .tooManyTextLines(let count, let limit):
            return "\(count) text lines to read, over the limit of \(limit) (raise it with --max-text-lines)"
        case .timedOut(let seconds, let stage):
            return "stopped after \(Self.format(seconds)) s during \(stage), the time limit (raise it with --timeout)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
