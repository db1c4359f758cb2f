// swift-tools-version:6.0
// The libFuzzer target, a package of its own so that the project's normal build and tests
// are untouched. Build and run it with ../Scripts/fuzz.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts.
let projectFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "FigScribeFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "figscribe-fuzz",
            dependencies: ["FuzzDriver", .product(name: "FigScribe", package: projectFolder.lastPathComponent)],
            // `main` is below, handing over to libFuzzer's driver.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
