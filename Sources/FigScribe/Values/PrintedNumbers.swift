import Foundation

/// Numbers printed in cells are the data: a printed cell takes its printed number, parsed
/// exactly, and the colour reading only checks it.
///
/// A print rounded so coarsely that it resolves the colour range into fewer than 20 steps
/// (`0.004` on a scale from 0.0015 to 0.008) may say less than the colour does. When the
/// colours show that such prints are rounded (they lie typically more than a quarter of
/// the rounding away from them; exact prints, such as counts, lie on them), those cells keep
/// their colour reading, held within the print's rounding, and one warning says so.
///
/// A printed number is rounded to its own decimals; the colour reading is good to a small
/// share of the scale. When no way of taking the printed text (OCR drops points and minus
/// signs on small digits) agrees with the colour within both allowances, the print is read
/// again in other ways, and a reading in the format the prints share that agrees is taken;
/// failing that the cell keeps its colour reading and gets a warning: an unsure reading of a
/// print is never made data.
enum PrintedNumbers {
    /// The share of the colour scale's range a colour reading may be off by.
    static let colourTolerance = 0.03
    /// The coarsest print, as a share of the colour range per unit of its last digit, that
    /// is taken as the data.
    static let coarsestPrint = 0.05

    /// A number printed in one cell.
    struct Cell: Equatable {
        var row: Int
        var column: Int
        var text: String
        /// The print read again in other ways, asked for when `text` disagrees with the colour.
        var otherReadings: () -> [String] = { [] }

        /// Cells are equal by place and text as read.
        static func == (a: Cell, b: Cell) -> Bool {
            (a.row, a.column, a.text) == (b.row, b.column, b.text)
        }
    }

    /// What a printed text may say: its value and half a unit of its last decimal place.
    typealias Reading = (value: Double, halfUnit: Double)

    /// Places each printed line in the cell its middle lies in.
    static func cells(_ annotations: [FigureText.Annotation], box: HeatmapFigure.Box, rows: Int, columns: Int) -> [Cell] {
        guard rows > 0, columns > 0, box.width > 0, box.height > 0 else { return [] }
        return annotations.compactMap { a in
            let r = Int(((a.line.box.midY - box.y) / (box.height / Double(rows))).rounded(.down))
            let c = Int(((a.line.box.midX - box.x) / (box.width / Double(columns))).rounded(.down))
            guard (0..<rows).contains(r), (0..<columns).contains(c) else { return nil }
            return Cell(row: r, column: c, text: a.text, otherReadings: a.otherReadings)
        }
    }

    /// Puts the printed numbers in place of the colour readings.
    /// - Parameters:
    ///   - cells: the printed numbers.
    ///   - values: the colour readings, `[row][column]`; `nil` where the colour is off the scale
    ///     or there is no scale (then a printed number is taken as read).
    ///   - range: the colour scale's span (max − min); 0 when there is no scale.
    /// - Returns: warnings for unreadable prints and prints that disagree with their colour,
    ///   and how many cells now hold their printed number.
    static func apply(_ cells: [Cell], to values: inout [[Double?]], range: Double) -> (warnings: [String], exact: Int) {
        var warnings: [String] = []
        var unread = 0, exact = 0
        var coarse: [(cell: Cell, print: Reading, colour: Double)] = []
        // Half a unit of the decimal places the prints share.
        let commonHalfUnit = PrintedFormat.common(cells.map(\.text)).map(halfUnit(places:))
        for cell in cells {
            let readings = plausibleReadings(of: cell.text)
            guard !readings.isEmpty else {
                unread += 1
                continue
            }
            guard let colour = values[cell.row][cell.column] else {
                // No colour to check it by: the print as read, when it reads as a number.
                if let asRead = NumberParser.parse(numericPart(of: cell.text)) {
                    values[cell.row][cell.column] = asRead.value
                    exact += 1
                } else {
                    unread += 1
                }
                continue
            }
            let allowed = colourTolerance * range
            // Of the ways to take the text that agree with the colour, the nearest to it: a
            // minus sign OCR dropped from "-0.03" on a diverging scale is put back.
            func nearestAgreeing(_ readings: [Reading]) -> Reading? {
                readings.filter { agrees($0, with: colour, allowed: allowed) }
                    .min { abs($0.value - colour) < abs($1.value - colour) }
            }
            // Read again otherwise (small digits: "3" read "2", a digit dropped), the other
            // readings taken only in the format the prints share: a reading with a digit
            // more may land near any colour.
            if let agreeing = nearestAgreeing(readings) ?? nearestAgreeing(cell.otherReadings().flatMap { text in
                plausibleReadings(of: text).filter { reading in commonHalfUnit.map { reading.halfUnit == $0 } ?? true }
            }) {
                values[cell.row][cell.column] = agreeing.value
                exact += 1
                if 2 * agreeing.halfUnit > coarsestPrint * range { coarse.append((cell, agreeing, colour)) }
            } else {
                warnings.append("cell [\(cell.row)][\(cell.column)] shows \"\(cell.text)\" but its colour reads \(colour)")
            }
        }
        if unread > 0 { warnings.append("\(unread) number(s) printed in cells could not be read") }
        let offsets = coarse.map { abs($0.colour - $0.print.value) / $0.print.halfUnit }.sorted()
        if !offsets.isEmpty, offsets[offsets.count / 2] > 0.25 {
            for c in coarse {
                let (low, high) = (c.print.value - c.print.halfUnit, c.print.value + c.print.halfUnit)
                // The rounding's bounds have one digit more than the print: say them so.
                let places = Int((-log10(2 * c.print.halfUnit)).rounded()) + 1
                values[c.cell.row][c.cell.column] =
                    c.colour < low ? ValuePrecision.decimal(low, places: places) : c.colour > high ? ValuePrecision.decimal(high, places: places) : c.colour
            }
            warnings.append("\(coarse.count) number(s) printed in cells are rounded more coarsely than the colour scale resolves: those cells keep their colour reading, within the printed rounding")
            exact -= coarse.count
        }
        return (warnings, exact)
    }

    /// Whether a way of taking a print agrees with its cell's colour reading: within the
    /// colour's allowance (`allowed`) and the print's own rounding.
    private static func agrees(_ reading: Reading, with colour: Double, allowed: Double) -> Bool {
        abs(reading.value - colour) <= allowed + reading.halfUnit
    }

    /// The scale fitted to (strip position, printed number) pairs, for a figure whose colour
    /// bar carries no readable ticks: nil unless most prints lie on one line.
    /// - Parameter positions: each cell's position along the strip (0…1), `nil` when off it.
    static func fittedScale(_ cells: [Cell], positions: [[Double?]]) -> ScaleFit? {
        var xs: [Double] = [], ys: [Double] = [], half = 0.0
        for cell in cells {
            let number = numericPart(of: cell.text)
            guard let p = positions[cell.row][cell.column], let n = NumberParser.parse(number) else { continue }
            xs.append(p)
            ys.append(n.value)
            half = max(half, halfUnit(of: number))
        }
        guard Set(ys).count >= 3, let spread = ys.max().flatMap({ hi in ys.min().map { hi - $0 } }), spread > 0 else {
            return nil
        }
        guard let fit = ScaleFit.line(positions: xs, values: ys, tolerance: max(0.01 * spread, half)),
            Double(fit.outliers.count) <= 0.2 * Double(xs.count)
        else { return nil }
        return fit
    }

    /// Whether the numbers printed in cells show the colour bar's ticks misread: over twice
    /// as many readable prints disagree with the colour reading by `scale` as agree, while
    /// they lie on a line of their own, `fitted` (from ``fittedScale(_:positions:)``), that
    /// is no power-of-ten multiple of `scale` (a bar in fractions beside prints in percent is
    /// a unit, not a misreading). Prints misread one by one do not line up; ticks misread
    /// together do.
    static func overrule(_ scale: ScaleFit, fitted: ScaleFit, cells: [Cell], positions: [[Double?]]) -> Bool {
        let span = abs(scale.value(at: 1) - scale.value(at: 0))
        guard span > 0, span.isFinite else { return false }
        var agreeing = 0, disagreeing = 0
        for cell in cells {
            let readings = plausibleReadings(of: cell.text)
            guard !readings.isEmpty, let p = positions[cell.row][cell.column] else { continue }
            let colour = scale.value(at: p)
            if readings.contains(where: { agrees($0, with: colour, allowed: colourTolerance * span) }) {
                agreeing += 1
            } else {
                disagreeing += 1
            }
        }
        guard disagreeing > 2 * agreeing else { return false }
        let fittedSpan = abs(fitted.value(at: 1) - fitted.value(at: 0))
        let unitChange = (-6...6).contains { k in
            let factor = pow(10, Double(k))
            return [0.0, 1.0].allSatisfy { abs(fitted.value(at: $0) - factor * scale.value(at: $0)) <= 0.05 * fittedSpan }
        }
        return !unitChange
    }

    /// The number in a printed text without a unit around it: "2.4 t" → "2.4", "12 °C" → "12",
    /// "$30" → "30". A percent sign stays (the parser reads "45%" as 45).
    static func numericPart(of text: String) -> String {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        while let first = s.first, "$€£¥".contains(first) { s = s.dropFirst() }
        while let last = s.last, last.isLetter || "°‰µ'\"".contains(last) || last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// What a printed number may say, given the slips OCR makes on small digits: a comma
    /// for the point, a dropped point, a point read twice (glyphs set apart), a dropped minus
    /// sign. The text as read comes first.
    static func plausibleReadings(of text: String) -> [Reading] {
        let number = numericPart(of: text)
        var spellings = [number, number.replacingOccurrences(of: ",", with: "."), number.replacingOccurrences(of: "..", with: ".")]
        let digits = Array(number.drop { "−-–—".contains($0) })
        if digits.count >= 2, digits.allSatisfy(\.isASCIIDigit) {
            let sign = String(number.prefix(number.count - digits.count))
            for i in 1..<digits.count { spellings.append(sign + String(digits[..<i]) + "." + String(digits[i...])) }
        }
        var readings: [Reading] = []
        for spelling in spellings {
            guard let n = NumberParser.parse(spelling) else { continue }
            readings.append((n.value, halfUnit(of: spelling)))
            readings.append((-n.value, halfUnit(of: spelling)))
        }
        return readings
    }

    /// Half a unit of the last of `places` decimal places.
    static func halfUnit(places: Int) -> Double {
        var unit = 1.0
        for _ in 0..<places { unit /= 10 }
        return unit / 2
    }

    /// Half a unit of the last decimal place written ("0.42" → 0.005, "17" → 0.5, and with the
    /// decimal comma the parser accepts, "0,032" → 0.0005).
    static func halfUnit(of text: String) -> Double {
        let decimalComma = !text.contains(".") && NumberParser.isZeroComma(text, signs: "+-−", whole: false)
        let point: Character = decimalComma ? "," : "."
        return halfUnit(places: text.split(separator: point, maxSplits: 1).dropFirst().first?.prefix { $0.isNumber }.count ?? 0)
    }
}
