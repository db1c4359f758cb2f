/// Takes back a brace or square bracket the `eng` model reads for a small parenthesis: at a
/// few pixels "(", "{" and "[" differ by little ink, but a bracket is closed by one of its
/// own kind. A word closed by ")" that nothing opens, two to five characters long, opening
/// with a letter OCR reads for a small "(" ("t", "f", "l" …), opens with the bracket
/// ("Time th)" for "Time (h)").
enum BracketPairing {
    /// Letters the `eng` model reads for a small opening parenthesis.
    static let openingLookalikes: Set<Character> = ["t", "f", "l", "1", "I", "|"]

    /// `text` with each "{" or "[" closed by ")" made "(", each "}" opened by "(" made ")", and
    /// each unopened ")" word's look-alike opening made "(".
    static func repaired(_ text: String) -> String {
        var characters = Array(text)
        for i in characters.indices {
            if "{[".contains(characters[i]), partner(of: i, in: characters, step: 1) == ")" { characters[i] = "(" }
            if characters[i] == "}", partner(of: i, in: characters, step: -1) == "(" { characters[i] = ")" }
        }
        for i in characters.indices where characters[i] == ")" && partner(of: i, in: characters, step: -1) == nil {
            // The word's first character: after the last space before the bracket.
            let start = characters[..<i].lastIndex(of: " ").map { $0 + 1 } ?? 0
            if (1...4).contains(i - start), openingLookalikes.contains(characters[start]), !characters[start..<i].contains("(") {
                characters[start] = "("
            }
        }
        return String(characters)
    }

    /// The bracket that closes (step 1) or opens (step −1) the bracket at `i`, skipping
    /// brackets nested between them.
    private static func partner(of i: Int, in characters: [Character], step: Int) -> Character? {
        let (inward, outward) = step > 0 ? ("([{", ")]}") : (")]}", "([{")
        var depth = 0
        for j in stride(from: i + step, to: step > 0 ? characters.count : -1, by: step) {
            if inward.contains(characters[j]) {
                depth += 1
            } else if outward.contains(characters[j]) {
                if depth == 0 { return characters[j] }
                depth -= 1
            }
        }
        return nil
    }
}
