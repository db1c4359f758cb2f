import Foundation

/// A way of printing check results: Markdown for people, JSON for programs, JUnit XML for
/// CI dashboards (one test case per figure).
public struct CheckReport: Sendable {
    /// The format's name on the command line.
    public let name: String
    private let renderer: @Sendable ([CheckResult], ComparisonTolerance) -> String

    public init(name: String, render: @escaping @Sendable ([CheckResult], ComparisonTolerance) -> String) {
        self.name = name
        self.renderer = render
    }

    /// The report on `results`, checked with `tolerance`.
    public func render(_ results: [CheckResult], tolerance: ComparisonTolerance) -> String {
        renderer(results, tolerance)
    }

    /// The built-in formats.
    public static let all: [CheckReport] = [.markdown, .json, .junit]

    /// Markdown: the verdict first, then each difference by name.
    public static let markdown = CheckReport(name: "markdown", render: MarkdownCheckReport.render)
    /// JSON (`figscribe/check@1`).
    public static let json = CheckReport(name: "json", render: JSONCheckReport.render)
    /// JUnit XML.
    public static let junit = CheckReport(name: "junit", render: JUnitCheckReport.render)
}

/// The lines of a result's differences for people, changes first.
enum DifferenceLines {
    static func lines(_ differences: [Difference]) -> [String] {
        let order: [Difference.Status] = [.changed, .unsure, .lookAlike]
        return order.flatMap { status in
            differences.filter { $0.status == status }.map { d in
                switch status {
                case .changed: return d.summary
                case .unsure: return "unsure, not counted: \(d.summary)"
                case .lookAlike: return "OCR look-alike, not counted: \(d.summary)"
                }
            }
        }
    }

    /// "1 change, 2 unsure".
    static func counts(_ differences: [Difference]) -> String {
        let changed = differences.filter { $0.status == .changed }.count
        let unsure = differences.filter { $0.status == .unsure }.count
        let alike = differences.filter { $0.status == .lookAlike }.count
        var parts = ["\(changed) change\(changed == 1 ? "" : "s")"]
        if unsure > 0 { parts.append("\(unsure) unsure") }
        if alike > 0 { parts.append("\(alike) OCR look-alike\(alike == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}

private enum MarkdownCheckReport {
    static func render(_ results: [CheckResult], tolerance: ComparisonTolerance) -> String {
        var out = ""
        if results.count == 1, let only = results.first {
            out += verdictLine(only) + " (tolerance \(tolerance))\n"
            out += body(only)
            return out
        }
        out += "**\(CheckSummary(results).line)** (tolerance \(tolerance))\n"
        for result in results {
            out += "\n## \(result.image)\n\n" + verdictLine(result) + "\n" + body(result)
        }
        return out
    }

    private static func verdictLine(_ r: CheckResult) -> String {
        switch r.verdict {
        case .match:
            let extra = r.comparison.map { $0.differences.isEmpty ? "" : " — " + DifferenceLines.counts($0.differences) } ?? ""
            return "**match**: `\(r.image)` matches `\(r.reference)`\(extra)"
        case .differs:
            return "**differs**: `\(r.image)` differs from `\(r.reference)` — " + DifferenceLines.counts(r.comparison?.differences ?? [])
        case .error:
            return "**error**: \(r.error ?? "unknown")"
        }
    }

    private static func body(_ r: CheckResult) -> String {
        let lines = DifferenceLines.lines(r.comparison?.differences ?? [])
        return lines.isEmpty ? "" : "\n" + lines.map { "- \($0)\n" }.joined()
    }
}

private enum JSONCheckReport {
    struct Document: Encodable {
        var schema = "figscribe/check@1"
        var verdict: String
        var tolerance: String
        var summary: Summary
        var figures: [Figure]
    }
    struct Summary: Encodable {
        var checked: Int
        var match: Int
        var differ: Int
        var errors: Int
    }
    struct Figure: Encodable {
        var image: String
        var reference: String
        var verdict: String
        var error: String?
        var differences: [Difference]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(image, forKey: .image)
            try c.encode(reference, forKey: .reference)
            try c.encode(verdict, forKey: .verdict)
            try c.encode(error, forKey: .error)
            try c.encode(differences, forKey: .differences)
        }
        enum CodingKeys: String, CodingKey { case image, reference, verdict, error, differences }
    }

    static func render(_ results: [CheckResult], tolerance: ComparisonTolerance) -> String {
        let s = CheckSummary(results)
        let verdict = s.errors > 0 ? "error" : s.differing > 0 ? "differs" : "match"
        let document = Document(
            verdict: verdict, tolerance: tolerance.description,
            summary: .init(checked: s.total, match: s.matching, differ: s.differing, errors: s.errors),
            figures: results.map {
                Figure(image: $0.image, reference: $0.reference, verdict: $0.verdict.rawValue, error: $0.error,
                       differences: $0.comparison?.differences ?? [])
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

private enum JUnitCheckReport {
    static func render(_ results: [CheckResult], tolerance: ComparisonTolerance) -> String {
        let s = CheckSummary(results)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"figscribe check\" tests=\"\(s.total)\" failures=\"\(s.differing)\" errors=\"\(s.errors)\">\n"
        out += "  <testsuite name=\"figscribe check\" tests=\"\(s.total)\" failures=\"\(s.differing)\" errors=\"\(s.errors)\">\n"
        for r in results {
            out += "    <testcase classname=\"figscribe.check\" name=\"\(escape(r.image))\">\n"
            let lines = DifferenceLines.lines(r.comparison?.differences ?? [])
            switch r.verdict {
            case .match: break
            case .differs:
                let counts = DifferenceLines.counts(r.comparison?.differences ?? [])
                out += "      <failure message=\"\(escape("differs from \(r.reference): \(counts)"))\">\(escape(lines.joined(separator: "\n")))</failure>\n"
            case .error:
                out += "      <error message=\"\(escape(r.error ?? "unknown"))\"/>\n"
            }
            if r.verdict == .match && !lines.isEmpty {
                out += "      <system-out>\(escape(lines.joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(c)
            default:
                // Control characters are not allowed in XML 1.0.
                if c.value < 0x20 { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
