/// One way the figure read from an image differs from the expected one.
public struct Difference: Equatable, Sendable, Codable {
    /// What part of the figure differs.
    public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
        /// The number of rows or columns.
        case grid
        /// One cell's value.
        case cell
        /// The colour scale: an end, its kind, its colormap, or its presence.
        case colourScale
        /// The title or an axis or colour-scale label.
        case text
        /// A row or column tick label.
        case tickLabel
    }

    /// How much the difference counts.
    public enum Status: String, Equatable, Sendable, Codable {
        /// A real change: the figures do not match.
        case changed
        /// The reader is unsure of this part of the figure, so it is not counted.
        case unsure
        /// The texts differ only by characters OCR confuses (0/O, 1/l/I, rn/m…): not counted.
        case lookAlike
    }

    /// A grid cell, row 0 at the top, column 0 on the left.
    public struct Cell: Equatable, Sendable, Codable {
        public var row: Int
        public var column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public var kind: Kind
    public var status: Status
    /// What differs, by name: "cell gamma × Thu", "colour scale max", "x labels", "grid".
    public var subject: String
    /// The expected (old) value as text; nil when it is absent.
    public var expected: String?
    /// The value read (new) as text; nil when it is absent.
    public var actual: String?
    /// A remark: the change as a share of the range, "transposed?", why it is unsure.
    public var note: String?
    /// The cell, for cell differences.
    public var cell: Cell?
    /// The panel it lies in, counted from 1 in reading order, in a figure of several panels.
    public var panel: Int?

    public init(
        kind: Kind, status: Status = .changed, subject: String, expected: String?, actual: String?,
        note: String? = nil, cell: Cell? = nil, panel: Int? = nil
    ) {
        self.kind = kind
        self.status = status
        self.subject = subject
        self.expected = expected
        self.actual = actual
        self.note = note
        self.cell = cell
        self.panel = panel
    }

    /// One line for people: "cell gamma × Thu: 98.9 → 86.9 (12 % of the range)".
    public var summary: String {
        var line = "\(subject): \(expected ?? "none") → \(actual ?? "none")"
        if let note { line += " (\(note))" }
        return line
    }
}
