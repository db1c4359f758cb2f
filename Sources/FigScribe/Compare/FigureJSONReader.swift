import Foundation

/// Reads a figure JSON document (the `figscribe/heatmap@1` or `figscribe/figure@1` contract)
/// back into the heatmaps it records.
enum FigureJSONReader {
    /// The heatmaps a document holds: a heatmap object, or a figure object's panels.
    static func panels(from data: Data, path: String) throws(ExpectedFigureError) -> ExpectedPanels {
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
        if object["panels"] != nil {
            guard let panels = object["panels"] as? [Any], !panels.isEmpty else {
                throw .invalid(path: path, reason: "\"panels\" holds no panel")
            }
            var figures: [ExpectedFigure] = []
            for (i, panel) in panels.enumerated() {
                guard let panel = panel as? [String: Any] else {
                    throw .invalid(path: path, reason: "wrong type at \"panels.\(i)\"")
                }
                figures.append(try heatmap(panel, path: path, keyPath: "panels.\(i)"))
            }
            return ExpectedPanels(title: object["title"] as? String, panels: figures)
        }
        guard (object["schema"] as? String) == HeatmapFigure.schemaIdentifier else {
            throw .invalid(path: path, reason: "not a \(HeatmapFigure.schemaIdentifier) or \(PanelFigure.schemaIdentifier) document")
        }
        return ExpectedPanels(try heatmap(object, path: path, keyPath: ""))
    }

    /// One heatmap object; `keyPath` names it in error messages ("panels.1").
    private static func heatmap(_ object: [String: Any], path: String, keyPath: String) throws(ExpectedFigureError) -> ExpectedFigure {
        var heatmap = object
        heatmap["schema"] = HeatmapFigure.schemaIdentifier
        if heatmap["warnings"] == nil { heatmap["warnings"] = [String]() }
        do {
            let bytes = try JSONSerialization.data(withJSONObject: heatmap)
            let figure = try JSONDecoder().decode(HeatmapFigure.self, from: bytes)
            guard figure.values.count == figure.grid.rows,
                  figure.values.allSatisfy({ $0.count == figure.grid.columns })
            else {
                throw ExpectedFigureError.invalid(path: path, reason: "\(keyPath.isEmpty ? "" : keyPath + ": ")values do not fill the \(figure.grid.rows)×\(figure.grid.columns) grid")
            }
            return ExpectedFigure(figure: figure)
        } catch let error as ExpectedFigureError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(path: path, reason: "missing \"\(Self.path(keyPath, context.codingPath + [key]))\"")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalid(path: path, reason: "wrong type at \"\(Self.path(keyPath, context.codingPath))\"")
        } catch {
            throw .invalid(path: path, reason: "not a figure JSON document")
        }
    }

    /// "panels.1.grid.rows": the heatmap's key path, then the keys within it.
    private static func path(_ keyPath: String, _ keys: [any CodingKey]) -> String {
        ([keyPath].filter { !$0.isEmpty } + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }).joined(separator: ".")
    }
}
