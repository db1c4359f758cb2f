extension Character {
    /// Whether the character is one of the ASCII digits 0–9 (not another script's digit, a
    /// superscript or a fraction, which `isNumber` also accepts).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
