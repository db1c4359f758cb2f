import Testing
@testable import FigScribe

/// A one-letter label takes the case its height says against the other labels' font.
@Suite("LoneLetterCase")
struct LoneLetterCaseTests {
    /// "level": small letters 8 px, the l's 11 px; "Row": R 11 px, o and w 8 px.
    static let font: [[Double]] = [[11, 8, 8, 8, 11], [11, 8, 8]]

    @Test func aLetterAsTallAsTheSmallLettersIsSmall() {
        #expect(LoneLetterCase.decided("X", height: 8, references: Self.font) == "x")
        #expect(LoneLetterCase.decided("Xx", height: 8, references: Self.font) == "x")
        #expect(LoneLetterCase.decided("V", height: 8.5, references: Self.font) == "v")
    }

    @Test func aLetterAsTallAsTheCapitalsIsACapital() {
        #expect(LoneLetterCase.decided("v", height: 11, references: Self.font) == "V")
    }

    /// Halfway between the x-height and the capitals (lattice's key title "z", set larger
    /// than the axis labels), the convention decides: small.
    @Test func aLetterHalfwayIsSmall() {
        #expect(LoneLetterCase.decided("Z", height: 9.5, references: Self.font) == "z")
    }

    /// A lone r read as Γ: x-height tall, it is the small letter; capital tall, a real Γ.
    @Test func aGammaAsTallAsTheSmallLettersIsAnR() {
        #expect(LoneLetterCase.decided("Γ", height: 8, references: Self.font) == "r")
        #expect(LoneLetterCase.decided("Γ", height: 11, references: Self.font) == nil)
        #expect(LoneLetterCase.decided("Γ", height: 8, references: []) == nil)
    }

    @Test func otherTextLeavesItAsRead() {
        #expect(LoneLetterCase.decided("y", height: 8, references: Self.font) == nil)
        #expect(LoneLetterCase.decided("xy", height: 8, references: Self.font) == nil)
    }

    /// With no other label that shows both heights (only capitals, or no other label), a
    /// lone letter names a variable and is taken small: lattice's and gnuplot's colour-key
    /// label "z" read "Z" beside a title and tick labels of other sizes.
    @Test func noFontMeasuredTakesTheSmallLetter() {
        #expect(LoneLetterCase.decided("X", height: 8, references: [[11, 11, 11]]) == "x")
        #expect(LoneLetterCase.decided("Z", height: 8, references: []) == "z")
        #expect(LoneLetterCase.decided("z", height: 8, references: []) == "z")
    }
}
