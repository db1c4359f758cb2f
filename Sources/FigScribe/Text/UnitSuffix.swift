import Foundation

/// A number label followed by a unit: "0.04 µm", "12 °C", "5 kg".
enum UnitSuffix {
    /// Characters a unit may be made of besides letters.
    static let unitSymbols: Set<Character> = ["°", "µ", "μ", "‰", "'", "\"", "/", "²", "³"]

    /// The number and the unit of a label that does not parse as a number as it stands but
    /// does once a unit after it is set aside. The unit is set apart by a space or is two
    /// characters or more: a lone letter stuck to the digits is a misread ("0.04e", a unit
    /// squeezed into the number characters), not a unit.
    /// - Returns: nil when the label is a number as it stands, or is not one with a unit.
    static func split(_ label: String) -> (number: String, unit: String)? {
        let text = label.trimmingCharacters(in: .whitespaces)
        guard NumberParser.parse(text) == nil else { return nil }
        let isUnit = { (c: Character) in c.isLetter || unitSymbols.contains(c) || c == " " }
        let unit = String(text.reversed().prefix(while: isUnit).reversed())
        let trimmedUnit = unit.trimmingCharacters(in: .whitespaces)
        let number = String(text.dropLast(unit.count))
        guard !trimmedUnit.isEmpty, unit.first == " " || trimmedUnit.count >= 2,
            number.last?.isASCIIDigit == true, NumberParser.parse(number) != nil
        else { return nil }
        return (number, trimmedUnit)
    }
}
