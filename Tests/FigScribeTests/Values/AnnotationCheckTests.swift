import Testing
@testable import FigScribe

@Suite("AnnotationCheck")
struct AnnotationCheckTests {
    /// A 2×2 grid of 40-px cells at the origin; colour readings 0.0, 2.5 / 5.0, 10.0 on a 0–10 scale.
    static let box = HeatmapFigure.Box(x: 0, y: 0, width: 80, height: 80)
    static let values: [[Double?]] = [[0.0, 2.5], [5.0, 10.0]]

    static func printed(_ text: String, row: Int, column: Int) -> FigureText.Annotation {
        let box = PixelRect(minX: 40 * column + 12, minY: 40 * row + 15, maxX: 40 * column + 28, maxY: 40 * row + 25)
        return .init(line: TextLine(box: box, angle: 0, glyphIDs: [], glyphSize: 10), text: text)
    }

    @Test func agreeingNumbersGiveNoWarning() {
        let annotations = [Self.printed("0.0", row: 0, column: 0), Self.printed("2.5", row: 0, column: 1),
                           Self.printed("5", row: 1, column: 0), Self.printed("10.0", row: 1, column: 1)]
        #expect(AnnotationCheck.warnings(annotations, values: Self.values, box: Self.box, range: 10).isEmpty)
    }

    @Test func aDisagreeingNumberIsReported() {
        let warnings = AnnotationCheck.warnings([Self.printed("7.5", row: 0, column: 1)],
                                                values: Self.values, box: Self.box, range: 10)
        #expect(warnings == ["cell [0][1] shows \"7.5\" but its colour reads 2.5"])
    }

    /// OCR slips on small digits (a dropped point or minus, a comma) are not disagreements.
    @Test func misreadPointsAndSignsAreForgiven() {
        let values: [[Double?]] = [[-1.6, 1.7], [0.5, 10.0]]
        let annotations = [Self.printed("1.6", row: 0, column: 0), Self.printed("17", row: 0, column: 1),
                           Self.printed("0,5", row: 1, column: 0)]
        #expect(AnnotationCheck.warnings(annotations, values: values, box: Self.box, range: 20).isEmpty)
    }

    @Test func unreadableNumbersAreCounted() {
        let warnings = AnnotationCheck.warnings([Self.printed("ab", row: 1, column: 1)],
                                                values: Self.values, box: Self.box, range: 10)
        #expect(warnings == ["1 number(s) printed in cells could not be read"])
    }

    @Test func halfUnitFollowsTheDecimals() {
        #expect(AnnotationCheck.halfUnit(of: "0.42") == 0.005)
        #expect(AnnotationCheck.halfUnit(of: "17") == 0.5)
    }
}
