import Testing
import Foundation
@testable import FigScribe

@Suite("NumberParser")
struct NumberParserTests {
    @Test(arguments: [
        ("0", 0.0), ("0.75", 0.75), ("-0.5", -0.5), ("\u{2212}0.04", -0.04), ("\u{2013}3", -3), ("\u{2014}2.5", -2.5),
        ("+1.5", 1.5), ("1e-3", 0.001), ("1E3", 1000), ("2.5e+2", 250), ("2×10⁻³", 0.002), ("2x10^-3", 0.002),
        ("×10^-3", 0.001), ("−1×10³", -1000), ("10^4", 10000), ("1,000", 1000), ("12,345.5", 12345.5),
        ("1 000", 1000), (" − 0.25 ", -0.25), (".5", 0.5), ("0,002", 0.002), ("−0,5", -0.5),
    ])
    func parsesNumbers(text: String, value: Double) throws {
        let parsed = try #require(NumberParser.parse(text))
        #expect(abs(parsed.value - value) <= 1e-12 * max(1, abs(value)))
        #expect(parsed.isPercent == false)
    }

    @Test func parsesPercent() throws {
        let p = try #require(NumberParser.parse("50%"))
        #expect(p == ParsedNumber(value: 50, isPercent: true))
        #expect(NumberParser.parse("−12.5 %") == ParsedNumber(value: -12.5, isPercent: true))
    }

    @Test(arguments: ["", "-", "abc", "1.2.3", "e5", "1,00", "0,00,1", "%", "12a", "--1", "1e", "x10"])
    func rejectsJunk(text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    /// A scale's labels share one format: a comma among decimal points, followed by as many
    /// digits, is a misread point; thousands separators stay where no label has a point.
    @Test func aCommaAmongDecimalPointsIsAPoint() {
        #expect(NumberParser.sharingFormat(["1.533", "2,044", "2.555", "3,066"]) == ["1.533", "2.044", "2.555", "3.066"])
        #expect(NumberParser.sharingFormat(["1,000", "2,000", "3,000"]) == ["1,000", "2,000", "3,000"])
        #expect(NumberParser.sharingFormat(["0.5", "1,000", "1.5"]) == ["0.5", "1,000", "1.5"])
        #expect(NumberParser.sharingFormat(["0.25", "0.5", "1,000"]) == ["0.25", "0.5", "1,000"])
    }

    /// Small text loses its decimal points: a label opening with a zero and more digits
    /// ("05") is no scale's, so where another keeps a point, every label of more digits than
    /// the point's places lost one. Without such a label, whole numbers stay whole.
    @Test func aLeadingZeroAmongDecimalPointsTellsOfLostPoints() {
        #expect(NumberParser.sharingFormat(["20", "15", "1.0", "05"]) == ["2.0", "1.5", "1.0", "0.5"])
        #expect(NumberParser.sharingFormat(["04", "03", "02", "0.1", "00"]) == ["0.4", "0.3", "0.2", "0.1", "0.0"])
        #expect(NumberParser.sharingFormat(["−05", "0", "0.5"]) == ["−0.5", "0", "0.5"])
        #expect(NumberParser.sharingFormat(["20", "15", "1.0", "5"]) == ["20", "15", "1.0", "5"])
        #expect(NumberParser.sharingFormat(["00", "05", "10"]) == ["00", "05", "10"])
    }
}

extension NumberParserTests {
    /// The scanners accept exactly what the regular expressions they stand for match, on
    /// 20,000 random strings made of the characters and pieces numbers are written with (the
    /// expressions are the oracle here only: the parser does not load ICU's regex engine).
    @Test func scannersMatchTheirPatterns() {
        let pieces = Array("0123456789.,-+eE×xX*^%− ").map(String.init)
            + ["0,", "1,234", ",000", ".25", "×10", "x10^", "*10^-", "^2^", "e-3", "10", "12"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func matches(_ s: String, _ pattern: String) -> Range<String.Index>? {
            s.range(of: pattern, options: .regularExpression)
        }
        var accepted = [0, 0, 0, 0, 0]
        for _ in 0..<20_000 {
            let s = (0..<next(7)).map { _ in pieces[next(pieces.count)] }.joined()
            let point = matches(s, #"\.[0-9]+"#).map { s.distance(from: $0.lowerBound, to: $0.upperBound) - 1 }
            #expect(NumberParser.pointDecimals(in: s) == point, "\(s)")
            var joined = s
            while let r = matches(joined, #"\^([-+0-9]+)\^"#) { joined.replaceSubrange(r, with: String(joined[r].dropLast())) }
            #expect(NumberParser.joiningSuperscriptRuns(s) == joined, "\(s)")
            let power = matches(s, #"^([-+]?[0-9.,]*)[×xX*]10\^?([-+]?[0-9]+)$"#) == s.startIndex..<s.endIndex
            #expect(NumberParser.isPowerOfTen(s) == power, "\(s)")
            let decimal = matches(s, #"^[-+]?([1-9][0-9]{0,2}(,[0-9]{3})+|[0-9]+)?(\.[0-9]+)?([eE][-+]?[0-9]+)?$"#) != nil
            #expect(NumberParser.isDecimal(s) == decimal, "\(s)")
            #expect(NumberParser.isZeroComma(s, whole: true) == (matches(s, #"^[-+]?0,[0-9]+$"#) != nil), "\(s)")
            #expect(NumberParser.isZeroComma(s, signs: "+-−", whole: false) == (matches(s, #"^[-+−]?0,[0-9]"#) != nil), "\(s)")
            for (k, hit) in [point != nil, joined != s, power, decimal, NumberParser.isZeroComma(s, whole: true)].enumerated() where hit {
                accepted[k] += 1
            }
        }
        // Each pattern matched often enough for the comparison to say something.
        #expect(accepted.allSatisfy { $0 >= 50 }, "\(accepted)")
    }
}
