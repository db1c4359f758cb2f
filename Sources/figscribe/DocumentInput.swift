import Foundation

/// Reads a document given on the command line, with a one-line reason when it cannot.
enum DocumentInput {
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ url: URL) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw Unreadable(description: "no such file")
        }
        if isDirectory.boolValue { throw Unreadable(description: "is a directory") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Unreadable(description: "cannot be read")
        }
        guard String(data: data, encoding: .utf8) != nil else { throw Unreadable(description: "not UTF-8 text") }
        return [UInt8](data)
    }
}
