/// How text taken from the figure (titles, labels, category names) is made safe for an
/// output format before it reaches a template.
struct TextEscaping: Sendable {
    let escape: @Sendable (String) -> String

    /// For Markdown: backslash before characters that would start emphasis, code, links,
    /// HTML or table cells, so `_PAUSE_` stays `_PAUSE_` when rendered.
    static let markdown = TextEscaping { text in
        var out = ""
        for c in text {
            if "\\`*_[]<>|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// For HTML: `&`, `<`, `>`, `"` and `'` as character references.
    static let html = TextEscaping { text in
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// For plain text (alt text) (HTML content type) or plain text.
    static let none = TextEscaping { $0 }
}
