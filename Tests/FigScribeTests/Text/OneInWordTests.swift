import Testing

@testable import FigScribe

/// A 1 among lowercase letters of a title or label is an l, as is a ! closing a word.
@Suite("OneInWord")
struct OneInWordTests {
    @Test(arguments: [("1evel", "level"), ("Signal 1evel (dB)", "Signal level (dB)"), ("a1pha", "alpha")])
    func oneAmongLowercaseLettersIsAnL(read: String, expected: String) {
        #expect(OneInWord.repaired(read) == expected)
    }

    /// Numbers, numbers closing a word, units run into a number and words holding other
    /// digits stay as read.
    @Test(arguments: ["run1", "day1 to day10", "ce11", "1st", "1mm", "h1n1", "Level 1", "10cm", "1.5x"])
    func numbersStay(read: String) {
        #expect(OneInWord.repaired(read) == read)
    }

    /// matplotlib's 72-dpi "Channel" read "Channe!": a "!" closing a word after three small
    /// letters is an l; after fewer, or after capitals or digits, it stays.
    @Test(arguments: [("Channe!", "Channel"), ("Signa! (dB)", "Signal (dB)")])
    func exclamationClosingAWordIsAnL(read: String, expected: String) {
        #expect(OneInWord.repaired(read) == expected)
    }

    @Test(arguments: ["Go!", "STOP!", "x!", "10!", "ab!"])
    func otherExclamationsStay(read: String) {
        #expect(OneInWord.repaired(read) == read)
    }
}
