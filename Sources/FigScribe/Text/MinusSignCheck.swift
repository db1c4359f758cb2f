/// Puts back a minus sign OCR dropped from a small number ("-3" read as "3").
///
/// The sign is still in the ink: the line's first glyph is a short stroke along the line,
/// level with the middle of the digits after it and close to them, or (anti-aliased at a few
/// pixels) the start of the first digit's glyph is such a stroke. A tick mark looks the
/// same, but touches (or nearly) the grid or colour strip it marks; a sign lies as far from
/// them as its label does.
enum MinusSignCheck {
    /// `text` with the minus sign the ink shows, or `text` unchanged.
    /// - Parameter marked: the boxes whose tick marks may stand beside the line (the grid,
    ///   the colour strip).
    static func repaired(
        _ text: String, line: TextLine, angle: Double, ink: ConnectedComponents, marked: [PixelRect]
    ) -> String {
        guard let first = text.first, first.isASCIIDigit, text.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
            angle.truncatingRemainder(dividingBy: 90) == 0
        else { return text }
        let direction = ReadingDirection(degrees: angle)
        let glyphs = line.glyphIDs.sorted { direction.along(ink.components[$0].box) < direction.along(ink.components[$1].box) }
        let size = line.glyphSize
        guard let firstID = glyphs.first else { return text }
        let boxes = glyphs.map { ink.components[$0].box }
        // The sign is the first glyph, or (at a few pixels, anti-aliased) the start of it,
        // joined to the first digit ("-3" of a 5-px "-30" is one glyph).
        let sign: PixelRect, rest: [PixelRect], joined: Bool
        if boxes.count >= 2, Self.isStroke(boxes[0], direction: direction, size: size) {
            (sign, rest, joined) = (boxes[0], Array(boxes.dropFirst()), false)
        } else if let split = Self.leadingStroke(of: ink.components[firstID], in: ink, direction: direction, size: size) {
            (sign, rest, joined) = (split.stroke, [split.rest] + boxes.dropFirst(), true)
        } else {
            return text
        }
        // The digits after the stroke hold every character read (touching digits make one
        // glyph), so the stroke was not read as one.
        guard Self.characterCapacity(of: rest, direction: direction) >= text.count else { return text }
        let end = direction.extent(sign).hi
        // Close to the digits, level with their middle.
        let digits = rest.filter { Double(max($0.width, $0.height)) > 0.3 * size }
        guard !digits.isEmpty, direction.extent(digits[0]).lo - end <= 0.6 * size else { return text }
        let middle = digits.map(direction.across).sorted()[digits.count / 2]
        let offset = direction.across(sign) - middle
        guard abs(offset) <= 0.25 * size else { return text }
        // A stroke joined to the digit may be the digit's own: the flag of a "1" starts
        // above the middle, where a minus sits at it or a little below.
        if joined {
            let (top, bottom) = direction.acrossExtent(rest[0])
            guard offset >= -0.1 * (bottom - top), offset <= 0.2 * (bottom - top) else { return text }
        }
        let reach = 4
        let nearMark = marked.contains { b in
            sign.minX < b.maxX + reach && sign.maxX > b.minX - reach && sign.minY < b.maxY + reach && sign.maxY > b.minY - reach
        }
        return nearMark ? text : "\u{2212}" + text
    }

    /// Whether `box` is shaped like a minus sign: a short stroke along the line.
    static func isStroke(_ box: PixelRect, direction: ReadingDirection, size: Double) -> Bool {
        let (start, end) = direction.extent(box), (top, bottom) = direction.acrossExtent(box)
        let length = end - start, thickness = bottom - top
        return thickness <= 0.3 * size && length >= 1.5 * thickness && length <= 1.2 * size
    }

    /// A minus-shaped start of `glyph`: the pixels before the first place along the line
    /// where its ink spreads across more than a stroke's thickness, and the box of the rest.
    static func leadingStroke(
        of glyph: ConnectedComponents.Component, in ink: ConnectedComponents, direction: ReadingDirection, size: Double
    ) -> (stroke: PixelRect, rest: PixelRect)? {
        // Each pixel's place along the line (whole steps) and across it.
        var pixels: [(step: Int, across: Double, x: Int, y: Int)] = []
        for y in glyph.box.minY..<glyph.box.maxY {
            for x in glyph.box.minX..<glyph.box.maxX where ink.label(x: x, y: y) == glyph.id {
                let step = Int(direction.along(x: Double(x), y: Double(y)).rounded())
                pixels.append((step, direction.across(x: Double(x), y: Double(y)), x, y))
            }
        }
        // The first step along the line where the ink so far spreads wider than a stroke.
        let steps = Dictionary(grouping: pixels, by: \.step)
        var (lo, hi) = (Double.infinity, -Double.infinity)
        var cut: Int?
        for step in steps.keys.sorted() {
            let across = steps[step]!.map(\.across)
            let (l, h) = (min(lo, across.min()!), max(hi, across.max()!))
            if h - l + 1 > 0.3 * size { cut = step; break }
            (lo, hi) = (l, h)
        }
        guard let cut else { return nil }
        let stroke = pixels.filter { $0.step < cut }, rest = pixels.filter { $0.step >= cut }
        guard !stroke.isEmpty else { return nil }
        func box(_ pixels: [(step: Int, across: Double, x: Int, y: Int)]) -> PixelRect {
            PixelRect(minX: pixels.map(\.x).min()!, minY: pixels.map(\.y).min()!,
                      maxX: pixels.map(\.x).max()! + 1, maxY: pixels.map(\.y).max()! + 1)
        }
        let strokeBox = box(stroke)
        guard isStroke(strokeBox, direction: direction, size: size) else { return nil }
        return (strokeBox, box(rest))
    }

    /// How many characters `glyphs` hold, judged by their shape: each at least one, a wide
    /// one as many digits as fit side by side (a digit is about 0.55 of its height wide).
    static func characterCapacity(of glyphs: [PixelRect], direction: ReadingDirection) -> Int {
        glyphs.reduce(0) { total, glyph in
            let (start, end) = direction.extent(glyph), (top, bottom) = direction.acrossExtent(glyph)
            let fit = (end - start) / (Self.digitAspect * max(bottom - top, 1))
            return total + max(1, Int(fit.rounded()))
        }
    }

    /// A digit's width over its height in common sans-serif fonts.
    static let digitAspect = 0.55
}
