import Foundation

/// One-line messages on standard error.
enum Diagnostics {
    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("figscribe: \(message)\n".utf8))
    }
}
