/// A heatmap recovered from an image: the `figscribe/heatmap@1` JSON contract as a value.
///
/// `values[r][c]` has row 0 at the top as displayed and column 0 on the left; `nil` is a
/// cell without data. Tick positions are in cell units (centre of column `c` is `c`).
public struct HeatmapFigure: Codable, Equatable, Sendable {
    /// The schema identifier written into every JSON document.
    public static let schemaIdentifier = "figscribe/heatmap@1"

    public var schema: String
    public var image: ImageInfo
    public var title: String?
    public var xAxis: Axis
    public var yAxis: Axis
    public var colorbar: Colorbar?
    public var grid: Grid
    /// Which of the grid's axes dendrograms cluster; nil when none is drawn.
    public var dendrograms: Dendrograms?
    public var values: [[Double?]]
    public var warnings: [String]
    /// Where the values came from, when read from an image; not part of the JSON contract
    /// (nil when read from JSON).
    public var valueSource: ValueSource? = nil

    /// Where a figure's values came from.
    public struct ValueSource: Equatable, Sendable {
        /// Cells whose value is the number they print.
        public var printedCells: Int
        /// The step between neighbouring colours the bar resolves, for values read from a
        /// continuous bar: in data units on a linear scale, as a share of the value on a
        /// logarithmic one; nil when no value is read from a continuous bar.
        public var colourStep: Double?
        public init(printedCells: Int, colourStep: Double?) {
            self.printedCells = printedCells
            self.colourStep = colourStep
        }
    }

    enum CodingKeys: String, CodingKey {
        case schema, image, title, xAxis, yAxis, colorbar, grid, dendrograms, values, warnings
    }

    public init(
        image: ImageInfo, title: String? = nil, xAxis: Axis = Axis(), yAxis: Axis = Axis(),
        colorbar: Colorbar? = nil, grid: Grid, dendrograms: Dendrograms? = nil, values: [[Double?]], warnings: [String] = []
    ) {
        self.schema = Self.schemaIdentifier
        self.image = image
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.colorbar = colorbar
        self.grid = grid
        self.dendrograms = dendrograms
        self.values = values
        self.warnings = warnings
    }

    /// The file name and pixel size of the source image.
    public struct ImageInfo: Codable, Equatable, Sendable {
        public var file: String
        public var width: Int
        public var height: Int
        public init(file: String, width: Int, height: Int) {
            self.file = file
            self.width = width
            self.height = height
        }
    }

    /// An axis: its label and its labelled ticks.
    public struct Axis: Codable, Equatable, Sendable {
        /// A side of the grid.
        public enum Side: String, Sendable { case top, bottom, left, right }

        public var label: String?
        public var ticks: [Tick]
        /// The side of the grid the label is drawn on, as seen in the image; not part of the
        /// JSON contract (nil when read from JSON).
        public var labelSide: Side?
        public init(label: String? = nil, ticks: [Tick] = [], labelSide: Side? = nil) {
            self.label = label
            self.ticks = ticks
            self.labelSide = labelSide
        }
        enum CodingKeys: String, CodingKey { case label, ticks }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(ticks, forKey: .ticks)
        }
    }

    /// A tick label on a grid axis; `position` is in cell units, measured, not rounded.
    public struct Tick: Codable, Equatable, Sendable {
        public var text: String
        public var position: Double
        public init(text: String, position: Double) {
            self.text = text
            self.position = position
        }
    }

    /// The colour scale: its ends in data units, ticks and how values map to colours.
    public struct Colorbar: Codable, Equatable, Sendable {
        public enum Orientation: String, Codable, Sendable { case vertical, horizontal }
        public enum Scale: String, Codable, Sendable { case linear, log, discrete }

        public var label: String?
        /// nil when no colour bar is drawn and the scale is known from printed numbers only.
        public var orientation: Orientation?
        public var min: Double
        public var max: Double
        public var scale: Scale
        public var colormap: String?
        public var ticks: [ColorbarTick]
        /// The bands of a discrete scale, from the low end; nil for continuous scales.
        public var bins: [Bin]?
        /// True when one colour bar serves several panels of a figure; nil otherwise.
        public var shared: Bool?
        /// The side of the grid the bar is drawn on, as seen in the image; not part of the
        /// JSON contract (nil when read from JSON, or when no bar is drawn).
        public var side: Axis.Side?

        public init(
            label: String? = nil, orientation: Orientation?, min: Double, max: Double,
            scale: Scale = .linear, colormap: String? = nil, ticks: [ColorbarTick] = [], bins: [Bin]? = nil
        ) {
            self.label = label
            self.orientation = orientation
            self.min = min
            self.max = max
            self.scale = scale
            self.colormap = colormap
            self.ticks = ticks
            self.bins = bins
        }

        enum CodingKeys: String, CodingKey { case label, orientation, min, max, scale, colormap, ticks, bins, shared }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(bins, forKey: .bins)
            try c.encodeIfPresent(shared, forKey: .shared)
            try c.encode(label, forKey: .label)
            try c.encode(orientation, forKey: .orientation)
            try c.encode(min, forKey: .min)
            try c.encode(max, forKey: .max)
            try c.encode(scale, forKey: .scale)
            try c.encode(colormap, forKey: .colormap)
            try c.encode(ticks, forKey: .ticks)
        }
    }

    /// One band of a discrete colour scale: the values from `from` to `to`.
    public struct Bin: Codable, Equatable, Sendable {
        public var from: Double
        public var to: Double
        public init(from: Double, to: Double) {
            self.from = from
            self.to = to
        }
    }

    /// A colour-scale tick: its text as shown and the number it was read as.
    public struct ColorbarTick: Codable, Equatable, Sendable {
        public var text: String
        public var value: Double
        public init(text: String, value: Double) {
            self.text = text
            self.value = value
        }
    }

    /// The cell grid: its size in cells and its pixel rectangle.
    public struct Grid: Codable, Equatable, Sendable {
        public var rows: Int
        public var columns: Int
        public var box: Box
        public init(rows: Int, columns: Int, box: Box) {
            self.rows = rows
            self.columns = columns
            self.box = box
        }
    }

    /// Which axes of a clustered heatmap carry a dendrogram: its rows, its columns or both.
    /// The rows, columns, tick labels and values are in the order the figure shows them.
    public struct Dendrograms: Codable, Equatable, Sendable {
        public var rows: Bool
        public var columns: Bool
        public init(rows: Bool, columns: Bool) {
            self.rows = rows
            self.columns = columns
        }
    }

    /// A pixel rectangle, origin at the image's top left.
    public struct Box: Codable, Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(image, forKey: .image)
        try c.encode(title, forKey: .title)
        try c.encode(xAxis, forKey: .xAxis)
        try c.encode(yAxis, forKey: .yAxis)
        try c.encode(colorbar, forKey: .colorbar)
        try c.encode(grid, forKey: .grid)
        try c.encodeIfPresent(dendrograms, forKey: .dendrograms)
        try c.encode(values, forKey: .values)
        try c.encode(warnings, forKey: .warnings)
    }
}
