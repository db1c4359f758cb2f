import Foundation

/// A plain-text listing of what the layout and OCR stages found, for diagnosing a figure.
public enum TextDump {
    /// One line per text line: role, box, angle and the text read; then the lines given no
    /// role (not read); then the numbers printed in the grid.
    public static func lines(of url: URL, reader: HeatmapReader) throws -> String {
        let (layout, text) = try reader.readText(contentsOf: url)
        var out = "grid \(layout.rows)×\(layout.columns) box \(layout.gridBox)\n"
        if let s = layout.strip { out += "strip \(s.orientation) \(s.box)\n" }
        for l in text.lines {
            out += "\(l.role) \(l.line.box) angle \(l.angle) glyphs \(l.line.glyphIDs.count) conf \(Int(l.confidence)) \"\(l.text)\"\n"
        }
        for l in layout.texts where l.role == .other {
            out += "other \(l.line.box) glyphs \(l.line.glyphIDs.count) (not read)\n"
        }
        for a in text.annotations {
            out += "annotation \(a.line.box) \"\(a.text)\"\n"
        }
        return out
    }
}
