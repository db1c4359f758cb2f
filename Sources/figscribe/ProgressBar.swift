import FigScribe
import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar {
    private let total: Int
    private let start = Date()
    private let enabled: Bool
    private var done = 0

    /// Creates a bar for `total` items; silent for a single item or a non-terminal stderr.
    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    /// Counts one more item done and redraws.
    func advance() {
        done += 1
        draw()
    }

    /// Writes a message line above the bar.
    func message(_ line: String) {
        clear()
        FileHandle.standardError.write(Data((line + "\n").utf8))
        draw()
    }

    /// Removes the bar (at the end of the batch).
    func finish() { clear() }

    private func draw() {
        guard enabled else { return }
        let line = ProgressLine(done: done, total: total, elapsed: Date().timeIntervalSince(start)).rendered()
        FileHandle.standardError.write(Data("\r\(line)".utf8))
    }

    private func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
