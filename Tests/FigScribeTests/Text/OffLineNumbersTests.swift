import Testing
@testable import FigScribe

@Suite("OffLineNumbers")
struct OffLineNumbersTests {
    let positions: [Double] = [180, 347, 513, 680]

    @Test func dropsOfALeadingDigitAreReadAgain() {
        // lattice's 8-px key labels: "2000" and "3000" lost their first digit at one crop.
        let rereads = ["1000", "2000", "3000", "4000"]
        let labels = OffLineNumbers.reread(["1000", "000", "000", "4000"], positions: positions) { rereads[$0] }
        #expect(labels == ["1000", "2000", "3000", "4000"])
    }

    @Test func labelsOnALineOrALogLineAreNotReadAgain() {
        var calls = 0
        #expect(OffLineNumbers.reread(["0", "10", "20", "30"], positions: positions) { _ in calls += 1; return "" } == nil)
        #expect(OffLineNumbers.reread(["1", "10", "100", "1000"], positions: positions) { _ in calls += 1; return "" } == nil)
        #expect(calls == 0)
    }

    @Test func rereadsThatLeaveTheLabelsOffALineAreDropped() {
        // Uneven bins drawn at equal size: the labels truly are off a line.
        let labels = ["0", "5", "20", "100"]
        #expect(OffLineNumbers.reread(labels, positions: positions) { labels[$0] } == nil)
        #expect(OffLineNumbers.reread(["1000", "000", "000", "4000"], positions: positions) { ["1000", "000", "3000", "4000"][$0] } == nil)
    }

    @Test func aRereadOffTheOthersValueIsNotTaken() {
        // seaborn's "1000" read "19090", then "1009" larger: on the line within a tenth of a
        // step, but not the value the other labels put there.
        let at: [Double] = [50, 110, 170, 230, 290, 350]
        let labels = ["0", "200", "400", "600", "800", "19090"]
        #expect(OffLineNumbers.reread(labels, positions: at) { k in k == 5 ? "1009" : labels[k] } == nil)
        #expect(OffLineNumbers.reread(labels, positions: at) { k in k == 5 ? "1000" : labels[k] }?.last == "1000")
    }
}
