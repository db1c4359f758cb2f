/// Reads every text line of a laid-out figure with one OCR line reader.
struct FigureTextReader {
    let reader: LineReader
    /// Checked before each line is read.
    var deadline = Deadline.none

    /// Reads the roled lines and the numbers printed in the grid.
    func read(_ layout: FigureLayout) throws -> FigureText {
        let extractor = LineImageExtractor(image: layout.image, ink: layout.ink, background: layout.background)
        let roled = layout.texts.filter { $0.role != .other }
        var readings: [Int: [Double: RecognizedLine]] = [:]
        // Each line's upright crop at each angle, made once: turning a line drawn at 45°
        // costs more than reading it.
        var uprightCrops: [Int: [Double: RGBAImage]] = [:]
        func uprightCrop(_ i: Int, at angle: Double) -> RGBAImage {
            if let crop = uprightCrops[i]?[angle] { return crop }
            let crop = extractor.upright(roled[i].line, angle: angle)
            uprightCrops[i, default: [:]][angle] = crop
            return crop
        }
        func firstLook(_ i: Int, at angle: Double) throws -> FirstLook {
            let kind: LineKind = roled[i].role == .colorbarTick ? .number : .text
            try deadline.check("text recognition")
            return try reader.firstLook(uprightCrop(i, at: angle), kind: kind)
        }
        func reading(_ i: Int, at angle: Double, from look: FirstLook? = nil) throws -> RecognizedLine {
            if let r = readings[i]?[angle] { return r }
            let r = try reader.read(look ?? firstLook(i, at: angle))
            readings[i, default: [:]][angle] = r
            return r
        }
        let dots = roled.map { Self.dotsText($0.line, ink: layout.ink) }

        // The usual height of level text: lines as wide as tall or wider, at no other angle.
        let level = roled.map(\.line).filter { ($0.angle ?? 0) == 0 && $0.box.width >= $0.box.height }.map { Double($0.box.height) }
        let levelHeight = level.isEmpty ? nil : level.sorted()[level.count / 2]

        // A line without a direction of its own takes its role's: the one most of the role's
        // lines have, or else (single-glyph labels) the one OCR reads them best at.
        var roleAngles: [TextRole: Double] = [:]
        for role in Set(roled.map(\.role)) {
            if let typical = Self.typicalAngle(of: layout.texts.filter { $0.role == role }.map(\.line)) {
                roleAngles[role] = typical
                continue
            }
            let members = roled.indices.filter { roled[$0].role == role && dots[$0] == nil }
            var angles = Self.candidateAngles(
                for: members.map { roled[$0].line }, role: role, ink: layout.ink, levelHeight: levelHeight)
            // The angle is judged on a few of the role's lines, spread along it: the lines of
            // one role are drawn at one angle.
            let judged = Self.spread(members, count: Self.linesJudgingAngle)
            var looks = [try judged.map { try firstLook($0, at: angles[0]) }]
            // Read surely level, the lines are not tried turned (on the four corpora every
            // role whose first looks at 0° were sure kept 0°), unless one is much taller
            // than level text: a turned word Tesseract may read surely as one character.
            let tallLine = judged.contains { Self.isTallerThanLevelText(roled[$0].line, levelHeight: levelHeight) }
            if tallLine || looks[0].reduce(0, { $0 + $1.confidence }) < Self.sureReading * Double(judged.count) {
                looks += try angles.dropFirst().map { angle in try judged.map { try firstLook($0, at: angle) } }
            } else {
                angles = [angles[0]]
            }
            let firstTotals = looks.map { $0.reduce(0.0) { $0 + $1.confidence } }
            let readFully = Self.anglesReadFully(firstTotals: firstTotals, lines: judged.count)
            // The angle whose readings are the most of one numbered name ("R1", "R5": small
            // level labels a turned reading takes for lone glyphs as sure), else the surest.
            var candidates: [(angle: Double, confidence: Double, named: Int)] = []
            for (k, (angle, looks)) in zip(angles, looks).enumerated() where readFully.contains(k) {
                let readings = try zip(judged, looks).map { try reading($0.0, at: angle, from: $0.1) }
                candidates.append((angle, readings.reduce(0.0) { $0 + $1.confidence },
                                   NumberedNames.sharedStemCount(readings.map(\.text))))
            }
            let mostNamed = candidates.map(\.named).max() ?? 0
            if mostNamed >= 2, candidates.filter({ $0.named == mostNamed }).count == 1 {
                candidates.removeAll { $0.named < mostNamed }
            }
            roleAngles[role] = candidates.max { $0.confidence < $1.confidence }?.angle ?? 0
        }

        // Text turned a quarter turn reads bottom to top (90°) in most plotting systems and
        // top to bottom (−90°) in some (pheatmap's column names): a role's turned lines take
        // the direction a few of them read as one numbered name at, or else read better at,
        // or the ink says their letters face.
        var readsDownward: Set<TextRole> = []
        for role in Set(roled.map(\.role)) {
            let turned = roled.indices.filter {
                roled[$0].role == role && dots[$0] == nil && (roled[$0].line.angle ?? roleAngles[role]) == 90
            }
            let sample = turned.count <= 3 ? turned : [turned[0], turned[turned.count / 2], turned[turned.count - 1]]
            // A single glyph (one short word of touching letters) says too little.
            guard sample.reduce(0, { $0 + roled[$1].line.glyphIDs.count }) >= 2 else { continue }
            let up = try sample.reduce(0.0) { $0 + (try reading($1, at: 90)).confidence }
            let top = TurnedTextTop.side(of: turned.map { TurnedTextTop.profile(of: roled[$0].line, ink: layout.ink) })
            let n = Double(sample.count)
            // Read surely at 90°, the lines are not tried upside down unless the ink says
            // their letters' tops face right. (On the four corpora no role read surely at 90°
            // turned out to read top to bottom but one whose ink said so.)
            guard top == .right || up < Self.sureReading * n else { continue }
            // Read upside down, a line is unsure and would get every second look: first looks
            // far below the readings at 90° give −90° up without them, unless the ink says the
            // letters' tops face right. (Where −90° won on the four corpora, its first looks
            // lay at most 34 points a line below.)
            let looks = try sample.map { try firstLook($0, at: -90) }
            guard top == .right || looks.reduce(0, { $0 + $1.confidence }) > up - Self.hopelessDirection * n else { continue }
            let down = try zip(sample, looks).reduce(0.0) { $0 + (try reading($1.0, at: -90, from: $1.1)).confidence }
            // The direction whose readings are more of one numbered name ("S1", "S2"), or all
            // numbers of as many digits ("2001", "2005"); else
            // the clearly better one, or at all when the ink says the letters' tops face right.
            let (downTexts, upTexts) = (try sample.map { try reading($0, at: -90).text }, try sample.map { try reading($0, at: 90).text })
            let boxes = sample.map { roled[$0].line.box }
            let alongX = (boxes.map(\.midX).max() ?? 0) - (boxes.map(\.midX).min() ?? 0)
                >= (boxes.map(\.midY).max() ?? 0) - (boxes.map(\.midY).min() ?? 0)
            let named = NumberedNames.favoursFirst(downTexts, over: upTexts)
                ?? NumberedNames.favoursFirstAsNumbers(downTexts, over: upTexts, positions: boxes.map { alongX ? $0.midX : $0.midY })
            // A lone short line (a unit: "°C" read as "De" turned the other way) says little
            // by its confidence: it must read better by twice the margin to turn from the
            // direction most plotting systems use.
            let short = sample.count == 1 && roled[sample[0]].line.glyphIDs.count <= Self.shortLineGlyphs
            let margin = top == .right ? 0 : (short ? 20 : 10) * n
            if named ?? (down > up + margin) { readsDownward.insert(role) }
        }

        func angle(of i: Int) -> Double {
            let angle = roled[i].line.angle ?? roleAngles[roled[i].role] ?? 0
            return angle == 90 && readsDownward.contains(roled[i].role) ? -90 : angle
        }
        // An axis's tick labels are first looked at all together: those that agree with the
        // axis's pattern (one numbered name, or numbers on a linear scale) get no second looks.
        for role in [TextRole.xTick, .yTick] {
            let members = roled.indices.filter { roled[$0].role == role && dots[$0] == nil }.sorted {
                role == .xTick ? roled[$0].line.box.midX < roled[$1].line.box.midX
                    : roled[$0].line.box.midY < roled[$1].line.box.midY
            }
            let looks = try members.map { i in readings[i]?[angle(of: i)] == nil ? try firstLook(i, at: angle(of: i)) : nil }
            let texts = zip(members, looks).map { i, look in
                Self.collapseWhitespace(look?.result.text ?? readings[i]?[angle(of: i)]?.text ?? "")
            }
            let positions = members.map { role == .xTick ? roled[$0].line.box.midX : roled[$0].line.box.midY }
            let agreeing = TickAgreement.agreeing(texts, positions: positions)
            for (k, i) in members.enumerated() {
                guard let look = looks[k] else { continue }
                readings[i, default: [:]][angle(of: i)] = try reader.read(look, corroborated: agreeing[k])
            }
        }

        var read: [FigureText.ReadLine] = []
        let g = layout.gridBox
        let marked = [PixelRect(minX: Int(g.x), minY: Int(g.y), maxX: Int((g.x + g.width).rounded(.up)), maxY: Int((g.y + g.height).rounded(.up)))]
            + (layout.strip.map { [$0.box] } ?? [])
        for (i, line) in roled.enumerated() {
            let angle = angle(of: i)
            var text: String
            var confidence: Double
            if let dots = dots[i] {
                // OCR drops or garbles a lone row of dots; their shape says what they are.
                (text, confidence) = (dots, 100)
            } else {
                let r = try reading(i, at: angle)
                (text, confidence) = (Self.collapseWhitespace(r.text), r.confidence)
                if line.role == .colorbarTick, let again = try reader.rereadShortNumber(uprightCrop(i, at: angle), reading: text) {
                    (text, confidence) = (Self.collapseWhitespace(again.text), again.confidence)
                }
            }
            if line.role.isTick {
                text = MinusSignCheck.repaired(text, line: line.line, angle: angle, ink: layout.ink, marked: marked)
                // The crop is looked at for a colour bar's labels only, on which every value
                // depends (a year on an axis, "2005", showed a stray dot at mid-grey).
                text = DecimalPointCheck.repaired(
                    text, line: line.line, angle: angle, ink: layout.ink,
                    upright: line.role == .colorbarTick ? { uprightCrop(i, at: angle) } : nil)
            }
            read.append(.init(line: line.line, role: line.role, angle: angle, text: text, confidence: confidence))
        }
        // A line of one glyph about as wide as tall (upright), read as three characters or
        // more, is read again at half the size, and a reading of one character kept: such a
        // glyph is one character, where a wider one may be letters that touch ("c36"). Read
        // as two with a letter, it keeps only a symbol so read (a serif "%" read "Ge"): two
        // characters may be one glyph of touching ones ("R2", "12").
        for i in read.indices where dots[i] == nil && Self.isOneCharacter(read[i]) {
            let text = read[i].text
            guard text.count >= 3 || (text.count == 2 && text.contains(where: \.isLetter)) else { continue }
            let upright = uprightCrop(i, at: read[i].angle)
            let accepts = { (again: String) in
                again.count == 1 && (text.count >= 3 || !again.contains { $0.isLetter || $0.isNumber })
            }
            if let again = try Self.firstReading(of: [{ try reader.readReduced(upright) }], accepts: accepts) {
                read[i].text = again
            }
        }
        // On a linear line of number labels (an axis, a colour bar), a label OCR read as no
        // number (and that `rereads` picks) is read again by `readings`, and the first reading
        // kept whose value is the one the line has there.
        func rereadMissingNumbers(
            _ indices: [Int], positions: [Double], rereads: (String) -> Bool = { _ in true },
            readings: (Int) -> [() throws -> RecognizedLine]
        ) throws {
            let values = indices.map { Self.tickValue(read[$0].text) }
            guard values.contains(nil), let line = NumericTickLine(values: values, positions: positions) else { return }
            for (k, i) in indices.enumerated() where values[k] == nil && rereads(read[i].text) {
                let again = try Self.firstReading(of: readings(k)) { text in
                    Self.tickValue(text).map { line.holds($0, at: positions[k]) } ?? false
                }
                if let again { read[i].text = again }
            }
        }
        // A colour bar's labels were read as numbers already: a label read as no digit at all
        // (nothing, a "•") is read again larger. (Dashes and such are the scale's to repair.)
        if let strip = layout.strip {
            let indices = read.indices.filter { read[$0].role == .colorbarTick }
            let positions = indices.map { strip.orientation == .vertical ? read[$0].line.box.midY : read[$0].line.box.midX }
            let enlarged = { (k: Int) in try reader.readEnlargedNumber(uprightCrop(indices[k], at: read[indices[k]].angle)) }
            try rereadMissingNumbers(indices, positions: positions, rereads: { !$0.contains(where: \.isNumber) }) { k in
                [{ try enlarged(k) }]
            }
            let labels = indices.map { read[$0].text }
            if let again = try OffLineNumbers.reread(labels, positions: positions, reread: { k in
                Self.collapseWhitespace(try enlarged(k).text)
            }) {
                for (i, text) in zip(indices, again) { read[i].text = text }
            }
            // A label with a unit ("0.04 µm") read as number characters loses the unit or
            // turns it into some ("0.04e"): a label with digits read as no number is read
            // again as text, and kept when that reading is a number and a unit.
            for i in indices where Self.tickValue(read[i].text) == nil && read[i].text.contains(where: \.isNumber) {
                let again = Self.collapseWhitespace(try reader.read(uprightCrop(i, at: read[i].angle), kind: .text).text)
                if UnitSuffix.split(again) != nil { read[i].text = again }
            }
        }
        for role in [TextRole.xTick, .yTick] {
            let indices = read.indices.filter { read[$0].role == role }
            let positions = indices.map { role == .xTick ? read[$0].line.box.midX : read[$0].line.box.midY }
            // The labels' upright crops, made once when a repair first needs them.
            lazy var upright = indices.map { uprightCrop($0, at: read[$0].angle) }
            // An axis label is read again as a number at the usual size, then larger.
            try rereadMissingNumbers(indices, positions: positions) { k in
                [{ try reader.read(upright[k], kind: .number) }, { try reader.readEnlargedNumber(upright[k]) }]
            }
            var repaired = try TickAxisRepair.repair(indices.map { read[$0].text }, positions: positions) {
                reading in try upright.map { try reader.leadingGlyph(of: $0, reading: reading) }
            }
            let extents = indices.map { read[$0].upright(read[$0].line.box).width }
            repaired = CountedLabelFill.filled(repaired, positions: positions, extents: extents)
            if repaired.contains(where: { $0.contains(where: \.isLetter) }) {
                repaired = TickLetterCase.repaired(repaired, heights: upright.map { reader.glyphHeights(of: $0) })
            }
            repaired = MissingStemRepair.repaired(repaired, extents: extents)
            // A letter opening a label drawn as the zeros inside labels is a zero ("D0h": "00h").
            if repaired.contains(where: { $0.first.map(GlyphTwins.zeroLookalikes.contains) == true })
                && repaired.contains(where: { $0.dropFirst().contains("0") }) {
                repaired = GlyphTwins.repaired(repaired, shapes: upright.map { reader.glyphShapes(of: $0) })
            }
            repaired = CalendarNameRepair.repair(repaired, positions: positions, extents: extents)
            for (i, text) in zip(indices, repaired) { read[i].text = text }
        }
        let labelRoles: Set<TextRole> = [.xLabel, .yLabel, .colorbarLabel]
        // A label read in capitals shows its small letters by their height ("ROW": "Row", "Ms": "ms").
        for i in read.indices where labelRoles.contains(read[i].role) && LabelLetterCase.mayBeMiscased(read[i].text) {
            read[i].text = LabelLetterCase.cased(read[i].text, heights: reader.glyphHeights(of: uprightCrop(i, at: read[i].angle)))
        }
        // A one-letter label whose case is only a matter of size takes the case the other
        // labels' font says.
        func heights(_ r: FigureText.ReadLine) -> [Double] {
            r.line.glyphIDs.map { Double(r.upright(layout.ink.components[$0].box).height) }
        }
        // A line whose glyphs do not show both heights (letters touching) shows them column by column.
        func fontHeights(_ r: FigureText.ReadLine) -> [Double] {
            let glyphs = heights(r)
            guard LoneLetterCase.fontHeights([glyphs]) == nil,
                let measured = WordHeights.measured(glyphIDs: r.line.glyphIDs, ink: layout.ink, angle: r.angle)
            else { return glyphs }
            return [measured.capHeight, measured.xHeight]
        }
        let labelled = read.indices.filter { labelRoles.contains(read[$0].role) }
        let lone = labelled.filter { read[$0].line.glyphIDs.count == 1 }
        // Each label's font heights, measured once (from its ink, which no repair changes).
        let measured = lone.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: labelled.map { ($0, fontHeights(read[$0])) })
        for i in lone {
            let references = labelled.filter { $0 != i }.compactMap { measured[$0] }
            if let text = LoneLetterCase.decided(read[i].text, height: heights(read[i])[0], references: references) {
                read[i].text = text
            }
        }
        // A word of a title or label opening with a zero is a word opening with an O; a 1
        // among lowercase letters is an l.
        for i in read.indices where labelRoles.contains(read[i].role) || read[i].role == .title {
            read[i].text = OneInWord.repaired(LeadingZeroLetter.repaired(read[i].text))
        }
        // Word spaces OCR left out of a level title or label, where the ink shows them.
        for i in read.indices where (labelRoles.contains(read[i].role) || read[i].role == .title) && read[i].angle == 0 {
            read[i].text = WordSpacing.spaced(
                read[i].text, glyphBoxes: read[i].line.glyphIDs.map { layout.ink.components[$0].box },
                lineHeight: read[i].line.box.height)
        }
        // Printed numbers are cropped with the cell around them and read as numbers, from
        // their ink against the cell's colour (`PrintInk`). The crop takes in faint ink
        // beside the line in its cell: glyphs that fell apart into specks are still the
        // cell's text. Grid lines drawn across a print are erased first (`CellGridLines`).
        let crops = layout.annotations.map { line in
            let ink = Self.faintInkSpan(beside: line.box, in: layout)
            let colour = Self.cellColour(under: line.box, in: layout)
            let crop = CellGridLines.erased(
                in: layout.image,
                crop: PixelRect(
                    minX: min(line.box.minX, ink.lowerBound) - 2, minY: line.box.minY - 2,
                    maxX: max(line.box.maxX, ink.upperBound) + 2, maxY: line.box.maxY + 2),
                cell: Self.cellInterior(under: line.box, in: layout), print: line.box, colour: colour)
            return PrintInk.image(of: crop, on: colour)
        }
        func readPrint(_ line: TextLine, _ crop: RGBAImage) throws -> FigureText.Annotation {
            try deadline.check("text recognition")
            // Nothing left once grid lines are erased: no print (OCR reads a blank as "7").
            guard !PrintInk.isBlank(crop) else { return .init(line: line, text: "") }
            let number = Self.collapseWhitespace(try reader.read(crop, kind: .number).text)
            guard NumberParser.parse(PrintedNumbers.numericPart(of: number)) == nil else {
                return .init(line: line, text: number)
            }
            // A number with a unit ("2.4 t", "12 °C") is not all number characters: read as text.
            let text = Self.collapseWhitespace(try reader.read(crop, kind: .text).text)
            let isNumber = NumberParser.parse(PrintedNumbers.numericPart(of: text)) != nil
            return .init(line: line, text: isNumber ? text : number)
        }
        // The first lines say whether the ink in the cells is printed numbers at all; if not
        // (dashed grid lines over the cells), the rest is not read and the cells print nothing.
        var annotations = try PrintedNumberSample.read(crops.count, text: \.text) { k in
            try readPrint(layout.annotations[k], crops[k])
        }
        // A print whose decimal places differ from the others' is read again, as text,
        // enlarged and with its glyphs set apart, and the reading in the common format kept.
        // Where every way was read, the readings are kept for the value stage.
        var readAgain: [Int: [String]] = [:]
        if let common = PrintedFormat.common(annotations.map(\.text)) {
            for k in annotations.indices where PrintedFormat.places(annotations[k].text) != common {
                let ways = Self.otherReadings(of: crops[k], by: reader)
                var texts: [String] = []
                for way in ways {
                    let text = Self.collapseWhitespace(try way().text)
                    texts.append(text)
                    if PrintedFormat.places(text) == common {
                        annotations[k].text = text
                        break
                    }
                }
                if texts.count == ways.count { readAgain[k] = texts }
            }
        }
        // The same readings, made only when the value stage asks: for a print that disagrees
        // with its cell's colour. Past the deadline there are none.
        for k in annotations.indices {
            let (reader, crop, deadline, made) = (reader, crops[k], deadline, readAgain[k])
            annotations[k].otherReadings = {
                guard (try? deadline.check("text recognition")) != nil else { return [] }
                return made ?? Self.otherReadings(of: crop, by: reader).compactMap { reading in
                    (try? reading()).map { Self.collapseWhitespace($0.text) }
                }
            }
        }
        return FigureText(lines: read, annotations: annotations)
    }

    /// A printed number read in the ways besides the first: as text, enlarged, and with its
    /// glyphs set apart.
    static func otherReadings(of crop: RGBAImage, by reader: LineReader) -> [() throws -> RecognizedLine] {
        [{ try reader.read(crop, kind: .text) }, { try reader.readEnlargedNumber(crop) },
         { try reader.read(SpacedGlyphs.image(crop), kind: .number) }]
    }

    /// How many times as wide as tall (upright) one glyph may be and still be taken for a
    /// single character ("%" is 1.2; touching letters such as "Fri" at 72 dpi are 1.4).
    static let widestLoneCharacter = 1.25

    /// Whether a line is one glyph no wider (upright) than one character is.
    static func isOneCharacter(_ line: FigureText.ReadLine) -> Bool {
        let (width, height) = line.upright(line.line.box)
        return line.line.glyphIDs.count == 1 && Double(width) <= widestLoneCharacter * Double(height)
    }

    /// The first of `readings`, made in order and only as far as needed, that `accepts`
    /// takes (whitespace collapsed); nil when it takes none.
    static func firstReading(
        of readings: [() throws -> RecognizedLine], accepts: (String) -> Bool
    ) throws -> String? {
        for reading in readings {
            let text = collapseWhitespace(try reading().text)
            if accepts(text) { return text }
        }
        return nil
    }

    /// The number a tick label reads as, a leading dash taken for a minus sign.
    static func tickValue(_ label: String) -> Double? {
        NumberParser.parse(TickLabelRepair.minusSigned(label))?.value
    }

    /// The most glyphs a line may have to be judged short when choosing its direction.
    static let shortLineGlyphs = 3

    /// How many of a role's lines its angle is judged on.
    static let linesJudgingAngle = 5

    /// At most `count` of `items`, evenly spread from the first to the last.
    static func spread<T>(_ items: [T], count: Int) -> [T] {
        guard items.count > count else { return items }
        guard count > 1 else { return Array(items.prefix(count)) }
        return (0..<count).map { items[$0 * (items.count - 1) / (count - 1)] }
    }

    /// How far (points a line) the first looks at −90° may fall below the full readings at
    /// 90° before −90° is given up without second looks.
    static let hopelessDirection = 40.0
    /// The mean confidence a line's reading needs to be taken as sure.
    static let sureReading = 90.0

    /// How far (points a line) a role's first looks at one candidate angle may fall behind
    /// those at another before the angle is given up without second looks. (Where a role of
    /// two or more lines took an angle on the four corpora, its first looks there were the best.)
    static let hopelessAngle = 30.0
    /// How many of a role's candidate angles, best first looks first, are read in full to
    /// judge it. (Where a role of two or more lines took an angle on the four corpora, its
    /// first looks there were the best; the runner-up is read as well for safety.)
    static let maxAnglesReadFully = 2

    /// The candidate angles (indices into `firstTotals`, the summed confidences of a role's
    /// judged lines' first looks at each) that are read in full, second looks and all.
    /// Turned the wrong way, lines are unsure and would get every second look: an angle
    /// whose first looks fall far behind the best's (`hopelessAngle` a line), or behind
    /// those of `maxAnglesReadFully` others, is given up without them. One line's first
    /// look is too unsure to judge by: all its angles are read.
    static func anglesReadFully(firstTotals: [Double], lines: Int) -> [Int] {
        guard lines > 1, let bestFirst = firstTotals.max() else { return Array(firstTotals.indices) }
        let leading = firstTotals.indices.sorted { a, b in
            firstTotals[a] != firstTotals[b] ? firstTotals[a] > firstTotals[b] : a < b
        }.prefix(maxAnglesReadFully)
        return leading.filter { firstTotals[$0] > bestFirst - hopelessAngle * Double(lines) }.sorted()
    }

    /// The grid cell (row, column) a box's middle lies in, clamped to the grid.
    static func cell(under box: PixelRect, in layout: FigureLayout) -> (row: Int, column: Int) {
        let column = Int(((box.midX - layout.gridBox.x) / layout.cellWidth).rounded(.down))
        let row = Int(((box.midY - layout.gridBox.y) / layout.cellHeight).rounded(.down))
        return (max(0, min(layout.rows - 1, row)), max(0, min(layout.columns - 1, column)))
    }

    /// The pixels of the grid cell a box's middle lies in, two in from its edges (which
    /// blend with the neighbours).
    static func cellInterior(under box: PixelRect, in layout: FigureLayout) -> PixelRect {
        let (row, column) = cell(under: box, in: layout)
        let (x0, y0, w, h) = (layout.gridBox.x, layout.gridBox.y, layout.cellWidth, layout.cellHeight)
        return PixelRect(
            minX: max(0, Int((x0 + Double(column) * w).rounded(.up)) + 2),
            minY: max(0, Int((y0 + Double(row) * h).rounded(.up)) + 2),
            maxX: min(layout.image.width, Int((x0 + Double(column + 1) * w).rounded(.down)) - 2),
            maxY: min(layout.image.height, Int((y0 + Double(row + 1) * h).rounded(.down)) - 2))
    }

    /// The colour of the grid cell a box's middle lies in.
    static func cellColour(under box: PixelRect, in layout: FigureLayout) -> RGBA {
        let (row, column) = cell(under: box, in: layout)
        return layout.cellColours[row][column]
    }

    /// The columns, within the grid cell a box's middle lies in (two pixels in from its
    /// edges, which blend with the neighbours), where pixels level with the box differ
    /// faintly from the cell's colour, reached from the box's own columns across blank
    /// runs no wider than half the box's height (a tile's edge, half a gap away, is no
    /// text); the box's own columns when none do.
    static func faintInkSpan(beside box: PixelRect, in layout: FigureLayout) -> Range<Int> {
        let colour = cellColour(under: box, in: layout)
        let interior = cellInterior(under: box, in: layout)
        let (lo, hi) = (interior.minX, interior.maxX)
        let ys = max(0, box.minY)..<min(layout.image.height, box.maxY)
        let isInked = { (x: Int) in ys.contains { layout.image[x, $0].channelDistance(to: colour) > 32 } }
        func reach(from start: Int, by step: Int, to end: Int) -> Int? {
            var found: Int?, blank = 0, x = start
            while (step < 0 ? x > end : x < end) && 2 * blank <= box.height {
                if isInked(x) { found = x; blank = 0 } else { blank += 1 }
                x += step
            }
            return found
        }
        // Failing ink beside it, the box's own inked columns.
        let inner = max(lo, box.minX)..<max(max(lo, box.minX), min(hi, box.maxX))
        let first = reach(from: min(box.minX, hi) - 1, by: -1, to: lo - 1) ?? inner.first(where: isInked)
        let last = reach(from: max(box.maxX, lo), by: 1, to: hi) ?? inner.last(where: isInked)
        guard let first, let last, first <= last else { return box.minX..<box.maxX }
        return first..<(last + 1)
    }

    /// The angles lines of `role` without a direction of their own may be drawn at, judged
    /// by their boxes (and the height of level text): upright always; ±90° when one looks
    /// turned, and 90° for a y-axis label of one glyph, which most plotting systems turn
    /// whatever its box says (a turned "y" is about square); for tick labels, ±45° when a
    /// single glyph's box is about square (upright characters are taller than wide) or a
    /// short word of touching letters runs diagonally.
    static func candidateAngles(
        for lines: [TextLine], role: TextRole, ink: ConnectedComponents, levelHeight: Double?
    ) -> [Double] {
        let tickLabels = role.isTick
        var angles: [Double] = [0]
        // A glyph much taller than level text (and taller than wide) is a turned word of
        // touching letters, whatever the figure's typical glyph.
        let tall = { (line: TextLine) in isTallerThanLevelText(line, levelHeight: levelHeight) }
        // Nor is a glyph much wider than level text is tall a turned character: a turned
        // character is as wide as it was tall. It is a level word of touching letters.
        let wide = { (line: TextLine) in levelHeight.map { Double(line.box.width) >= 1.4 * $0 } ?? false }
        // Turned text reads bottom to top in most plotting systems; tick labels top to
        // bottom in some (pheatmap's column names).
        let loneAxisLetter = role == .yLabel && lines.contains { $0.glyphIDs.count == 1 }
        if lines.contains(where: { (mayBeTurned($0) && !wide($0)) || tall($0) }) || loneAxisLetter { angles += tickLabels ? [90, -90] : [90] }
        let diagonal = lines.contains { line in
            isSquareGlyph(line) || (line.glyphIDs.count == 1
                && TextLineGrouper.isTurnedBlock(ink.components[line.glyphIDs[0]], size: line.glyphSize))
        }
        if tickLabels && diagonal { angles += [45, -45] }
        return angles
    }

    /// Whether a line is much taller than level text is (and taller than wide): turned.
    static func isTallerThanLevelText(_ line: TextLine, levelHeight: Double?) -> Bool {
        levelHeight.map { Double(line.box.height) >= 1.4 * $0 && Double(line.box.height) > 1.15 * Double(line.box.width) } ?? false
    }

    /// A single character turned by 45° fills an about square box.
    static func isSquareGlyph(_ line: TextLine) -> Bool {
        let w = Double(line.box.width), h = Double(line.box.height)
        return max(w, h) < 1.5 * line.glyphSize && w >= 0.85 * h && w <= 1.2 * h
    }

    /// The angle most lines of a role share; a diagonal one only when at least half of the
    /// role's lines have it (a tick label and the legend title under it, joined at 45°, do
    /// not turn a role of short level labels whose direction the grouping left open).
    static func typicalAngle(of lines: [TextLine]) -> Double? {
        var counts: [Double: Int] = [:]
        for a in lines.compactMap(\.angle) { counts[a, default: 0] += 1 }
        guard let typical = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
            abs(typical.key) != 45 || 2 * typical.value >= lines.count
        else { return nil }
        return typical.key
    }

    /// Whether a line of one component may be drawn at 90°: a single character is
    /// taller than wide when upright, a word of touching letters wider than tall.
    static func mayBeTurned(_ line: TextLine) -> Bool {
        let w = Double(line.box.width), h = Double(line.box.height)
        let isWord = max(w, h) >= 1.5 * line.glyphSize
        return isWord ? h > 1.15 * w : w > 1.15 * h
    }

    /// "..." for a line made only of two or more small, round, equal dots; "•" for a line
    /// that is one round dot about half a letter high (a separator standing alone), inked
    /// at the middle of each side of its box (a bold "x", as square and as full, is not).
    static func dotsText(_ line: TextLine, ink: ConnectedComponents) -> String? {
        if line.glyphIDs.count == 1 {
            let c = ink.components[line.glyphIDs[0]]
            let w = Double(c.box.width), h = Double(c.box.height)
            let round = max(w, h) <= 1.3 * min(w, h) && c.fill >= 0.6 && isSolid(c, ink: ink)
            return round && (0.3...0.7).contains(max(w, h) / line.glyphSize) ? "•" : nil
        }
        let boxes = line.glyphIDs.map { ink.components[$0] }
        let small = boxes.allSatisfy { c in
            let w = Double(c.box.width), h = Double(c.box.height)
            return max(w, h) <= 0.35 * line.glyphSize && max(w, h) <= 1.6 * min(w, h) && c.fill >= 0.5
        }
        return small ? String(repeating: ".", count: boxes.count) : nil
    }

    /// Whether a component's ink reaches the middle of each side of its box (either middle
    /// pixel where a side has an even length), as a dot's does.
    static func isSolid(_ c: ConnectedComponents.Component, ink: ConnectedComponents) -> Bool {
        let b = c.box
        let xs = Set([(b.minX + b.maxX - 1) / 2, (b.minX + b.maxX) / 2]), ys = Set([(b.minY + b.maxY - 1) / 2, (b.minY + b.maxY) / 2])
        let has = { (x: Int, y: Int) in ink.label(x: x, y: y) == c.id }
        return xs.contains { has($0, b.minY) } && xs.contains { has($0, b.maxY - 1) }
            && ys.contains { has(b.minX, $0) } && ys.contains { has(b.maxX - 1, $0) }
    }

    static func collapseWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
