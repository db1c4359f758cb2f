import Foundation
import Testing

@testable import FigScribe

/// Writes the Markdown and alt text of every figure (fixtures and, when reachable, the
/// dev corpus) to the folder in `FIGSCRIBE_PREVIEW`, for reading them by eye. Does
/// nothing without that variable.
@Test func writePreviews() throws {
    guard let folder = ProcessInfo.processInfo.environment["FIGSCRIBE_PREVIEW"] else { return }
    for (name, figure) in try DescribeFixtures.allFigures() {
        try render(figure).write(toFile: "\(folder)/\(name).md", atomically: true, encoding: .utf8)
        try render(figure, as: .alt).write(toFile: "\(folder)/\(name).alt.txt", atomically: true, encoding: .utf8)
    }
}
