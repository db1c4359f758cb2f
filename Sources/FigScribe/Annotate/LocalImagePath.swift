import Foundation

/// Turns an image source written in a document into the local PNG file it names.
enum LocalImagePath {
    /// The file `source` names, relative to `directory`; `nil` for URLs with a scheme
    /// (`https:`, `data:`…) and for files not named `.png`.
    static func url(for source: String, relativeTo directory: URL) -> URL? {
        var path = source.trimmingCharacters(in: .whitespaces)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        if let colon = path.firstIndex(of: ":"), path[..<colon].count > 1,
            path[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) })
        {
            return nil
        }
        guard !path.isEmpty, path.lowercased().hasSuffix(".png") else { return nil }
        let literal = resolve(path, relativeTo: directory)
        if FileManager.default.fileExists(atPath: literal.path) { return literal }
        if let decoded = path.removingPercentEncoding, decoded != path { return resolve(decoded, relativeTo: directory) }
        return literal
    }

    private static func resolve(_ path: String, relativeTo directory: URL) -> URL {
        path.hasPrefix("/")
            ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path).standardizedFileURL
    }
}
