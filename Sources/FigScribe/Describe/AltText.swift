import Foundation

/// The alt text: what the figure is and its one main finding, in at most `limit`
/// characters; everything else belongs in the long description.
enum AltText {
    /// The alt text's limit in characters.
    static let limit = 150
    /// Titles longer than this are shortened before the alt text is fitted.
    static let titleLimit = 80
    /// Names (quantity, axis nouns, a series) longer than this are shortened.
    static let nameLimit = 32
    /// A title is not shortened below this to make room; the finding goes first.
    static let shortestTitle = 24

    /// Renders the alt template, leaving out detail until the text fits `limit`: first the
    /// range of values, then where the finding's bands lie, then the finding itself, and
    /// shortening the title last. Whatever the template, the result never exceeds `limit`.
    /// - Throws: `DescribeError` from rendering.
    static func render(_ context: DescriptionContext, with templates: TemplateSet) throws -> String {
        var context = context
        func text() throws -> String {
            try templates.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let steps: [(inout AltContext) -> Void] = [
            { _ in }, { $0.showRange = false }, { $0.showRange = true; $0.showPlaces = false },
            { $0.showRange = false },
        ]
        for step in steps {
            step(&context.alt)
            let candidate = try text()
            if candidate.count <= limit { return candidate }
        }
        if let title = context.alt.title {
            for keepFinding in [true, false] {
                if !keepFinding { context.alt.dropFinding() }
                let room = limit - (try text().count - title.count)
                if room >= shortestTitle || (!keepFinding && room >= 2) {
                    context.alt.title = shortened(title, to: room)
                    return shortened(try text(), to: limit)
                }
            }
        }
        context.alt.dropFinding()
        return shortened(try text(), to: limit)
    }

    /// `text` cut at a word boundary to at most `length` characters, with "…".
    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        guard length > 1 else { return String(text.prefix(max(0, length))) }
        let cut = text.prefix(length - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .whitespaces) + "…"
    }
}
