import Foundation

/// A component's pixel count and coordinate sums, exact whole numbers whatever the order
/// runs are added in.
struct MomentSums {
    var count = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0

    /// Adds a run's pixels.
    mutating func add(_ run: MaskRuns.Run) {
        let n = run.end - run.start
        // Sums of x and x² over start..<end.
        let sumX = (run.start + run.end - 1) * n / 2
        func squares(_ m: Int) -> Int { m < 0 ? 0 : m * (m + 1) * (2 * m + 1) / 6 }
        let sumXX = squares(run.end - 1) - squares(run.start - 1)
        count += n
        sx += sumX
        sy += run.y * n
        sxx += sumXX
        syy += run.y * run.y * n
        sxy += run.y * sumX
    }

    /// The principal axis: its angle in degrees counter-clockwise (image y points down)
    /// and the pixels' elongation along it.
    var axis: (angle: Double, elongation: Double) {
        let n = Double(count), mx = Double(sx) / n, my = Double(sy) / n
        let cxx = Double(sxx) / n - mx * mx, cyy = Double(syy) / n - my * my
        let cxy = Double(sxy) / n - mx * my
        let spread = ((cxx - cyy) * (cxx - cyy) + 4 * cxy * cxy).squareRoot()
        let major = (cxx + cyy + spread) / 2, minor = max(1e-9, (cxx + cyy - spread) / 2)
        // Image y grows downwards, so the angle's sign flips.
        let angle = -0.5 * atan2(2 * cxy, cxx - cyy) * 180 / .pi
        return (angle, (major / minor).squareRoot())
    }
}
