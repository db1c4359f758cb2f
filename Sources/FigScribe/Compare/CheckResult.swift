/// The outcome of checking one image against its reference (an expected file or an older render).
public struct CheckResult: Equatable, Sendable {
    /// The verdict on one figure.
    public enum Verdict: String, Equatable, Sendable {
        case match
        case differs
        /// The image or the reference could not be read.
        case error
    }

    /// The image checked (the new render).
    public var image: String
    /// What it was checked against: the expected file, or the old render.
    public var reference: String
    /// The comparison, when both sides could be read.
    public var comparison: FigureComparison?
    /// Why the check could not be made, when it could not.
    public var error: String?
    /// The heatmaps read from the image, one per panel in reading order; empty when none was
    /// found. Their grids place the cells of a diff image.
    public var figures: [HeatmapFigure]

    /// A check that was made.
    public init(image: String, reference: String, comparison: FigureComparison, figures: [HeatmapFigure] = []) {
        self.image = image
        self.reference = reference
        self.comparison = comparison
        self.error = nil
        self.figures = figures
    }

    /// A check that could not be made.
    public init(image: String, reference: String, error: String) {
        self.image = image
        self.reference = reference
        self.comparison = nil
        self.error = error
        self.figures = []
    }

    public var verdict: Verdict {
        guard let comparison else { return .error }
        return comparison.matches ? .match : .differs
    }

    /// The exit status the contract gives the verdict: 0 match, 1 differs, 2 error.
    public var exitStatus: Int32 {
        switch verdict {
        case .match: return 0
        case .differs: return 1
        case .error: return 2
        }
    }
}

/// Counts of verdicts over several checks.
public struct CheckSummary: Equatable, Sendable {
    public var matching = 0
    public var differing = 0
    public var errors = 0

    public init(_ results: [CheckResult]) {
        for result in results {
            switch result.verdict {
            case .match: matching += 1
            case .differs: differing += 1
            case .error: errors += 1
            }
        }
    }

    public var total: Int { matching + differing + errors }

    /// "checked 12 figures: 11 match, 1 differs, 0 errors".
    public var line: String {
        "checked \(total) figure\(total == 1 ? "" : "s"): \(matching) match, \(differing) differ\(differing == 1 ? "s" : ""), \(errors) error\(errors == 1 ? "" : "s")"
    }

    /// The worst exit status: 2 when any check could not be made, else 1 when any differs.
    public var exitStatus: Int32 { errors > 0 ? 2 : differing > 0 ? 1 : 0 }
}
