/// What a text line is expected to hold.
public enum LineKind: Sendable, Hashable {
    /// Free text: titles and axis labels (glyph repair for •, ×, °, subscripts, Greek).
    case text
    /// A number such as a colour-bar tick (`−0.5`, `1e-3`, `2×10⁻³`, `50%`).
    case number
}
