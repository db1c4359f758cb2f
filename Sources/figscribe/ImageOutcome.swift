/// What describing one image produced, handed from a worker thread to the printer.
struct ImageOutcome: Sendable {
    /// The path as given.
    var path: String
    /// 0 described, 1 no heatmap, 2 unreadable or not written.
    var status: Int32
    /// The rendered output (a figure, or a JSON failure object), if any.
    var output: String?
    /// The one-line reason it failed, if it did.
    var problem: String?
    /// Stage times, when `FIGSCRIBE_TIMINGS` is set.
    var timings: String?
}
