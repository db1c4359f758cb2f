import Foundation

/// Turns the paths a user gave into the list of images to read.
public enum InputList {
    /// Expands `paths` in order: a folder becomes the PNG files under it (searched
    /// recursively, sorted by path); anything else, and a folder holding no PNG, stays as
    /// given, so a missing file or a folder is reported when it is read.
    public static func expand(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            // A folder holding no PNG stays as given: reading it says it is a folder.
            let found = pngFiles(under: path)
            return found.isEmpty ? [path] : found
        }
    }

    /// The paths in a list file's text: one a line; blank lines and a trailing `\r` ignored.
    public static func paths(inListText text: String) -> [String] {
        // "\r\n" is one Character in Swift, so both line ends are separators of their own.
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            line.allSatisfy(\.isWhitespace) ? nil : String(line)
        }
    }

    /// PNG files (by extension, any case) below `folder`, sorted.
    static func pngFiles(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [String] = []
        for case let url as URL in walker where url.pathExtension.lowercased() == "png" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append((folder as NSString).appendingPathComponent(relativePath(of: url, under: root)))
        }
        return found.sorted()
    }

    /// `url`'s path below `root`, so results keep the folder spelling the user typed.
    private static func relativePath(of url: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let full = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        guard full.starts(with: base) else { return url.path }
        return full.dropFirst(base.count).joined(separator: "/")
    }
}
