/// A heatmap an image (or one of its panels) is checked against, and which of its parts
/// are known: a figure JSON knows everything, a CSV of values only the grid, the values and
/// perhaps the tick labels.
public struct ExpectedFigure: Equatable, Sendable {
    /// The parts of a figure a comparison looks at.
    public struct Aspects: OptionSet, Equatable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let grid = Aspects(rawValue: 1)
        public static let values = Aspects(rawValue: 2)
        public static let tickLabels = Aspects(rawValue: 4)
        /// Title and axis and colour-scale labels.
        public static let text = Aspects(rawValue: 8)
        public static let colourScale = Aspects(rawValue: 16)
        public static let all: Aspects = [.grid, .values, .tickLabels, .text, .colourScale]
    }

    public var figure: HeatmapFigure
    public var aspects: Aspects

    public init(figure: HeatmapFigure, aspects: Aspects = .all) {
        self.figure = figure
        self.aspects = aspects
    }
}

/// Why an expected figure could not be loaded.
public enum ExpectedFigureError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .invalid(let path, let reason): return "\(path): \(reason)"
        }
    }
}
