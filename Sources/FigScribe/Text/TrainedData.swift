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
        var newOffsets = [Int64](repeating: -1, count: count)
        var body: [UInt8] = []
        var cursor = 4 + 8 * count
        for (k, i) in present.enumerated() {
            let start = offsets[i]
            let end = k + 1 < present.count ? offsets[present[k + 1]] : size
            guard start >= 4 + 8 * count, start <= end, end <= size else { throw TrainedDataError.badTable(url.path) }
            if let component = Component(rawValue: i), omitted.contains(component) { continue }
            try file.seek(toOffset: UInt64(start))
            guard let data = try file.read(upToCount: end - start), data.count == end - start else {
                throw TrainedDataError.truncated(url.path)
            }
            newOffsets[i] = Int64(cursor)
            body.append(contentsOf: data)
            cursor += data.count
        }
        var out: [UInt8] = []
        out.reserveCapacity(cursor)
        out.append(contentsOf: Self.bytes(UInt64(count), width: 4))
        for o in newOffsets { out.append(contentsOf: Self.bytes(UInt64(bitPattern: o), width: 8)) }
        out.append(contentsOf: body)
        bytes = out
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
