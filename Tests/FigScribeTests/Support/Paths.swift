import Foundation

/// Locations of the project's test inputs, found from this file's path.
enum Paths {
    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // FigScribeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `GoldenImages/` in the package.
    static let goldenImages = packageRoot.appendingPathComponent("GoldenImages")

    /// The PNG conformance suite (PngSuite), kept in the project with its licence.
    static let pngSuite = packageRoot.appendingPathComponent("Tests/FigScribeTests/Decode/Fixtures/pngsuite")

    /// The shared data folder beside the project (dev corpus, scorer), or nil in a checkout
    /// that stands alone: tests that use it are skipped then.
    static let shared: URL? = {
        let beside = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: beside.appendingPathComponent("corpus/dev").path) ? beside : nil
    }()
}
