import Foundation

/// Reads and describes the images a document refers to, each file once.
///
/// Not thread-safe, like the `HeatmapReader` it owns.
public final class ImageDescriber {
    private let reader: HeatmapReader
    private var outcomes: [String: ImageOutcome] = [:]

    public init(reader: HeatmapReader) {
        self.reader = reader
    }

    /// What the PNG file at `url` holds, described when it is a heatmap.
    public func describe(fileAt url: URL) -> ImageOutcome {
        let key = url.standardizedFileURL.path
        if let known = outcomes[key] { return known }
        var isDirectory: ObjCBool = false
        let outcome: ImageOutcome
        if !FileManager.default.fileExists(atPath: key, isDirectory: &isDirectory) || isDirectory.boolValue {
            outcome = .missing
        } else {
            outcome = Self.outcome { try reader.read(contentsOf: url) }
        }
        outcomes[key] = outcome
        return outcome
    }

    /// What PNG bytes held in memory show, described when they are a heatmap.
    /// - Parameter name: the figure's name in its JSON (`image.file`).
    public func describe(pngData: Data, name: String) -> ImageOutcome {
        Self.outcome { try reader.read(pngData: pngData, name: name) }
    }

    private static func outcome(_ read: () throws -> HeatmapFigure) -> ImageOutcome {
        do {
            return .described(try FigureDescription(try read()))
        } catch let error as NoHeatmapError {
            return .notHeatmap("\(error)")
        } catch let error as DescribeError {
            return .notHeatmap("\(error)")
        } catch {
            return .unreadable("\(error)")
        }
    }
}
