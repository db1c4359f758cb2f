/// Reads every text line of a laid-out figure with one OCR line reader.
struct FigureTextReader {
    let reader: LineReader

    /// Reads the roled lines (annotations are left to the values stage).
    func read(_ layout: FigureLayout) throws -> FigureText {
        let extractor = LineImageExtractor(image: layout.image, ink: layout.ink, background: layout.background)
        var read: [FigureText.ReadLine] = []
        for roled in layout.texts where roled.role != .other {
            // A line without a direction of its own takes its role's; when no line of the
            // role has one and its box looks turned, the reading OCR is surest of decides.
            let known = roled.line.angle ?? Self.typicalAngle(of: roled.role, in: layout)
            var angle = known ?? 0
            var text: String
            var confidence: Double
            if let dots = Self.dotsOnly(roled.line, ink: layout.ink) {
                // OCR drops or garbles a lone row of dots; their shape says what they are.
                (text, confidence) = (dots, 100)
            } else {
                let kind: LineKind = roled.role == .colorbarTick ? .number : .text
                (text, confidence) = ("", -1)
                let candidates: [Double] = known.map { [$0] } ?? (Self.mayBeTurned(roled.line) ? [0, 90] : [0])
                for candidate in candidates {
                    let result = try reader.read(extractor.upright(roled.line, angle: candidate), kind: kind)
                    if result.confidence > confidence {
                        (text, confidence, angle) = (Self.collapseWhitespace(result.text), result.confidence, candidate)
                    }
                }
            }
            if roled.role.isTick {
                text = DecimalPointCheck.repaired(text, line: roled.line, angle: angle, ink: layout.ink)
            }
            read.append(.init(line: roled.line, role: roled.role, angle: angle, text: text, confidence: confidence))
        }
        for role in [TextRole.xTick, .yTick] {
            let indices = read.indices.filter { read[$0].role == role }
            let repaired = TickLabelRepair.repair(indices.map { read[$0].text })
            for (i, text) in zip(indices, repaired) { read[i].text = text }
        }
        return FigureText(lines: read)
    }

    /// The angle most lines of a role share.
    static func typicalAngle(of role: TextRole, in layout: FigureLayout) -> Double? {
        var counts: [Double: Int] = [:]
        for t in layout.texts where t.role == role {
            if let a = t.line.angle { counts[a, default: 0] += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// Whether a line of one component may be drawn at 90°: a single character is
    /// taller than wide when upright, a word of touching letters wider than tall.
    static func mayBeTurned(_ line: TextLine) -> Bool {
        let w = Double(line.box.width), h = Double(line.box.height)
        let isWord = max(w, h) >= 1.5 * line.glyphSize
        return isWord ? h > 1.15 * w : w > 1.15 * h
    }

    /// "..." for a line made only of two or more small, round, equal dots.
    static func dotsOnly(_ line: TextLine, ink: ConnectedComponents) -> String? {
        guard line.glyphIDs.count >= 2 else { return nil }
        let boxes = line.glyphIDs.map { ink.components[$0] }
        let small = boxes.allSatisfy { c in
            let w = Double(c.box.width), h = Double(c.box.height)
            return max(w, h) <= 0.35 * line.glyphSize && max(w, h) <= 1.6 * min(w, h) && c.fill >= 0.5
        }
        return small ? String(repeating: ".", count: boxes.count) : nil
    }

    static func collapseWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
