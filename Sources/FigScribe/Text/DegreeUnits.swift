/// Temperature units after a degree sign are capitals: °C and °F. OCR reads the C in the
/// size of its small letter after the small ° ("°c").
enum DegreeUnits {
    /// `text` with a small c or f that stands alone after a degree sign capitalised.
    static func capitalised(_ text: String) -> String {
        var chars = Array(text)
        for i in chars.indices.dropFirst() where chars[i - 1] == "°" && (chars[i] == "c" || chars[i] == "f") {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            if next.map({ !$0.isLetter }) ?? true { chars[i] = Character(chars[i].uppercased()) }
        }
        return String(chars)
    }
}
