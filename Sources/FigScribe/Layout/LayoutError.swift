/// Why no heatmap could be laid out in an image.
public enum LayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    case blankImage
    case noGrid
    /// A grid was laid out but lacks what a heatmap has (see `HeatmapEvidence`).
    case notAHeatmap(reason: String)

    public var description: String {
        switch self {
        case .blankImage: return "the image is blank (one colour)"
        case .noGrid: return "no large block of coloured cells"
        case .notAHeatmap(let reason): return reason
        }
    }
}
