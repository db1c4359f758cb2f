/// The text of a figure read by OCR: every roled line with what it says.
struct FigureText {
    /// One line read.
    struct ReadLine {
        var line: TextLine
        var role: TextRole
        var angle: Double
        var text: String
        var confidence: Double

        /// A box's width and height as the line reads (a turned line's swapped).
        func upright(_ box: PixelRect) -> (width: Int, height: Int) {
            abs(angle) == 90 ? (box.height, box.width) : (box.width, box.height)
        }
    }

    var lines: [ReadLine]
    /// Numbers printed inside the grid, as read.
    var annotations: [Annotation] = []

    /// One number printed in the grid.
    struct Annotation {
        var line: TextLine
        var text: String
    }

    /// Lines of one role in reading order (top to bottom, then left to right).
    func lines(_ role: TextRole) -> [ReadLine] {
        lines.filter { $0.role == role }
    }

    /// The lines of one role joined with spaces in reading order: rows top to bottom (a
    /// title set on two lines is one title), pieces of a row left to right.
    func joined(_ role: TextRole) -> String? {
        var rows: [[ReadLine]] = []
        for line in lines(role).sorted(by: { $0.line.box.midY < $1.line.box.midY }) {
            if let last = rows.last?.last, Self.shareRow(last.line.box, line.line.box) {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        let parts = rows.flatMap { $0.sorted { $0.line.box.minX < $1.line.box.minX } }.map(\.text).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Whether two boxes overlap vertically by at least half the shorter one.
    private static func shareRow(_ a: PixelRect, _ b: PixelRect) -> Bool {
        let overlap = min(a.maxY, b.maxY) - max(a.minY, b.minY)
        return 2 * overlap >= min(a.height, b.height)
    }
}
