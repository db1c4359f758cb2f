import FigScribe
import Foundation

extension Describe {
    /// Describes every heatmap among a notebook's `image/png` outputs, skipping the other
    /// images; returns the exit status: 0 when at least one heatmap was described, 1 when
    /// none was, 2 when the file is not a readable notebook.
    func describeNotebook(_ path: String, with reader: HeatmapReader) -> Int32 {
        let url = URL(fileURLWithPath: path)
        let notebook: Notebook
        do {
            notebook = try Notebook(bytes: DocumentInput.read(url))
        } catch {
            Diagnostics.fail("\(path): \(error)")
            return 2
        }
        var described = 0
        for image in notebook.images {
            let name = "\(url.lastPathComponent) \(image.label)"
            do {
                let figure = try reader.read(pngData: image.png, name: name)
                let output = try format.render(
                    figure, imageSource: { imageSource ?? DescriptionFormat.dataURI(png: image.png) },
                    template: template.map { URL(fileURLWithPath: $0) })
                if format == .markdown || format == .html {
                    print("<!-- \(name.replacingOccurrences(of: "--", with: "- -")) -->")
                }
                print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
                described += 1
            } catch let error as NoHeatmapError {
                Diagnostics.fail("\(path): \(image.label): skipped, not a heatmap (\(error))")
            } catch {
                Diagnostics.fail("\(path): \(image.label): skipped, \(error)")
            }
        }
        Diagnostics.fail("\(path): \(described) of \(notebook.images.count) images described")
        return described > 0 ? 0 : 1
    }
}
