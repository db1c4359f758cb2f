import Foundation
import Testing
@testable import FigScribe

@Suite("CheckReport")
struct CheckReportTests {
    typealias F = ComparisonFixtures

    static let differing = CheckResult(
        image: "new.png", reference: "old.json",
        comparison: FigureComparison(expected: ExpectedFigure(figure: F.figure()),
                                     actual: F.with(F.figure(title: "L0ad"), row: 2, column: 3, value: 85)))
    static let matching = CheckResult(
        image: "same.png", reference: "old.json",
        comparison: FigureComparison(expected: ExpectedFigure(figure: F.figure()), actual: F.figure()))
    static let failed = CheckResult(image: "bad.png", reference: "old.json", error: "bad.png: not a PNG file")

    @Test func markdownGivesTheVerdictFirstThenEachDifference() {
        let text = CheckReport.markdown.render([Self.differing], tolerance: .standard)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("**differs**") == true)
        #expect(lines.contains("- cell gamma × Thu: 65 → 85 (20 % of the range)"))
        #expect(lines.contains("- OCR look-alike, not counted: title: 'Load' → 'L0ad' (OCR look-alike)"))
    }

    @Test func markdownForSeveralFiguresStartsWithTheSummary() {
        let text = CheckReport.markdown.render([Self.differing, Self.matching, Self.failed], tolerance: .standard)
        #expect(text.hasPrefix("**checked 3 figures: 1 match, 1 differs, 1 error**"))
        #expect(text.contains("**error**: bad.png: not a PNG file"))
    }

    @Test func jsonCarriesVerdictsAndDifferences() throws {
        let text = CheckReport.json.render([Self.differing, Self.matching], tolerance: .standard)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "differs")
        let figures = try #require(object["figures"] as? [[String: Any]])
        #expect(figures.map { $0["verdict"] as? String } == ["differs", "match"])
        let first = try #require(figures.first?["differences"] as? [[String: Any]])
        #expect(first.contains { $0["subject"] as? String == "cell gamma × Thu" && $0["status"] as? String == "changed" })
    }

    @Test func junitHasOneTestCasePerFigure() {
        let text = CheckReport.junit.render([Self.differing, Self.matching, Self.failed], tolerance: .standard)
        #expect(text.components(separatedBy: "<testcase ").count - 1 == 3)
        #expect(text.contains("tests=\"3\" failures=\"1\" errors=\"1\""))
        #expect(text.contains("<failure message=\"differs from old.json: 1 change, 1 OCR look-alike\">"))
        #expect(text.contains("<error message=\"bad.png: not a PNG file\"/>"))
    }

    @Test func junitEscapesMarkup() {
        let result = CheckResult(image: "a<b>&\"c\".png", reference: "r", error: "x")
        let text = CheckReport.junit.render([result], tolerance: .standard)
        #expect(text.contains("name=\"a&lt;b&gt;&amp;&quot;c&quot;.png\""))
    }

    @Test func summaryCountsAndExitStatus() {
        #expect(CheckSummary([Self.matching]).exitStatus == 0)
        #expect(CheckSummary([Self.matching, Self.differing]).exitStatus == 1)
        #expect(CheckSummary([Self.differing, Self.failed]).exitStatus == 2)
        #expect(CheckSummary([Self.matching, Self.matching]).line == "checked 2 figures: 2 match, 0 differ, 0 errors")
    }
}
