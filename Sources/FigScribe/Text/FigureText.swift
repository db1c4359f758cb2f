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
        /// The print read again in other ways (made when called: OCR is dear), for a
        /// reading the cell's colour does not bear out.
        var otherReadings: () -> [String] = { [] }
    }

    /// Lines of one role in reading order (top to bottom, then left to right).
    func lines(_ role: TextRole) -> [ReadLine] {
        lines.filter { $0.role == role }
    }

    /// The lines of one role joined with spaces in reading order: rows in the order they
    /// stack (a title set on two lines is one title), pieces of a row along it. Turned lines
    /// read along their own direction: a y label at 90° from the bottom up, even when its
    /// words were found as lines of their own.
    func joined(_ role: TextRole) -> String? {
        let roleLines = lines(role)
        let angle = roleLines.first.map(\.angle) ?? 0
        let direction = ReadingDirection(degrees: roleLines.allSatisfy { $0.angle == angle } ? angle : 0)
        var rows: [[ReadLine]] = []
        for line in roleLines.sorted(by: { direction.across($0.line.box) < direction.across($1.line.box) }) {
            if let last = rows.last?.last, Self.shareRow(last.line.box, line.line.box, direction) {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        let parts = rows.flatMap { $0.sorted { direction.along($0.line.box) < direction.along($1.line.box) } }
            .map(\.text).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Whether two boxes overlap across the reading direction by at least half the
    /// narrower one.
    private static func shareRow(_ a: PixelRect, _ b: PixelRect, _ direction: ReadingDirection) -> Bool {
        let (a, b) = (direction.acrossExtent(a), direction.acrossExtent(b))
        let overlap = min(a.hi, b.hi) - max(a.lo, b.lo)
        return 2 * overlap >= min(a.hi - a.lo, b.hi - b.lo)
    }
}
