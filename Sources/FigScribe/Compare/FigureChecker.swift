import Foundation

/// Reads images and checks them against expected files or older renders.
///
/// Not thread-safe: it owns a `HeatmapReader`.
public final class FigureChecker {
    private let reader: HeatmapReader
    public let tolerance: ComparisonTolerance

    public init(reader: HeatmapReader, tolerance: ComparisonTolerance = .standard) {
        self.reader = reader
        self.tolerance = tolerance
    }

    /// Checks `image` against a figure JSON (one heatmap or a figure of panels) or values CSV.
    public func check(image: URL, expected: URL) -> CheckResult {
        let reference: ExpectedPanels
        do {
            reference = try ExpectedPanels.load(contentsOf: expected)
        } catch {
            return CheckResult(image: image.path, reference: expected.path, error: error.description)
        }
        return check(image: image, against: reference, referenceName: expected.path)
    }

    /// Checks the render `new` against the render `old`: everything read from `old` is expected,
    /// panel by panel.
    public func compare(old: URL, new: URL) -> CheckResult {
        let reading: FigureReading
        do {
            reading = try reader.readFigure(contentsOf: old)
        } catch {
            return CheckResult(image: new.path, reference: old.path, error: "\(old.path): \(error)")
        }
        return check(image: new, against: ExpectedPanels(reading), referenceName: old.path)
    }

    /// Checks every `NAME.png` in `images` against `NAME.json` (else `NAME.csv`) in `expected`.
    /// - Throws: `CheckDirectoryError` when a folder cannot be listed or holds no PNG.
    public func checkDirectory(images: URL, expected: URL) throws(CheckDirectoryError) -> [CheckResult] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: images.path)
        } catch {
            throw .unreadable(path: images.path)
        }
        let pngs = names.filter { $0.lowercased().hasSuffix(".png") && !$0.hasPrefix(".") }.sorted()
        guard !pngs.isEmpty else { throw .noImages(path: images.path) }
        return pngs.map { name in
            let image = images.appendingPathComponent(name)
            let stem = String(name.dropLast(4))
            let candidates = ["json", "csv"].map { expected.appendingPathComponent("\(stem).\($0)") }
            guard let reference = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                return CheckResult(image: image.path, reference: expected.path,
                                   error: "\(image.path): no \(stem).json or \(stem).csv in \(expected.path)")
            }
            return check(image: image, expected: reference)
        }
    }

    private func check(image: URL, against reference: ExpectedPanels, referenceName: String) -> CheckResult {
        do {
            let reading = try reader.readFigure(contentsOf: image)
            let comparison = FigureComparison(
                expected: reference, actualTitle: reading.figureTitle, actual: reading.heatmaps, tolerance: tolerance)
            return CheckResult(image: image.path, reference: referenceName, comparison: comparison, figures: reading.heatmaps)
        } catch let error as NoHeatmapError {
            return CheckResult(image: image.path, reference: referenceName,
                               comparison: FigureComparison(expected: reference, noHeatmap: "\(error)"))
        } catch {
            return CheckResult(image: image.path, reference: referenceName, error: "\(image.path): \(error)")
        }
    }
}

/// Why a folder of images could not be checked.
public enum CheckDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String)
    case noImages(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot list the folder"
        case .noImages(let path): return "\(path): no PNG images"
        }
    }
}
