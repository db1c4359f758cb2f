import Testing

@testable import FigScribe

/// A 1 among lowercase letters of a title or label is an l.
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
}
