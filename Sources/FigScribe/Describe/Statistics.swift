import Foundation

/// Small order statistics over plain numbers; the inputs never contain NaN.
enum Statistics {
    /// The `p`-quantile (0…1) with linear interpolation between order statistics.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double? {
        guard let first = sorted.first else { return nil }
        guard sorted.count > 1 else { return first }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// The least-squares line y = intercept + slope · x, `nil` when the x do not vary.
    static func leastSquaresLine(_ x: [Double], _ y: [Double]) -> (intercept: Double, slope: Double)? {
        guard let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0, sxx = 0.0
        for (p, v) in zip(x, y) {
            sxy += (p - mx) * (v - my)
            sxx += (p - mx) * (p - mx)
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        return (my - slope * mx, slope)
    }

    /// The arithmetic mean, `nil` for no values.
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The median absolute deviation from the median.
    static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let median = quantile(values.sorted(), 0.5) else { return nil }
        return quantile(values.map { abs($0 - median) }.sorted(), 0.5)
    }

    /// Spearman's rank correlation of `values` with their order (ties get mean ranks).
    static func spearmanWithOrder(_ values: [Double]) -> Double? {
        guard values.count >= 3 else { return nil }
        let ranks = self.ranks(values)
        let order = (0..<values.count).map(Double.init)
        return pearson(order, ranks)
    }

    /// Pearson's correlation coefficient; `nil` when either side is constant.
    static func pearson(_ a: [Double], _ b: [Double]) -> Double? {
        guard a.count == b.count, a.count >= 2, let ma = mean(a), let mb = mean(b) else { return nil }
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        guard saa > 0, sbb > 0 else { return nil }
        return sab / (saa * sbb).squareRoot()
    }

    /// Ranks 0…n−1 with ties sharing their mean rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]] == values[order[i]] { j += 1 }
            let shared = Double(i + j) / 2
            for k in i...j { ranks[order[k]] = shared }
            i = j + 1
        }
        return ranks
    }
}
