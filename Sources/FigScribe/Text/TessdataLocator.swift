import Foundation

/// Finds the directory holding Tesseract's `.traineddata` files.
///
/// Search order: an explicit directory (from `--tessdata`) if given, and only that;
/// otherwise `TESSDATA_PREFIX` (the directory itself or its `tessdata/` child), then the
/// usual Debian and `/usr/local` locations.
public struct TessdataLocator: Sendable {
    /// Directories searched when neither an explicit path nor `TESSDATA_PREFIX` has the data.
    public static let standardDirectories = [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
    ]

    /// A directory the user named explicitly; when set, nothing else is searched.
    public var explicitDirectory: String?
    /// The environment consulted for `TESSDATA_PREFIX`.
    public var environment: [String: String]
    /// Directories searched after `TESSDATA_PREFIX` (defaults to ``standardDirectories``).
    public var fallbackDirectories: [String]

    /// Creates a locator.
    /// - Parameters:
    ///   - explicitDirectory: the `--tessdata` value, if any.
    ///   - environment: the environment to read `TESSDATA_PREFIX` from.
    ///   - fallbackDirectories: where to look last.
    public init(
        explicitDirectory: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fallbackDirectories: [String] = TessdataLocator.standardDirectories
    ) {
        self.explicitDirectory = explicitDirectory
        self.environment = environment
        self.fallbackDirectories = fallbackDirectories
    }

    /// The directories that will be searched, in order, without duplicates.
    public var searchedDirectories: [String] {
        var dirs: [String] = []
        if let explicit = explicitDirectory, !explicit.isEmpty {
            dirs = [explicit]
        } else {
            if let prefix = environment["TESSDATA_PREFIX"], !prefix.isEmpty {
                dirs.append(prefix)
                dirs.append((prefix as NSString).appendingPathComponent("tessdata"))
            }
            dirs.append(contentsOf: fallbackDirectories)
        }
        var seen = Set<String>()
        return dirs.map(Self.normalized).filter { seen.insert($0).inserted }
    }

    /// The first searched directory holding `<language>.traineddata`.
    /// - Parameter language: a model name such as `eng`, `Greek` or `Latin`.
    /// - Returns: the directory path (without a trailing slash).
    /// - Throws: ``TextError/languageDataMissing(language:file:searched:)`` naming every place looked.
    public func directory(for language: String) throws -> String {
        let file = "\(language).traineddata"
        let dirs = searchedDirectories
        for dir in dirs where FileManager.default.isReadableFile(atPath: (dir as NSString).appendingPathComponent(file)) {
            return dir
        }
        throw TextError.languageDataMissing(language: language, file: file, searched: dirs)
    }

    private static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}
