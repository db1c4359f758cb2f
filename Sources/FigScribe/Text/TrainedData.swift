import Foundation

/// A `.traineddata` file read with only the components an engine needs.
///
/// The file is a table of `count` byte offsets (−1 for an absent component) followed by the
/// components. The `Latin` script model is 89 MB, 88.8 MB of which is its word dictionary;
/// leaving that out makes the model load in milliseconds instead of a second. Tesseract's
/// `load_*_dawg` variables do not reach the LSTM engine's dictionary, so leaving the
/// component out of the buffer is the way to skip it.
struct TrainedData {
    /// Tesseract's component numbers (`tessdatamanager.h`) of the LSTM parts.
    enum Component: Int, CaseIterable, Sendable {
        case lstm = 17, punctuationDictionary = 18, wordDictionary = 19, numberDictionary = 20
        case lstmCharacterSet = 21, lstmRecoder = 22, version = 23
    }

    /// The rebuilt file: the offset table and the kept components.
    let bytes: [UInt8]

    /// Reads `url`, keeping every component except `omitted` (the left-out bytes are never read).
    /// - Throws: ``TrainedDataError`` when the file is short or its table inconsistent.
    init(contentsOf url: URL, omitting omitted: Set<Component>) throws {
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        let size = try Int(file.seekToEnd())
        try file.seek(toOffset: 0)
        guard let head = try file.read(upToCount: 4), head.count == 4 else { throw TrainedDataError.truncated(url.path) }
        let count = Int(Self.littleEndian(head, bytes: 4))
        guard (1...64).contains(count), let table = try file.read(upToCount: 8 * count), table.count == 8 * count else {
            throw TrainedDataError.truncated(url.path)
        }
        let offsets = (0..<count).map { i -> Int in
            Int(Int64(bitPattern: Self.littleEndian(table.subdata(in: 8 * i..<8 * i + 8), bytes: 8)))
        }
        // A component runs to the next present one (or the end of the file).
        let present = offsets.indices.filter { offsets[$0] >= 0 }
        let tableEnd = 4 + 8 * count
        var kept: [(component: Int, bytes: Range<Int>)] = []
        for (k, i) in present.enumerated() {
            let start = offsets[i]
            let end = k + 1 < present.count ? offsets[present[k + 1]] : size
            guard start >= tableEnd, start <= end, end <= size else { throw TrainedDataError.badTable(url.path) }
            if let component = Component(rawValue: i), omitted.contains(component) { continue }
            kept.append((i, start..<end))
        }
        var newOffsets = [Int64](repeating: -1, count: count)
        var cursor = tableEnd
        for part in kept {
            newOffsets[part.component] = Int64(cursor)
            cursor += part.bytes.count
        }
        let header = Self.bytes(UInt64(count), width: 4) + newOffsets.flatMap { Self.bytes(UInt64(bitPattern: $0), width: 8) }
        // Each kept component is read straight into place: the models are megabytes, and
        // every copy of them is pages to fault in.
        let descriptor = file.fileDescriptor
        bytes = try [UInt8](unsafeUninitializedCapacity: cursor) { buffer, initialized in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[..<tableEnd]).initialize(from: header)
            var at = tableEnd
            for part in kept {
                var done = 0
                while done < part.bytes.count {
                    let n = pread(descriptor, buffer.baseAddress! + at + done, part.bytes.count - done,
                                  off_t(part.bytes.lowerBound + done))
                    guard n > 0 else { throw TrainedDataError.truncated(url.path) }
                    done += n
                }
                at += part.bytes.count
            }
            initialized = at
        }
    }

    private static func littleEndian(_ data: Data, bytes: Int) -> UInt64 {
        data.prefix(bytes).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func bytes(_ value: UInt64, width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

/// A `.traineddata` file that is not laid out as Tesseract writes it.
enum TrainedDataError: Error, Equatable, CustomStringConvertible {
    case truncated(String)
    case badTable(String)

    var description: String {
        switch self {
        case let .truncated(path): return "\(path): the .traineddata file is truncated"
        case let .badTable(path): return "\(path): the .traineddata file's component table is inconsistent"
        }
    }
}
