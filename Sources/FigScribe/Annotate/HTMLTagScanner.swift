import Foundation

/// Finds `<img>` tags and the spans HTML keeps out of the page (comments, scripts, styles)
/// in UTF-8 bytes.
struct HTMLTagScanner {
    let bytes: [UInt8]

    /// The end of an HTML comment starting at `start` (`<!--`), or `nil` when none starts there.
    func commentEnd(at start: Int) -> Int? {
        guard matches("<!--", at: start) else { return nil }
        return find("-->", from: start + 4).map { $0 + 3 } ?? bytes.count
    }

    /// The end of a `<script>` or `<style>` element starting at `start`, else `nil`.
    func rawTextElementEnd(at start: Int) -> Int? {
        for name in ["script", "style"] where matchesTagName(name, at: start) {
            return find("</" + name, from: start + 1, caseInsensitive: true) ?? bytes.count
        }
        return nil
    }

    /// The `<img>` tag starting at `start`, else `nil`.
    func imageTag(at start: Int) -> ImageReference? {
        guard matchesTagName("img", at: start) else { return nil }
        var i = start + 4
        var attributes: [HTMLAttribute] = []
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ">") { break }
            let nameStart = i
            while i < bytes.count, !isSpace(bytes[i]), !"/>=\"'".utf8.contains(bytes[i]) { i += 1 }
            if i == nameStart { i += 1; continue }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            var j = i
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            var value: String? = nil
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count else { return nil }
                let quote = bytes[j]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(j + 1)...].firstIndex(of: quote) else { return nil }
                    value = Self.decodeReferences(String(decoding: bytes[(j + 1)..<close], as: UTF8.self))
                    i = close + 1
                } else {
                    var k = j
                    while k < bytes.count, !isSpace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                    value = Self.decodeReferences(String(decoding: bytes[j..<k], as: UTF8.self))
                    i = k
                }
            }
            attributes.append(HTMLAttribute(name: name, value: value, range: nameStart..<i))
        }
        guard i < bytes.count else { return nil }
        let source = attributes.first { $0.name == "src" }?.value ?? ""
        return ImageReference(
            range: start..<(i + 1), syntax: .htmlTag(attributes: attributes), source: source,
            altText: attributes.first { $0.name == "alt" }.map { $0.value ?? "" })
    }

    /// Decodes the character references an attribute value most often holds.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: reference, with: character)
        }
        return out
    }

    // MARK: - Byte helpers

    func matches(_ text: String, at start: Int, caseInsensitive: Bool = false) -> Bool {
        let pattern = Array(text.utf8)
        guard start >= 0, start + pattern.count <= bytes.count else { return false }
        for (k, p) in pattern.enumerated() {
            let b = bytes[start + k]
            if caseInsensitive ? lower(b) != lower(p) : b != p { return false }
        }
        return true
    }

    /// Whether `<name` starts at `start`, followed by white space, `/` or `>`.
    func matchesTagName(_ name: String, at start: Int) -> Bool {
        guard matches("<" + name, at: start, caseInsensitive: true) else { return false }
        let after = start + 1 + name.utf8.count
        return after < bytes.count && (isSpace(bytes[after]) || bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ">"))
    }

    func find(_ text: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        var i = start
        while i < bytes.count {
            if matches(text, at: i, caseInsensitive: caseInsensitive) { return i }
            i += 1
        }
        return nil
    }

    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
    private func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
}
