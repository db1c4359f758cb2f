/// A capital O that OCR read as the digit 0 at the start of a word: "0ccupancy", "0xygen".
///
/// No number is written as a zero followed by a word, so in a title or label a word that
/// opens with "0" and goes on with three lowercase letters, and holds no other digit, opens
/// with the letter (a unit run into its number, "0mm", "0ms", is two letters). Tick labels
/// are left alone: their zeros are numbers ("0h", "0s") and their repairs rest on the other
/// labels of the axis.
enum LeadingZeroLetter {
    /// `text` with each such word's opening 0 made an O.
    static func repaired(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let rest = word.dropFirst()
            guard word.first == "0", rest.count >= 3,
                rest.prefix(3).allSatisfy({ $0.isLowercase }),
                !rest.contains(where: \.isNumber)
            else { return String(word) }
            return "O" + rest
        }
        return words.joined(separator: " ")
    }
}
