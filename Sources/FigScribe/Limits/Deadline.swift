import Foundation

/// A point in time after which one image's reading stops; checked between stages and
/// before each OCR line, so a long read ends promptly.
struct Deadline: Sendable {
    private let start: UInt64
    private let seconds: Double?

    /// A deadline `seconds` from now; nil never passes.
    init(seconds: Double?) {
        start = DispatchTime.now().uptimeNanoseconds
        self.seconds = seconds
    }

    /// No deadline.
    static let none = Deadline(seconds: nil)

    /// Throws when the deadline has passed.
    /// - Parameter stage: what was being done, for the message.
    func check(_ stage: String) throws(LimitError) {
        guard let seconds else { return }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if elapsed > seconds { throw .timedOut(seconds: seconds, stage: stage) }
    }
}
