/// Baseline, x-height and cap height of a line, measured from glyphs Tesseract read
/// confidently as letters whose vertical extent is known.
struct LineMetrics: Sendable {
    /// y of the baseline in the prepared image.
    var baseline: Double
    /// Height of lowercase letters without ascenders.
    var xHeight: Double
    /// Height of capitals and digits.
    var capHeight: Double
    /// False when no reference glyph was found and the values are guesses.
    var isMeasured: Bool
    /// True when some confidently read lowercase letter gave the x-height.
    var hasXHeight: Bool

    private static let onBaseline = Set("abcdefhiklmnorstuvwxzABCDEFGHIKLMNOPRSTUVWXYZ0123456789")
    /// The x-height as a share of the capitals' height in the faces plots use (about 0.75 in
    /// DejaVu Sans, 0.72 in Helvetica and Liberation Sans, 0.68 in Times): one gives the
    /// other where a line shows only one.
    static let xHeightShare = 0.72
    /// Small letters without ascenders or descenders: a line of them alone is an x-height tall.
    static let xHeightLetters = Set("acemnorsuvwxz")
    private static let capitals = Set("ABDEFHIKLMNPRTUVWXYZ0123456789")

    init(glyphs: [(text: String, box: PixelRect, confidence: Double)]) {
        func median(_ v: [Double]) -> Double? {
            guard !v.isEmpty else { return nil }
            let s = v.sorted()
            return s[s.count / 2]
        }
        let trusted = glyphs.filter { $0.text.count == 1 && $0.confidence >= 60 }
        let bottoms = trusted.filter { Self.onBaseline.contains($0.text.first ?? " ") }.map { Double($0.box.maxY) }
        let xs = trusted.filter { Self.xHeightLetters.contains($0.text.first ?? " ") }.map { Double($0.box.height) }
        let caps = trusted.filter { Self.capitals.contains($0.text.first ?? " ") }.map { Double($0.box.height) }
        let x = median(xs), c = median(caps)
        let fallback = median(glyphs.map { Double($0.box.height) }) ?? 10
        capHeight = c ?? x.map { $0 / Self.xHeightShare } ?? fallback
        xHeight = x ?? capHeight * Self.xHeightShare
        baseline = median(bottoms) ?? median(glyphs.map { Double($0.box.maxY) }) ?? 0
        hasXHeight = x != nil
        isMeasured = !bottoms.isEmpty && (x != nil || c != nil)
    }

    /// How far `y` lies above the baseline, in x-heights (negative: below).
    func heightAboveBaseline(_ y: Int) -> Double { (baseline - Double(y)) / xHeight }
}
