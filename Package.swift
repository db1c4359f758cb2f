// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FigScribe",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "figscribe", targets: ["FigScribeCLI"]),
        .library(name: "FigScribe", targets: ["FigScribe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPNG",
            pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"]), .brew(["libpng"])]
        ),
        .target(
            name: "CPNGDecode",
            dependencies: ["CLibPNG"]
        ),
        .target(
            name: "CPNGEncode",
            dependencies: ["CLibPNG"]
        ),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-eng"]), .brew(["tesseract"])]
        ),
        .executableTarget(
            name: "embed-templates",
            path: "Sources/embed-templates"
        ),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"],
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .target(
            name: "FigScribe",
            dependencies: [
                "CPNGDecode",
                "CPNGEncode",
                "CTesseract",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "FigScribeCLI",
            dependencies: [
                "FigScribe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/figscribe"
        ),
        .testTarget(
            name: "FigScribeTests",
            dependencies: ["FigScribe"],
            exclude: ["Text/Fixtures", "Describe/Golden", "Describe/Fixtures", "Annotate/Fixtures", "Decode/Fixtures"]
        ),
    ]
)
