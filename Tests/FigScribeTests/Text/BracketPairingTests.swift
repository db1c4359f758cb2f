import Testing
@testable import FigScribe

@Suite("BracketPairing")
struct BracketPairingTests {
    /// "(σ-normalised)" read "{σ-normalised)": the brace is closed by a parenthesis.
    @Test func aBraceClosedByAParenthesisIsAParenthesis() {
        #expect(BracketPairing.repaired("ablation {σ-normalised)") == "ablation (σ-normalised)")
        #expect(BracketPairing.repaired("(in mV}") == "(in mV)")
    }

    @Test func bracesOfTheirOwnKindStay() {
        #expect(BracketPairing.repaired("set {a, b}") == "set {a, b}")
        #expect(BracketPairing.repaired("{a (b)}") == "{a (b)}")
        #expect(BracketPairing.repaired("open {") == "open {")
    }
}
