/// Why no heatmap could be laid out in an image.
public enum LayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    case blankImage
    case noGrid

    public var description: String {
        switch self {
        case .blankImage: return "the image is blank (one colour)"
        case .noGrid: return "no heatmap grid found (no large block of coloured cells)"
        }
    }
}
