import Foundation

/// Short, stable number text for comparison reports.
enum NumberText {
    /// Up to 4 significant digits, without a trailing ".0" ("98.9", "120", "0.0125").
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
        var text = String(format: "%.4g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
