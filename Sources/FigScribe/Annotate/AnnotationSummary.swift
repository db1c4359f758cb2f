/// What `annotate` did to a document's images.
public struct AnnotationSummary: Equatable, Sendable {
    /// Heatmaps that gained an alt text and a long description.
    public var described = 0
    /// Images that hold no heatmap (or could not be read), left as they were.
    public var skipped = 0
    /// Images that already had an alt text, left as they were.
    public var kept = 0
    /// Referenced files that do not exist.
    public var missing = 0
    /// One line per image that was skipped or missing, naming it and why.
    public var notes: [String] = []

    public init() {}

    /// "2 described, 1 skipped (not a heatmap), 1 kept (had alt text), 0 missing files".
    public var line: String {
        "\(described) described, \(skipped) skipped (not a heatmap), \(kept) kept (had alt text), \(missing) missing files"
    }

    mutating func count(_ outcome: ImageOutcome, name: String) {
        switch outcome {
        case .described: described += 1
        case .notHeatmap(let reason):
            skipped += 1
            notes.append("\(name): skipped, not a heatmap (\(reason))")
        case .unreadable(let reason):
            skipped += 1
            notes.append("\(name): skipped, \(reason)")
        case .missing:
            missing += 1
            notes.append("\(name): no such file")
        }
    }
}
