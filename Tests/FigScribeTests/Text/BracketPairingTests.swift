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

    /// matplotlib's 72-dpi "Time (h)" read "Time th)": a short word closed by a bracket
    /// nothing opens, opening with a letter read for "(", opens with it. A bracket some
    /// word before opens, a long word, or another first letter stay.
    @Test func anUnopenedBracketsWordOpensWithOne() {
        #expect(BracketPairing.repaired("Time th)") == "Time (h)")
        #expect(BracketPairing.repaired("Depth [m)") == "Depth (m)")
        #expect(BracketPairing.repaired("(see this)") == "(see this)")
        #expect(BracketPairing.repaired("Count ts per day)") == "Count ts per day)")
        #expect(BracketPairing.repaired("Rate th)") == "Rate (h)")
        #expect(BracketPairing.repaired("Rate km)") == "Rate km)")
        #expect(BracketPairing.repaired("Rate tabular)") == "Rate tabular)")
    }
}
