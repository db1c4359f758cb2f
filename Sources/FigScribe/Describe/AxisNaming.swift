import Foundation

/// What the description calls each row or column of one grid axis, derived from its ticks.
///
/// - Every cell has a tick at its integer position: the tick texts are the category names.
/// - The ticks are numbers (sparse, or on cell edges): each cell is named by the value a
///   linear (or, for geometric ticks, logarithmic) fit of the ticks gives at its centre,
///   written `≈ 12.5` unless the fit lands on whole numbers a whole step apart (`0, 1, 2 …`
///   for token indices labelled every fifth cell; see ``landsOnWholeNumbers(_:)``).
/// - Sparse text ticks: labelled cells by their text, the others as `(row 5)`.
/// - No ticks: cells are numbered from 1 (`row 5`).
struct AxisNaming: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case categorical
        case numeric(interpolated: Bool, logarithmic: Bool)
        case sparseText
        case unlabelled
    }

    /// Which grid axis this is.
    enum Direction: Sendable { case rows, columns }

    let direction: Direction
    let kind: Kind
    /// One display name per cell index.
    let names: [String]
    /// The axis value at each cell centre when the names are numeric (used for ordering).
    let values: [Double]?
    /// For category names that run in an order of their own (``NameSequence``): each
    /// name's place in it.
    let sequenceKeys: [Double]?
    /// What one step along the axis is called ("layer", "row", "column").
    let noun: String
    let pluralNoun: String

    init(axis: HeatmapFigure.Axis, count: Int, direction: Direction) {
        self.direction = direction
        let fallbackNoun = Self.gridWord(direction)
        let ticks = axis.ticks.sorted { $0.position < $1.position }
        let onCells = ticks.filter { abs($0.position - $0.position.rounded()) < 0.25 }
        let cellTicks = Dictionary(
            onCells.map { (Int($0.position.rounded()), $0.text) }, uniquingKeysWith: { a, _ in a })
        let numbers = ticks.compactMap { AxisNaming.number(from: $0.text) }
        let allNumeric = !ticks.isEmpty && numbers.count == ticks.count

        if count > 0, (0..<count).allSatisfy({ cellTicks[$0] != nil }), ticks.count == count {
            let names = (0..<count).map { cellTicks[$0] ?? "" }
            self.kind = .categorical
            self.names = names
            self.values = allNumeric ? names.compactMap(AxisNaming.number(from:)) : nil
            self.sequenceKeys = allNumeric ? nil : NameSequence.keys(names)
        } else if allNumeric, let fit = AxisFit(positions: ticks.map(\.position), values: numbers) {
            var values = (0..<count).map { fit.value(at: Double($0)) }
            let whole = !fit.logarithmic && AxisNaming.landsOnWholeNumbers(values)
            if whole { values = values.map { $0.rounded() } }
            let decimals = ticks.map { AxisNaming.decimals(in: $0.text) }.max() ?? 0
            self.kind = .numeric(interpolated: !whole, logarithmic: fit.logarithmic)
            self.values = values
            self.sequenceKeys = nil
            self.names = values.map { value in
                if whole { return ProseText.minusSigns(String(Int(value.rounded()))) }
                return "≈ " + AxisNaming.format(value, decimals: decimals + 1, logarithmic: fit.logarithmic)
            }
        } else if !ticks.isEmpty {
            self.kind = .sparseText
            self.values = nil
            self.sequenceKeys = nil
            self.names = (0..<count).map { cellTicks[$0] ?? Self.positionalName($0, direction: direction) }
        } else {
            self.kind = .unlabelled
            self.values = nil
            self.sequenceKeys = nil
            self.names = (0..<count).map { String($0 + 1) }
        }

        if let label = axis.label, let noun = AxisNaming.noun(from: label), kind != .unlabelled,
            values != nil
        {
            self.noun = noun
            self.pluralNoun = AxisNaming.plural(noun)
        } else {
            self.noun = fallbackNoun
            self.pluralNoun = fallbackNoun + "s"
        }
    }

    /// Whether the values a fit gives at successive cell centres are whole numbers a whole
    /// step apart (token indices labelled 0, 5, 10 …), allowing for where the tick labels
    /// were measured: within a tenth of a unit of whole numbers, a step within 2 % of whole.
    static func landsOnWholeNumbers(_ values: [Double]) -> Bool {
        guard values.count >= 2 else { return values.allSatisfy { abs($0 - $0.rounded()) < 1e-6 } }
        let step = (values[values.count - 1] - values[0]) / Double(values.count - 1)
        let wholeStep = step.rounded()
        return wholeStep != 0 && abs(step - wholeStep) <= 0.02 * abs(wholeStep)
            && values.allSatisfy { abs($0 - $0.rounded()) <= 0.1 }
    }

    /// True when names are numbers that read naturally after the noun ("layer 3").
    var namesAreNumbers: Bool {
        switch kind {
        case .numeric, .unlabelled: return true
        case .categorical: return values != nil
        case .sparseText: return false
        }
    }

    /// True when the cells run in an order that trends can follow: numbers, or names
    /// that form a sequence (`C1 … C9`, `Jan … Dec`).
    var isOrdered: Bool { namesAreNumbers || sequenceKeys != nil }

    /// The cell at `index` in a sentence: "layer 3", "row ≈ 12.5", "_PAUSE_", "column 6"
    /// (unlabelled among sparse text labels).
    func phrase(_ index: Int) -> String {
        guard names.indices.contains(index) else { return "\(noun) \(index + 1)" }
        if isPositional(index) { return gridPhrase(index) }
        return namesAreNumbers ? "\(noun) \(names[index])" : names[index]
    }

    /// Whether cell `index` is named by its position alone, "(column 6)": an unlabelled
    /// cell among sparse text labels.
    private func isPositional(_ index: Int) -> Bool {
        names[index] == Self.positionalName(index, direction: direction)
    }

    /// The grid's own word for a step along `direction`: "row" or "column".
    static func gridWord(_ direction: Direction) -> String { direction == .rows ? "row" : "column" }

    /// The name of an unlabelled cell among sparse text labels: "(column 6)".
    static func positionalName(_ index: Int, direction: Direction) -> String { "(\(gridWord(direction)) \(index + 1))" }

    /// The cell at `index` after the grid's own word for it: "row T12"; an unlabelled cell
    /// among sparse text labels, named "(column 6)" in lists, is "column 6".
    func gridPhrase(_ index: Int) -> String {
        let word = Self.gridWord(direction)
        guard names.indices.contains(index), !isPositional(index) else { return "\(word) \(index + 1)" }
        return "\(word) \(names[index])"
    }

    /// A run of cells `from…to` in a sentence: "layers 0–3", "TP53 to MYC".
    func rangePhrase(_ from: Int, _ to: Int) -> String {
        guard from != to else { return phrase(from) }
        guard names.indices.contains(from), names.indices.contains(to) else {
            return "\(pluralNoun) \(from + 1)–\(to + 1)"
        }
        let a = names[from], b = names[to]
        if namesAreNumbers {
            if a.hasPrefix("≈ ") { return "\(pluralNoun) \(a) to \(b.dropFirst(2))" }
            return "\(pluralNoun) \(a)–\(b)"
        }
        return "\(a) to \(b)"
    }

    /// The reading order for trends: by increasing axis value when the names are numbers,
    /// along the sequence when they form one, else top to bottom / left to right.
    var trendOrder: [Int] {
        let indices = Array(names.indices)
        guard let keys = values ?? sequenceKeys, keys.count == names.count else { return indices }
        return indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Whether `trendOrder` runs against the display order (values decrease downwards).
    var trendReversed: Bool {
        let order = trendOrder
        guard let first = order.first, let last = order.last else { return false }
        return first > last
    }

    // MARK: - Parsing and wording helpers

    /// The number a tick text shows, accepting U+2212 and typographic dashes as minus.
    static func number(from text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        for dash in ["\u{2212}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2010}", "\u{2011}"] {
            t = t.replacingOccurrences(of: dash, with: "-")
        }
        t = t.replacingOccurrences(of: ",", with: "")
        guard !t.isEmpty, let value = Double(t), value.isFinite else { return nil }
        return value
    }

    static func decimals(in text: String) -> Int {
        guard !text.lowercased().contains("e"), let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }

    static func format(_ value: Double, decimals: Int, logarithmic: Bool) -> String {
        let text =
            logarithmic || (value != 0 && abs(value) < 1e-3)
            ? String(format: "%.2g", value) : String(format: "%.\(decimals)f", value)
        return ProseText.minusSigns(text)
    }

    /// A short lowercase noun from an axis label: "Layer" → "layer", "Frequency (Hz)" →
    /// "frequency"; `nil` for labels longer than two words.
    static func noun(from label: String) -> String? {
        var base = label
        if let paren = base.firstIndex(of: "(") { base = String(base[..<paren]) }
        let words = base.split(whereSeparator: { $0 == " " })
        guard !words.isEmpty, words.count <= 2,
            words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return nil }
        return words.joined(separator: " ").lowercased()
    }

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") {
            return noun + "es"
        }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }
}

/// A straight-line fit of tick values against tick positions, linear or in log10.
struct AxisFit: Equatable, Sendable {
    let intercept: Double
    let slope: Double
    let logarithmic: Bool

    init?(positions: [Double], values: [Double]) {
        guard positions.count >= 2, Set(positions).count >= 2 else { return nil }
        if let linear = AxisFit.fit(positions, values), linear.relativeError < 0.02 {
            (intercept, slope, logarithmic) = (linear.a, linear.b, false)
        } else if values.allSatisfy({ $0 > 0 }), let log = AxisFit.fit(positions, values.map(log10)),
            log.relativeError < 0.02
        {
            (intercept, slope, logarithmic) = (log.a, log.b, true)
        } else {
            return nil
        }
    }

    func value(at position: Double) -> Double {
        let y = intercept + slope * position
        return logarithmic ? pow(10, y) : y
    }

    private static func fit(_ x: [Double], _ y: [Double]) -> (a: Double, b: Double, relativeError: Double)? {
        guard let (a, b) = Statistics.leastSquaresLine(x, y) else { return nil }
        let span = (y.max() ?? 0) - (y.min() ?? 0)
        guard span > 0 else { return nil }
        let worst = zip(x, y).map { abs(a + b * $0 - $1) }.max() ?? 0
        return (a, b, worst / span)
    }
}
