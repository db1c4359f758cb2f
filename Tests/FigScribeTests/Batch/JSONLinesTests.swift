import Foundation
import Testing
@testable import FigScribe

@Suite("JSONLines")
struct JSONLinesTests {
    @Test func failureIsOneLineWithFileErrorAndStatus() throws {
        let line = try JSONLines.failureLine(file: "dir/a.png", reason: "not a PNG", status: 2)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "dir/a.png")
        #expect(object["error"] as? String == "not a PNG")
        #expect(object["status"] as? Int == 2)
        #expect(object["image"] == nil && object["schema"] == nil)
    }

    @Test func noHeatmapFailureKeepsTheImageSize() throws {
        let line = try JSONLines.failureLine(
            file: "a.png", reason: "no grid", status: 1, image: .init(file: "a.png", width: 32, height: 20))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == HeatmapFigure.schemaIdentifier)
        #expect((object["image"] as? [String: Any])?["width"] as? Int == 32)
    }
}
