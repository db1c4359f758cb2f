/// The text of a figure read by OCR: every roled line with what it says.
struct FigureText {
    /// One line read.
    struct ReadLine {
        var line: TextLine
        var role: TextRole
        var angle: Double
        var text: String
        var confidence: Double
    }

    var lines: [ReadLine]

    /// Lines of one role in reading order (top to bottom, then left to right).
    func lines(_ role: TextRole) -> [ReadLine] {
        lines.filter { $0.role == role }
    }

    /// The lines of one role joined with spaces (a title set on two lines is one title).
    func joined(_ role: TextRole) -> String? {
        let parts = lines(role).sorted { ($0.line.box.minY, $0.line.box.minX) < ($1.line.box.minY, $1.line.box.minX) }
            .map(\.text).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
