/// Lists the images a Markdown or HTML document refers to, in document order, skipping
/// code (Markdown's fenced blocks and code spans), comments, scripts and styles.
public enum ImageReferenceScanner {
    /// The images of a Markdown document: `![alt](source)` and `<img>` tags.
    public static func markdown(_ bytes: [UInt8]) -> [ImageReference] {
        let html = HTMLTagScanner(bytes: bytes)
        var found: [ImageReference] = []
        var i = 0
        var lineStart = true
        while i < bytes.count {
            if lineStart, let end = fencedBlockEnd(bytes, at: i) {
                i = end
                continue
            }
            let b = bytes[i]
            lineStart = b == 0x0A
            if b == UInt8(ascii: "\\") {
                i += 2
            } else if b == UInt8(ascii: "`") {
                i = codeSpanEnd(bytes, at: i)
            } else if let end = html.commentEnd(at: i) {
                i = end
            } else if let tag = html.imageTag(at: i) {
                found.append(tag)
                i = tag.range.upperBound
            } else if b == UInt8(ascii: "!"), let image = markdownImage(bytes, at: i) {
                found.append(image)
                i = image.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The `<img>` tags of an HTML document.
    public static func html(_ bytes: [UInt8]) -> [ImageReference] {
        let html = HTMLTagScanner(bytes: bytes)
        var found: [ImageReference] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                i += 1
            } else if let end = html.commentEnd(at: i) ?? html.rawTextElementEnd(at: i) {
                i = end
            } else if let tag = html.imageTag(at: i) {
                found.append(tag)
                i = tag.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// `![alt](destination "title")` starting at `start`, else `nil`.
    static func markdownImage(_ bytes: [UInt8], at start: Int) -> ImageReference? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "[") else { return nil }
        var i = start + 2
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            }
            if b == 0x0A, i + 1 < bytes.count, bytes[i + 1] == 0x0A { return nil }
            i += 1
        }
        let closeBracket = i
        guard closeBracket + 1 < bytes.count, bytes[closeBracket + 1] == UInt8(ascii: "(") else { return nil }
        i = closeBracket + 2
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 } }
        skipSpace()
        let source: String
        if i < bytes.count, bytes[i] == UInt8(ascii: "<") {
            guard let close = bytes[(i + 1)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == 0x0A }),
                bytes[close] == UInt8(ascii: ">")
            else { return nil }
            source = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            i = close + 1
        } else {
            let from = i
            var parens = 0
            while i < bytes.count, bytes[i] > 0x20 {
                if bytes[i] == UInt8(ascii: "(") { parens += 1 }
                if bytes[i] == UInt8(ascii: ")") {
                    if parens == 0 { break }
                    parens -= 1
                }
                i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            source = String(decoding: bytes[from..<min(i, bytes.count)], as: UTF8.self)
        }
        skipSpace()
        if i < bytes.count, let close = titleClose(bytes[i]) {
            guard let end = bytes[(i + 1)...].firstIndex(of: close) else { return nil }
            i = end + 1
            skipSpace()
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ")") else { return nil }
        let alt = String(decoding: bytes[(start + 2)..<closeBracket], as: UTF8.self)
        return ImageReference(
            range: start..<(i + 1), syntax: .markdown(altRange: (start + 2)..<closeBracket), source: source,
            altText: alt)
    }

    private static func titleClose(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "\""): return UInt8(ascii: "\"")
        case UInt8(ascii: "'"): return UInt8(ascii: "'")
        case UInt8(ascii: "("): return UInt8(ascii: ")")
        default: return nil
        }
    }

    /// After a code span opened by the backtick run at `start`; past the run alone when it
    /// is never closed.
    static func codeSpanEnd(_ bytes: [UInt8], at start: Int) -> Int {
        var runEnd = start
        while runEnd < bytes.count, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - start
        var i = runEnd
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "`") else { i += 1; continue }
            var j = i
            while j < bytes.count, bytes[j] == UInt8(ascii: "`") { j += 1 }
            if j - i == length { return j }
            i = j
        }
        return runEnd
    }

    /// After the fenced code block (``` or ~~~, up to three spaces in) opening the line at
    /// `start`, else `nil`.
    static func fencedBlockEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        func fence(at lineStart: Int) -> (UInt8, Int)? {
            var i = lineStart
            while i < bytes.count, i - lineStart < 3, bytes[i] == 0x20 { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
            let mark = bytes[i]
            var j = i
            while j < bytes.count, bytes[j] == mark { j += 1 }
            return j - i >= 3 ? (mark, j - i) : nil
        }
        guard let (mark, length) = fence(at: start) else { return nil }
        func nextLine(_ i: Int) -> Int { (bytes[i...].firstIndex(of: 0x0A) ?? bytes.count - 1) + 1 }
        var line = nextLine(start)
        while line < bytes.count {
            if let (closing, count) = fence(at: line), closing == mark, count >= length { return nextLine(line) }
            line = nextLine(line)
        }
        return bytes.count
    }
}
