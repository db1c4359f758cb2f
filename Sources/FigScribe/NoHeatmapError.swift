/// A readable image in which no heatmap was found, with the image's size for the report.
public struct NoHeatmapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why the layout failed.
    public var reason: LayoutError
    public var width: Int
    public var height: Int

    public var description: String { reason.description }
}
