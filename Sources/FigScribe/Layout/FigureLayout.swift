/// Where the parts of a heatmap figure are: the cell grid, the colour strip and the text.
public struct FigureLayout: Sendable {
    /// The figure's background colour.
    public var background: RGBA
    /// The plot grid's box in pixels (edges between pixels, fractional).
    public var gridBox: HeatmapFigure.Box
    public var rows: Int
    public var columns: Int
    /// The colour scale, if one was found.
    public var strip: ColourStrip?
    /// Every text line outside the grid, with its role.
    public var texts: [RoledLine]
    /// Text lines inside the grid (numbers printed in cells); their glyph ids are not
    /// those of `ink` (see `AnnotationFinder`).
    public var annotations: [TextLine]
    /// Tick marks drawn outside the grid's edges.
    var tickMarks: TickMarks
    /// Each cell's representative colour (`CellSampler`), `[row][column]`.
    var cellColours: [[RGBA]]
    /// The figure composited over white, as analysed.
    var image: RGBAImage
    /// The foreground components the lines refer to.
    var ink: ConnectedComponents
    /// Colour strips beside the grid that are not its scale (the cells' colours lie on
    /// `strip`; with `strip` nil, two of them fit those colours as well), left out with
    /// their labels.
    var leftOutStrips: [PixelRect] = []

    /// A text line and what it is.
    public struct RoledLine: Sendable {
        public var line: TextLine
        public var role: TextRole
    }

    /// Pixel width of one column.
    public var cellWidth: Double { gridBox.width / Double(columns) }
    /// Pixel height of one row.
    public var cellHeight: Double { gridBox.height / Double(rows) }
}

/// What a text line is in a heatmap figure.
public enum TextRole: String, Sendable, CaseIterable {
    case title, xLabel, yLabel, xTick, yTick, colorbarTick, colorbarLabel, other

    /// Whether lines of this role are tick labels (of an axis or of the colour scale).
    public var isTick: Bool { self == .xTick || self == .yTick || self == .colorbarTick }
}
