/// Inserts, after each code cell with heatmap outputs, a Markdown cell describing them.
public enum NotebookAnnotator {
    /// Annotates a notebook. Cells already followed by a description `annotate` inserted
    /// are counted as kept.
    /// - Parameter describe: what one image output holds.
    /// - Returns: the annotated notebook's bytes and what was done.
    public static func annotate(_ notebook: Notebook, describe: (Notebook.Image) -> ImageOutcome) -> (
        bytes: [UInt8], summary: AnnotationSummary
    ) {
        var summary = AnnotationSummary()
        var markdown: [Int: [String]] = [:]
        for image in notebook.images {
            if notebook.isDescribed(cellIndex: image.cellIndex) {
                summary.kept += 1
                continue
            }
            let outcome = describe(image)
            summary.count(outcome, name: image.label)
            if case .described(let description) = outcome {
                markdown[image.cellIndex, default: []].append(description.markdown)
            }
        }
        return (notebook.inserting(markdownAfter: markdown.mapValues { $0.joined(separator: "\n") }), summary)
    }
}
