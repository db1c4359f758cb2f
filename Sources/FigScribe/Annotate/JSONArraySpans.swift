/// Finds where each element of one array in a JSON object sits, in bytes, so a document can
/// be edited there without re-serialising (and so reformatting) the rest of it.
enum JSONArraySpans {
    /// The byte ranges of the elements of the array under `key` in the top-level object;
    /// `nil` when the bytes are not such an object.
    static func elements(of key: String, in bytes: [UInt8]) -> [Range<Int>]? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var found: [Range<Int>]? = nil
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) { return nil }
        while true {
            scanner.skipSpace()
            let keyStart = scanner.i
            guard scanner.skipString() else { return nil }
            let name = String(decoding: bytes[(keyStart + 1)..<(scanner.i - 1)], as: UTF8.self)
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            if name == key {
                guard let spans = scanner.arrayElements() else { return nil }
                found = spans
            } else if !scanner.skipValue() {
                return nil
            }
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            return scanner.take(UInt8(ascii: "}")) ? found : nil
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\\"): i += 2
                case UInt8(ascii: "\""):
                    i += 1
                    return true
                default: i += 1
                }
            }
            return false
        }

        /// The spans of an array's elements, leaving the scanner after `]`.
        mutating func arrayElements() -> [Range<Int>]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var spans: [Range<Int>] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return spans }
            while true {
                skipSpace()
                let start = i
                guard skipValue() else { return nil }
                spans.append(start..<i)
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]")) ? spans : nil
            }
        }

        mutating func skipValue() -> Bool {
            guard i < bytes.count else { return false }
            switch bytes[i] {
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "["): return arrayElements() != nil
            case UInt8(ascii: "{"):
                i += 1
                skipSpace()
                if take(UInt8(ascii: "}")) { return true }
                while true {
                    skipSpace()
                    guard skipString() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                    guard skipValue() else { return false }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    return take(UInt8(ascii: "}"))
                }
            default:
                let start = i
                while i < bytes.count, !",]} \t\r\n".utf8.contains(bytes[i]) { i += 1 }
                return i > start
            }
        }
    }
}
