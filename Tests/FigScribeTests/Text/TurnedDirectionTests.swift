import Foundation
import Testing
@testable import FigScribe

/// Which way a role's turned lines read: bottom to top (90°) unless they read clearly
/// better the other way.
@Suite("Turned text direction")
struct TurnedDirectionTests {
    /// seaborn's colour-bar label "°C", two glyphs turned to read upwards: "°c" at 71 read
    /// upwards against "De" at 87 read downwards. A lone short line must read better by
    /// twice the margin to turn from the usual direction.
    @Test func aLoneShortLineKeepsTheUsualDirection() throws {
        let figure = try HeatmapReader().read(contentsOf: TextFixtures.directory.appendingPathComponent("ho17_seaborn_6.png"))
        #expect(figure.colorbar?.label == "°C")
    }
}
