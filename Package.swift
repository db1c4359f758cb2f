// swift-tools-version:6.0
import PackageDescription

/// Exports the stand-ins for Tesseract's universal ambiguity table loader, leptonica's
/// in-memory image writer and the LSTM network's index steps, first layer and output
/// conversion (CTesseractStandIns) so the libraries' calls reach them; an executable exports
/// nothing by default.
let exportTesseractStandIns: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=_ZN9tesseract13UnicharAmbigs13LoadUniversalERKNS_10UNICHARSETEPS1_",
                  "-Xlinker", "--export-dynamic-symbol=pixWriteMem",
                  "-Xlinker", "--export-dynamic-symbol=_ZNK9tesseract9StrideMap5Index*",
                  "-Xlinker", "--export-dynamic-symbol=_ZN9tesseract9StrideMap5Index*",
                  "-Xlinker", "--export-dynamic-symbol=_ZN9tesseract8Convolve7ForwardEbRKNS_9NetworkIOEPKNS_15TransposedArrayEPNS_14NetworkScratchEPS1_",
                  "-Xlinker", "--export-dynamic-symbol=_ZN9tesseract9NetworkIO17WriteTimeStepPartEiiiPKf"],
                 .when(platforms: [.linux])),
]

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
        .target(
            name: "CTesseractStandIns",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
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
                "CTesseractStandIns",
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
            path: "Sources/figscribe",
            linkerSettings: exportTesseractStandIns
        ),
        .testTarget(
            name: "FigScribeTests",
            dependencies: ["FigScribe", "CTesseractStandIns"],
            exclude: ["Text/Fixtures", "Values/Fixtures", "Layout/Fixtures", "Describe/Golden", "Describe/Fixtures", "Annotate/Fixtures", "Decode/Fixtures"],
            linkerSettings: exportTesseractStandIns
        ),
    ]
)
