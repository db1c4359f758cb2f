import Foundation

/// Reads a CSV of cell values as an expected figure. Two layouts are accepted:
/// - the tool's own (`describe --format csv`): a header row of the y label and the column
///   labels, then one row per grid row led by its label;
/// - a plain matrix of numbers, one CSV row per grid row (its top-left field is a number).
///
/// Empty fields are cells without a value.
enum ValuesCSV {
    /// Why a CSV cannot be read as values.
    struct ParseError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws(ParseError) -> ExpectedFigure {
        let rows = try records(text).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = rows.first, !rows.isEmpty else { throw ParseError(description: "empty CSV") }
        guard rows.allSatisfy({ $0.count == header.count }) else {
            throw ParseError(description: "rows of the CSV have different numbers of fields")
        }
        let allNumeric = rows.allSatisfy { $0.allSatisfy { $0.isEmpty || number($0) != nil } }
        if allNumeric && !header[0].isEmpty {
            return ExpectedFigure(figure: try figure(values: rows, columnLabels: nil, rowLabels: nil), aspects: [.grid, .values])
        }
        guard header.count >= 2, rows.count >= 2 else {
            throw ParseError(description: "a labelled CSV needs a header row, a label column and at least one value")
        }
        let body = Array(rows.dropFirst())
        let values = body.map { Array($0.dropFirst()) }
        return ExpectedFigure(
            figure: try figure(values: values, columnLabels: Array(header.dropFirst()), rowLabels: body.map { $0[0] }),
            aspects: [.grid, .values, .tickLabels])
    }

    /// A figure holding only the values and, where given, the tick labels. A label that is
    /// just its own index is what the tool writes for an unlabelled cell, so it is dropped.
    private static func figure(values fields: [[String]], columnLabels: [String]?, rowLabels: [String]?) throws(ParseError) -> HeatmapFigure {
        var values: [[Double?]] = []
        for (r, row) in fields.enumerated() {
            var out: [Double?] = []
            for (c, field) in row.enumerated() {
                if field.isEmpty { out.append(nil); continue }
                guard let v = number(field) else {
                    throw ParseError(description: "value \"\(field)\" in row \(r + 1), column \(c + 1) is not a number")
                }
                out.append(v)
            }
            values.append(out)
        }
        func ticks(_ labels: [String]?) -> [HeatmapFigure.Tick] {
            (labels ?? []).enumerated().filter { !$0.element.isEmpty && $0.element != String($0.offset) }
                .map { HeatmapFigure.Tick(text: $0.element, position: Double($0.offset)) }
        }
        let rows = values.count, columns = values.first?.count ?? 0
        return HeatmapFigure(
            image: .init(file: "", width: 0, height: 0),
            xAxis: .init(ticks: ticks(columnLabels)), yAxis: .init(ticks: ticks(rowLabels)),
            grid: .init(rows: rows, columns: columns, box: .init(x: 0, y: 0, width: 0, height: 0)),
            values: values)
    }

    private static func number(_ field: String) -> Double? {
        guard let v = Double(field.trimmingCharacters(in: .whitespaces)), v.isFinite else { return nil }
        return v
    }

    /// The fields of each record (RFC 4180: quoted fields may hold commas, quotes, line breaks).
    static func records(_ text: String) throws(ParseError) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(c)
            }
        }
        if quoted { throw ParseError(description: "a quoted field is not closed") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
