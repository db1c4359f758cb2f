/// Why a figure could not be described.
public enum DescribeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The figure has no cell with a value.
    case noData(reason: String)
    /// A template file could not be read.
    case templateUnreadable(path: String, reason: String)
    /// A template does not parse; `line` and `column` are 1-based.
    case templateSyntax(path: String, line: Int, column: Int, reason: String)
    /// The format has no template to override (MAIDR is built as JSON).
    case templateNotSupported(format: String)
    /// A built-in template is missing from the binary (a build problem).
    case builtInTemplateMissing(name: String)
    /// The output could not be encoded.
    case encodingFailed(reason: String)

    public var description: String {
        switch self {
        case .noData(let reason): return "describe: nothing to describe: \(reason)"
        case .templateUnreadable(let path, let reason): return "\(path): cannot read template: \(reason)"
        case .templateSyntax(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): template error: \(reason)"
        case .templateNotSupported(let format): return "describe: the \(format) format takes no template"
        case .builtInTemplateMissing(let name): return "describe: built-in template '\(name)' is missing"
        case .encodingFailed(let reason): return "describe: cannot encode output: \(reason)"
        }
    }
}
