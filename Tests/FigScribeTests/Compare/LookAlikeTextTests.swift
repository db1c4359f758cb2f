import Testing
@testable import FigScribe

@Suite("LookAlikeText")
struct LookAlikeTextTests {
    @Test(arguments: [
        ("0.5", "O.5"), ("l1", "11"), ("Il", "ll"), ("S5", "55"), ("corn", "com"),
        ("−0.2", "-0.2"), ("a–b", "a-b"), ("Mon", "M0n"), ("x y", "xy"),
    ])
    func lookAlikes(_ a: String, _ b: String) {
        #expect(LookAlikeText.match(a, b) == .lookAlike)
    }

    @Test(arguments: [("Mon", "Monday"), ("alpha", "beta"), ("10", "16"), ("a", "")])
    func differences(_ a: String, _ b: String) {
        #expect(LookAlikeText.match(a, b) == .different)
    }

    @Test func spacingAloneIsTheSame() {
        #expect(LookAlikeText.match("a  b ", " a b") == .same)
        #expect(LookAlikeText.match(nil, "  ") == .same)
    }
}
