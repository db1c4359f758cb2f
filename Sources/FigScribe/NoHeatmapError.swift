/// A readable image in which no heatmap was found, with the image's size for the report.
public struct NoHeatmapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why the layout failed or was not taken for a heatmap.
    public var reason: LayoutError
    public var width: Int
    public var height: Int

    public var description: String { "no heatmap found: \(reason)" }
}
