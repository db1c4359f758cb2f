/// Takes back a brace the `eng` model reads for a small parenthesis: at a few pixels "(" and
/// "{" differ by little ink, but a bracket is closed by one of its own kind.
enum BracketPairing {
    /// `text` with each "{" closed by ")" made "(", and each "}" opened by "(" made ")".
    static func repaired(_ text: String) -> String {
        var characters = Array(text)
        for i in characters.indices {
            if characters[i] == "{", partner(of: i, in: characters, step: 1) == ")" { characters[i] = "(" }
            if characters[i] == "}", partner(of: i, in: characters, step: -1) == "(" { characters[i] = ")" }
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
