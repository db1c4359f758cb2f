import Foundation

/// One compact JSON object a line, for many figures in one stream (JSON Lines).
///
/// Keys are sorted, as in ``FigureJSON``, so the same input always gives the same bytes.
public enum JSONLines {
    /// A figure as one line.
    public static func line(_ figure: HeatmapFigure) throws -> String {
        try encode(figure)
    }

    /// A figure of several panels as one line.
    public static func line(_ figure: PanelFigure) throws -> String {
        try encode(figure)
    }

    /// An image that could not be described, as one line: `file` (the path as given),
    /// `error` and the exit `status`; for an image read without a heatmap (status 1) also
    /// `schema` and `image`, as in the single-image failure object.
    public static func failureLine(
        file: String, reason: String, status: Int32, image: HeatmapFigure.ImageInfo? = nil
    ) throws -> String {
        struct Failure: Encodable {
            var file: String
            var error: String
            var status: Int32
            var schema: String?
            var image: HeatmapFigure.ImageInfo?
        }
        return try encode(Failure(
            file: file, error: reason, status: status,
            schema: image == nil ? nil : HeatmapFigure.schemaIdentifier, image: image))
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
