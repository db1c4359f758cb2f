import FigScribe
import Foundation
import FuzzDriver

/// Small enough for the whole pipeline, OCR included, to run many times a minute.
private let pipelinePixels = 300_000

/// One reader for the process; its limits keep each input short.
private nonisolated(unsafe) let reader = try! HeatmapReader(
    limits: ReadLimits(maxFileBytes: 1 << 20, maxPixels: 4_000_000, maxTextLines: 40, timeout: 20))

/// One input: the bytes are a PNG file. Decoding, layout and (for small images) the whole
/// pipeline must end in a figure or a thrown error, never a crash.
private func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard let image = try? PNGDecoder(maxPixels: 4_000_000).decode(data: bytes) else { return 0 }
    if image.width * image.height <= pipelinePixels {
        if let figure = try? reader.read(pngData: Data(bytes), name: "fuzz.png") {
            _ = try? FigureJSON.encode(figure)
        }
    } else {
        _ = try? LayoutAnalyzer().analyze(image)
    }
    return 0
}

/// The program's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver
/// with its usual command line.
@_cdecl("figscribe_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { fuzzOne($0, $1) }
}
