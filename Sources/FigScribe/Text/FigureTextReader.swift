/// Reads every text line of a laid-out figure with one OCR line reader.
struct FigureTextReader {
    let reader: LineReader

    /// Reads the roled lines (annotations are left to the values stage).
    func read(_ layout: FigureLayout) throws -> FigureText {
        let extractor = LineImageExtractor(image: layout.image, ink: layout.ink, background: layout.background)
        var read: [FigureText.ReadLine] = []
        for roled in layout.texts where roled.role != .other {
            // Lines of one or two glyphs cannot show their direction; their role's can.
            let angle = roled.line.glyphIDs.count <= 2
                ? (Self.typicalAngle(of: roled.role, in: layout) ?? roled.line.angle ?? 0)
                : (roled.line.angle ?? 0)
            let upright = extractor.upright(roled.line, angle: angle)
            let kind: LineKind = roled.role == .colorbarTick ? .number : .text
            let result = try reader.read(upright, kind: kind)
            let text = Self.collapseWhitespace(result.text)
            read.append(.init(line: roled.line, role: roled.role, angle: angle, text: text, confidence: result.confidence))
        }
        return FigureText(lines: read)
    }

    /// The angle most lines of three or more glyphs in a role share.
    static func typicalAngle(of role: TextRole, in layout: FigureLayout) -> Double? {
        var counts: [Double: Int] = [:]
        for t in layout.texts where t.role == role && t.line.glyphIDs.count >= 3 {
            if let a = t.line.angle { counts[a, default: 0] += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    static func collapseWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
