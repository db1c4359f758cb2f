/// One image a document refers to: where its syntax sits (byte offsets into the document)
/// and what it says.
public struct ImageReference: Equatable, Sendable {
    /// How the image is written.
    public enum Syntax: Equatable, Sendable {
        /// `![alt](source "title")`; `altRange` is the text between the brackets.
        case markdown(altRange: Range<Int>)
        /// `<img …>`; the attributes as written.
        case htmlTag(attributes: [HTMLAttribute])
    }

    /// The whole reference, from `![` or `<img` to `)` or `>`.
    public var range: Range<Int>
    public var syntax: Syntax
    /// The image's source as written (entities and `<…>` removed).
    public var source: String
    /// The alt text; `nil` when an `<img>` has no `alt` attribute.
    public var altText: String?

    /// Whether a person gave the image an alt text (one that is not only white space).
    public var hasAltText: Bool {
        !(altText ?? "").allSatisfy { $0.isWhitespace }
    }
}

/// One attribute of an HTML tag.
public struct HTMLAttribute: Equatable, Sendable {
    /// The name, lower-cased.
    public var name: String
    /// The value with `&amp;`-style references for `&`, `<`, `>`, `"` and `'` decoded; `nil` without `=`.
    public var value: String?
    /// The whole attribute, name to value's end, in the document.
    public var range: Range<Int>
}
