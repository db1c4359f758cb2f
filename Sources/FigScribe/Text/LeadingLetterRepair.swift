/// Restores the letter that opens every label of an axis of counted labels ("S1" … "S12",
/// "B1" … "B8", "s01" … "s26", "C1" … "C10"), which OCR reads as a digit ("51" … "512")
/// or in the wrong case ("c1").
///
/// It works on the whole axis: when most labels open with the same look-alike digit, or
/// the same letter whose capital differs only in size, and go on with digits, the first
/// glyph of each is measured (read alone as a letter, and its height against the digits
/// after it). The axis takes the letter when two thirds of its labels (half, when no other
/// letter is read) read as that letter alone, more surely than as a digit, or when the
/// labels count evenly along the axis only without their first character ("51", "53" …
/// "59", "511" … "517" for "S1" … "S17") and one letter of the glyphs' case stands for the
/// digit; when most first glyphs are clearly shorter than the
/// digits (no digit is), the small letter the digit stands for; when they are plain bars
/// where a one would carry a flag, I; when their left edge is a straight stem where the
/// digit's is round, the stemmed letter (B for 8).
enum LeadingLetterRepair {
    /// Digits OCR reads in place of letters: digit → the letters it may stand for.
    static let letterLookalikes: [Character: Set<Character>] = [
        "5": ["S", "s"], "8": ["B"], "7": ["T"], "0": ["O", "o", "D"], "1": ["I", "l"],
        "2": ["Z", "z"], "6": ["G", "b"], "9": ["g", "q"], "4": ["A"], "3": ["B", "s"],
    ]
    /// Digits OCR reads for a letter whose left edge is a straight stem, where the digit's is round.
    static let stemLetters: [Character: Character] = ["8": "B", "3": "B", "0": "D"]
    /// Letters whose capital differs from the small letter only in size.
    static let sizeOnlyLetters = Set(GlyphRepairer.lowercaseLookalikes.flatMap { [$0, Character($0.uppercased())] })
    /// A first glyph at least this tall against the digits after it is a capital.
    static let capitalHeight = 0.88
    /// A first glyph taller than this against the digits after it is two glyphs run together.
    static let mergedHeight = 1.1

    /// Whether an axis's labels look like counted labels opening with a doubtful character:
    /// the character most of them (three quarters, and at least two) open with, followed by
    /// a digit or a letter OCR reads for one. Letters differing only in size count as one
    /// (returned small).
    static func doubtfulOpening(of labels: [String]) -> Character? {
        let digitLike = Set("lIoOsSzZ")
        let counted = labels.filter { l in
            guard l.count >= 2, let second = l.dropFirst().first else { return false }
            return second.isNumber || digitLike.contains(second)
        }
        var counts: [Character: Int] = [:]
        for l in counted { counts[opening(of: l), default: 0] += 1 }
        guard let (opening, n) = counts.max(by: { $0.value < $1.value }), n >= 2, 4 * n >= 3 * labels.count,
            letterLookalikes[opening] != nil || sizeOnlyLetters.contains(opening), !isZeroPadding(opening, in: labels)
        else { return nil }
        return opening
    }

    /// Whether a leading 0 pads numbers to one width: another label of the same length
    /// opens with another digit, digits standing where the zero's labels have them ("10h"
    /// beside "00h" … "09h").
    private static func isZeroPadding(_ opening: Character, in labels: [String]) -> Bool {
        guard opening == "0" else { return false }
        func shape(_ label: String) -> String { String(label.dropFirst().map { $0.isASCIIDigit ? "#" : $0 }) }
        let padded = Set(labels.filter { $0.first == "0" }.map { "\($0.count)" + shape($0) })
        return labels.contains { label in
            guard let first = label.first, first.isASCIIDigit, first != "0" else { return false }
            return padded.contains("\(label.count)" + shape(label))
        }
    }

    /// A label's first character, small when its capital differs only in size.
    private static func opening(of label: String) -> Character {
        guard let first = label.first else { return " " }
        return sizeOnlyLetters.contains(first) ? Character(first.lowercased()) : first
    }

    /// The labels with their opening repaired.
    /// - Parameters:
    ///   - labels: an axis's labels as read.
    ///   - glyphs: each label's first glyph measured alone (nil where it was not measured).
    ///   - readGlyphs: the same glyphs also read alone by OCR, asked for only when the
    ///     letter is to come from those readings.
    ///   - positions: each label's centre along the axis, when known.
    static func repair(
        _ labels: [String], glyphs: [LeadingGlyph?], readGlyphs: () throws -> [LeadingGlyph?],
        positions: [Double]? = nil
    ) rethrows -> [String] {
        guard let opening = doubtfulOpening(of: labels) else { return labels }
        let measured = glyphs.compactMap { $0 }
        guard 2 * measured.count >= labels.count, !measured.isEmpty else { return labels }
        // A first glyph clearly taller than the digits after it ran into the next one: its
        // height says nothing of its case.
        let sized = measured.filter { $0.relativeHeight <= mergedHeight }
        let tall = sized.filter { $0.relativeHeight >= capitalHeight }.count
        let isCapital = 2 * tall >= sized.count
        let letter: Character
        let bars = measured.filter(\.isBar).count
        if let candidates = letterLookalikes[opening], !isCapital,
            let small = candidates.first(where: { sizeOnlyLetters.contains($0) && $0.isLowercase })
        {
            // Digits are all as tall as each other: an opening glyph clearly shorter than the
            // digits after it is the small letter the digit was read for ("s01" read "501").
            letter = small
        } else if opening == "1", 3 * bars >= 2 * measured.count {
            // A plain bar where a one would carry a flag: a capital I ("I1" read "11").
            letter = "I"
        } else if let stemmed = stemLetters[opening], 3 * measured.filter(\.hasLeftStem).count >= 2 * measured.count {
            // A straight stem down the left edge where the digit is round: the letter ("B1" read "81").
            letter = stemmed
        } else if let candidates = letterLookalikes[opening] {
            // The letter most first glyphs read as alone, if it is one the digit stands for.
            let read = try readGlyphs().compactMap { $0 }
            var votes: [Character: Int] = [:]
            for g in read where g.isLetter {
                guard let l = g.letter else { continue }
                let cased = sizeOnlyLetters.contains(l) ? (isCapital ? Character(l.uppercased()) : Character(l.lowercased())) : l
                votes[cased, default: 0] += 1
            }
            // Two thirds of the first glyphs read as the letter, or half when no other
            // letter is read.
            if let (best, n) = votes.max(by: { $0.value < $1.value }), candidates.contains(best),
                3 * n >= 2 * measured.count || (votes.count == 1 && 2 * n >= measured.count)
            {
                letter = best
            } else if let positions, countsOnlyWithoutOpening(labels, positions: positions),
                let only = soleLetter(among: candidates, capital: isCapital)
            {
                letter = only
            } else {
                return labels
            }
        } else {
            letter = isCapital ? Character(opening.uppercased()) : Character(opening.lowercased())
        }
        return labels.map { Self.opening(of: $0) == opening ? String(letter) + $0.dropFirst() : $0 }
    }

    /// The one letter among `candidates` in the case given, nil when there are none or several.
    private static func soleLetter(among candidates: Set<Character>, capital: Bool) -> Character? {
        let cased = candidates.filter { capital ? $0.isUppercase : $0.isLowercase }
        return cased.count == 1 ? cased.first : nil
    }

    /// Whether every label opens with one character and is a whole number after it, and
    /// those numbers lie on one linear scale along the axis while the labels read whole do
    /// not: the first character is no digit of the count.
    static func countsOnlyWithoutOpening(_ labels: [String], positions: [Double]) -> Bool {
        guard labels.count >= TickAgreement.fewestAgreeing, labels.count == positions.count,
            let first = labels.first?.first, labels.allSatisfy({ $0.first == first })
        else { return false }
        let rest = labels.map { label in Int(label.dropFirst()).map(Double.init) }
        let whole = labels.map { label in Int(label).map(Double.init) }
        guard !rest.contains(nil) else { return false }
        return NumericTickLine(values: rest, positions: positions) != nil
            && NumericTickLine(values: whole, positions: positions) == nil
    }
}
