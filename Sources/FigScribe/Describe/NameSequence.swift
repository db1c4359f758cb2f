import Foundation

/// Category names that run in an order of their own, so trends along them mean something:
/// numbered names that share the text around their number (`C1 … C9`, `S-01 … S-12`,
/// `Q4 … Q1`), or month or weekday names in calendar order (`Jan … Dec`, `Mon … Fri`).
///
/// The names must run that way in display order (one way or the other, months and
/// weekdays also round the end of the year or week one step at a time): shuffled
/// numbered names, such as a clustered heatmap's `G7, G2, G9`, are no sequence.
enum NameSequence {
    /// One key per name, increasing along the sequence; `nil` unless the names (three or
    /// more) form a sequence.
    static func keys(_ names: [String]) -> [Double]? {
        guard names.count >= 3 else { return nil }
        return numberedKeys(names) ?? calendarKeys(names, of: months, cycle: 12)
            ?? calendarKeys(names, of: weekdays, cycle: 7)
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Names alike but for one run of digits (the last), whose numbers rise or fall strictly.
    private static func numberedKeys(_ names: [String]) -> [Double]? {
        var frame: (prefix: Substring, suffix: Substring)? = nil
        var numbers: [Double] = []
        for name in names {
            guard let digits = lastDigitRun(in: name), let number = Double(name[digits]) else { return nil }
            let parts = (prefix: name[..<digits.lowerBound], suffix: name[digits.upperBound...])
            if let frame, frame != parts { return nil }
            frame = parts
            numbers.append(number)
        }
        guard let frame, !(frame.prefix + frame.suffix).isEmpty, isStrictlyMonotone(numbers) else { return nil }
        return numbers
    }

    private static func lastDigitRun(in name: String) -> Range<String.Index>? {
        guard let end = name.lastIndex(where: \.isASCIIDigit) else { return nil }
        var start = end
        while start > name.startIndex, name[name.index(before: start)].isASCIIDigit {
            start = name.index(before: start)
        }
        return start..<name.index(after: end)
    }

    /// Keys for names that are all calendar names of one kind (a full name or its first
    /// three letters or more, any case), strictly in order, or in order one step at a time
    /// around the end of the cycle (`Jul … Dec, Jan … Jun`).
    private static func calendarKeys(_ names: [String], of calendar: [String], cycle: Int) -> [Double]? {
        var places: [Int] = []
        for name in names {
            let word = name.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(
                in: CharacterSet(charactersIn: "."))
            guard word.count >= 3, let place = calendar.firstIndex(where: { $0.hasPrefix(word) }) else { return nil }
            places.append(place)
        }
        let keys = places.map(Double.init)
        if isStrictlyMonotone(keys) { return keys }
        let steps = zip(places, places.dropFirst()).map { ($1 - $0 + cycle) % cycle }
        guard names.count <= cycle, let step = steps.first, step == 1 || step == cycle - 1,
            steps.allSatisfy({ $0 == step })
        else { return nil }
        return places.indices.map { Double(step == 1 ? $0 : -$0) }
    }

    private static func isStrictlyMonotone(_ values: [Double]) -> Bool {
        let pairs = zip(values, values.dropFirst())
        return pairs.allSatisfy { $0 < $1 } || pairs.allSatisfy { $0 > $1 }
    }
}
