/// Temperature units after a degree sign are capitals: °C and °F. OCR reads the C in the
/// size of its small letter after the small ° ("°c"), or reads it twice, in both sizes
/// ("°Cc": a 7-px C at 90 dpi).
enum DegreeUnits {
    /// `text` with a small c or f that stands alone after a degree sign capitalised, and a
    /// capital C or F after one followed by its small letter, ending the word, read once.
    static func capitalised(_ text: String) -> String {
        var chars = Array(text)
        var i = 1
        while i < chars.count {
            defer { i += 1 }
            guard chars[i - 1] == "°", "cfCF".contains(chars[i]) else { continue }
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            let afterNext = i + 2 < chars.count ? chars[i + 2] : nil
            if chars[i].isUppercase, let next, String(next) == chars[i].lowercased(), afterNext.map({ !$0.isLetter }) ?? true {
                chars.remove(at: i + 1)
            } else if chars[i].isLowercase, next.map({ !$0.isLetter }) ?? true {
                chars[i] = Character(chars[i].uppercased())
            }
        }
        return String(chars)
    }
}
