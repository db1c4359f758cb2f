import ArgumentParser
import FigScribe

/// The formats `describe` can print.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv

    func render(_ figure: HeatmapFigure) throws -> String {
        switch self {
        case .json: return try FigureJSON.encode(figure)
        case .csv: return FigureCSV.encode(figure)
        }
    }
}
