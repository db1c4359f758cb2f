import Foundation

/// The figure as the `figscribe/heatmap@1` JSON document: sorted keys, so the same
/// figure always gives the same bytes.
public enum FigureJSON {
    /// Encodes a figure.
    public static func encode(_ figure: HeatmapFigure) throws -> String {
        try encodeValue(figure)
    }

    /// Encodes a figure of several panels (`figscribe/figure@1`).
    public static func encode(_ figure: PanelFigure) throws -> String {
        try encodeValue(figure)
    }

    /// The object printed for an image that was read but holds no heatmap.
    public static func encodeFailure(file: String, width: Int, height: Int, reason: String) throws -> String {
        struct Failure: Encodable {
            var schema = HeatmapFigure.schemaIdentifier
            var image: HeatmapFigure.ImageInfo
            var error: String
        }
        return try encodeValue(Failure(image: .init(file: file, width: width, height: height), error: reason))
    }

    private static func encodeValue(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
