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

    /// The shared PNG conformance suite beside the project.
    static let pngSuite = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/testdata/pngsuite")
}
