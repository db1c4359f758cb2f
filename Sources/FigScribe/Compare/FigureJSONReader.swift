import Foundation

/// Reads a figure JSON document (the `figscribe/heatmap@1` contract) back into a figure.
enum FigureJSONReader {
    /// The one heatmap a document holds: a heatmap object, or a figure object with one panel.
    static func figure(from data: Data, path: String) throws(ExpectedFigureError) -> ExpectedFigure {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ExpectedFigureError.invalid(path: path, reason: "not a JSON object")
            }
            object = parsed
        } catch let error as ExpectedFigureError {
            throw error
        } catch {
            throw .invalid(path: path, reason: "not valid JSON")
        }
        if let reason = object["error"] as? String {
            throw .invalid(path: path, reason: "records no heatmap (\(reason))")
        }
        var heatmap = object
        if let panels = object["panels"] as? [[String: Any]] {
            guard panels.count == 1, let only = panels.first else {
                throw .invalid(path: path, reason: "holds \(panels.count) panels; only one-heatmap figures can be checked")
            }
            heatmap = only
        }
        guard (heatmap["schema"] as? String) == HeatmapFigure.schemaIdentifier || object["panels"] != nil else {
            throw .invalid(path: path, reason: "not a \(HeatmapFigure.schemaIdentifier) document")
        }
        heatmap["schema"] = HeatmapFigure.schemaIdentifier
        if heatmap["warnings"] == nil { heatmap["warnings"] = [String]() }
        do {
            let bytes = try JSONSerialization.data(withJSONObject: heatmap)
            let figure = try JSONDecoder().decode(HeatmapFigure.self, from: bytes)
            guard figure.values.count == figure.grid.rows,
                  figure.values.allSatisfy({ $0.count == figure.grid.columns })
            else {
                throw ExpectedFigureError.invalid(path: path, reason: "values do not fill the \(figure.grid.rows)×\(figure.grid.columns) grid")
            }
            return ExpectedFigure(figure: figure)
        } catch let error as ExpectedFigureError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(path: path, reason: "missing \"\(Self.path(context.codingPath + [key]))\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalid(path: path, reason: "wrong type at \"\(Self.path(context.codingPath))\"")
        } catch {
            throw .invalid(path: path, reason: "not a figure JSON document")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
