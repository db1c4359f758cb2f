import Foundation
import Testing

@testable import FigScribe

/// Numbered names ("S1", "V12") tell the direction of turned labels the confidences leave open.
@Suite("NumberedNames")
struct NumberedNamesTests {
    @Test func stemIsTheLettersBeforeTheNumber() {
        #expect(NumberedNames.stem(of: "S5") == "S")
        #expect(NumberedNames.stem(of: "gene12") == "gene")
        #expect(NumberedNames.stem(of: "9S") == nil)
        #expect(NumberedNames.stem(of: "ss") == nil)
        #expect(NumberedNames.stem(of: "12") == nil)
        #expect(NumberedNames.stem(of: "£5") == nil)
        // Small type's 1 read as l, I or |, its 0 as O, its S as $: in the number when it
        // holds a digit too or is one character, at the stem's start.
        #expect(NumberedNames.stem(of: "Sl") == "S")
        #expect(NumberedNames.stem(of: "S1O") == "S")
        #expect(NumberedNames.stem(of: "$16") == "S")
        #expect(NumberedNames.stem(of: "Col") == nil)
        #expect(NumberedNames.stem(of: "l") == nil)
    }

    /// pheatmap's column names S5, S8, S7 read at −90° and, upside down, at 90°.
    @Test func readingsOfOneNumberedNameWin() {
        let down = ["S5", "S8", "S7"], up = ["ss", "8S", "Zs"]
        #expect(NumberedNames.sharedStemCount(down) == 3)
        #expect(NumberedNames.favoursFirst(down, over: up) == true)
        #expect(NumberedNames.favoursFirst(up, over: down) == false)
        // One numbered reading is no shared name; as many on both sides say nothing.
        #expect(NumberedNames.favoursFirst(["St1", "01", "Lo"], over: ["x", "y", "z"]) == nil)
        // Vega-Lite's "S1", "S9", "S16" at 10 px, and read upside down.
        #expect(NumberedNames.favoursFirst(["TS", "6S", "9TS"], over: ["Sl", "S9", "$16"]) == false)
        #expect(NumberedNames.favoursFirst(["T1", "T2"], over: ["c1", "c2"]) == nil)
    }

    @Test func yearsReadOneWayAndNotTheOtherTellTheDirection() {
        let three: [Double] = [10, 50, 90], two: [Double] = [10, 90]
        #expect(NumberedNames.favoursFirstAsNumbers(["2001", "2005", "2009"], over: ["L00¢", "00", "600"], positions: three) == true)
        #expect(NumberedNames.favoursFirstAsNumbers(["00", "600"], over: ["2001", "2009"], positions: two) == false)
        #expect(NumberedNames.favoursFirstAsNumbers(["5", "10", "15"], over: ["S", "OL", "SL"], positions: three) == nil)
        #expect(NumberedNames.favoursFirstAsNumbers(["2001", "2009"], over: ["1002", "6002"], positions: two) == nil)
        // "00h", "04h", "07h" read upside down: numbers, but not stepping evenly.
        #expect(NumberedNames.favoursFirstAsNumbers(["400", "470", "420"], over: ["00h", "04h", "07h"], positions: three) == nil)
    }

    /// Column names turned to read top to bottom, all capitals and digits (no ascenders to
    /// tell the letters' top), whose upside-down readings are as sure: "S6" reads "9S" at 89.
    @Test func turnedColumnNamesReadTopToBottom() throws {
        let url = Paths.goldenImages.appendingPathComponent("composite/pheatmap/ph_basic_10x8.png")
        let (_, text) = try HeatmapReader().readText(contentsOf: url)
        let ticks = text.lines.filter { $0.role == .xTick }
        #expect(ticks.allSatisfy { $0.angle == -90 })
        #expect(Set(ticks.map(\.text)) == Set((1...8).map { "S\($0)" }))
    }
}

/// Small level labels a turned reading takes for lone glyphs; turned years.
@Suite("NumberedNames deciding an angle")
struct NumberedNamesAngleTests {
    /// The tick labels of `role` read from a held-out figure kept as a fixture.
    static func ticks(ofFixture name: String, role: TextRole) throws -> [FigureText.ReadLine] {
        let url = Paths.packageRoot.appendingPathComponent("Tests/FigScribeTests/Text/Fixtures/\(name)")
        return try HeatmapReader().readText(contentsOf: url).1.lines.filter { $0.role == role }
    }

    /// seaborn row names R1 … R17 in 7-px Liberation Serif (held-out seed 13,
    /// `Scripts/heldout-python --seed 13`, figure ho13_seaborn_2): read at −90° each is one
    /// sure-ish glyph ("2" at 40–92), level they read "Ri", "R2" … at 60–86; the angle whose
    /// readings hold one numbered name wins.
    @Test func levelRowNamesStayLevel() throws {
        let ticks = try Self.ticks(ofFixture: "ho13_seaborn_2.png", role: .yTick)
        #expect(ticks.count == 17)
        #expect(ticks.allSatisfy { $0.angle == 0 })
        #expect(ticks.filter { NumberedNames.stem(of: $0.text) == "R" }.count >= 14)
    }

    /// pheatmap's column names turned to read downwards (`angle_col = 270`, held-out
    /// `Scripts/heldout-native --seed 19`, hn19_pheatmap_1): read upwards the years are sure
    /// as often as not ("00" at 95, "600" at 96), downwards all sure; the years decide.
    @Test func yearsReadingDownwardsTurnTheirRole() throws {
        let ticks = try Self.ticks(ofFixture: "hn19_pheatmap_1.png", role: .xTick)
        #expect(ticks.count == 9)
        #expect(ticks.allSatisfy { $0.angle == -90 })
        #expect(ticks.filter { $0.text.count == 4 && $0.text.hasPrefix("200") }.count >= 8)
    }
}
