/// A figure of several heatmaps (subplots, facets, lattice panels): the
/// `figscribe/figure@1` JSON contract as a value.
public struct PanelFigure: Codable, Equatable, Sendable {
    /// The schema identifier written into every JSON document.
    public static let schemaIdentifier = "figscribe/figure@1"

    public var schema: String
    public var image: HeatmapFigure.ImageInfo
    /// The title drawn once above all panels; nil when there is none.
    public var title: String?
    /// The panels in reading order: top to bottom, then left to right.
    public var panels: [HeatmapFigure]
    public var warnings: [String]

    public init(image: HeatmapFigure.ImageInfo, title: String?, panels: [HeatmapFigure], warnings: [String] = []) {
        self.schema = Self.schemaIdentifier
        self.image = image
        self.title = title
        self.panels = panels
        self.warnings = warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(image, forKey: .image)
        try c.encode(title, forKey: .title)
        try c.encode(panels, forKey: .panels)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// What reading an image gives: one heatmap, or a figure of several panels.
public enum FigureReading: Sendable {
    case heatmap(HeatmapFigure)
    case panels(PanelFigure)

    /// The heatmaps read: the one heatmap, or the panels in reading order.
    public var heatmaps: [HeatmapFigure] {
        switch self {
        case .heatmap(let figure): return [figure]
        case .panels(let figure): return figure.panels
        }
    }

    /// The title drawn once over all panels; nil for one heatmap (its title is its own).
    public var figureTitle: String? {
        switch self {
        case .heatmap: return nil
        case .panels(let figure): return figure.title
        }
    }
}
