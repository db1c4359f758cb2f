import FigScribe
import Foundation

for path in CommandLine.arguments.dropFirst() {
    do {
        let image = try PNGDecoder().decode(contentsOf: URL(fileURLWithPath: path))
        let layout = try LayoutAnalyzer().analyze(image)
        print(path, layout.rows, layout.columns, layout.gridBox, layout.strip.map { "\($0.orientation) \($0.box)" } ?? "nostrip")
        for t in layout.texts { print("  ", t.role, t.line.box, t.line.angle ?? -1) }
    } catch {
        print(path, "ERROR", error)
    }
}
