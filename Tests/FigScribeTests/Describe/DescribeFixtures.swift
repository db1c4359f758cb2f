import Foundation

@testable import FigScribe

/// Locates and loads the figures the Describe tests use.
enum DescribeFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = directory.appending(path: "Fixtures")
    static let golden = directory.appending(path: "Golden")

    /// The golden figures: small truth files copied from the dev corpus, and one of a
    /// discrete scale from GoldenImages/systems.
    static let names = [
        "seed_meta_token2", "imshowlow_01", "matshow_every3", "imshow_causal_mask", "imshow_08", "imshow_13",
        "pcolormesh_07", "gg_fermenter_rdbu",
    ]

    static func figure(_ name: String) throws -> HeatmapFigure {
        let data = try Data(contentsOf: fixtures.appending(path: "\(name).truth.json"))
        return try JSONDecoder().decode(HeatmapFigure.self, from: data)
    }

    /// The dev corpus's truth files when `shared/` is reachable (beside the checkout or at
    /// /work/shared), else none: the fixtures always run.
    static func corpusFiles() -> [URL] {
        var root = directory
        var candidates: [URL] = [URL(fileURLWithPath: "/work/shared/corpus/dev")]
        for _ in 0..<6 {
            root = root.deletingLastPathComponent()
            candidates.insert(root.appending(path: "shared/corpus/dev"), at: 0)
        }
        for candidate in candidates {
            if let files = try? FileManager.default.contentsOfDirectory(at: candidate, includingPropertiesForKeys: nil) {
                let truths = files.filter { $0.lastPathComponent.hasSuffix(".truth.json") }
                if !truths.isEmpty { return truths.sorted { $0.lastPathComponent < $1.lastPathComponent } }
            }
        }
        return []
    }

    /// Every figure the claim checks run on: fixtures plus the corpus when present.
    static func allFigures() throws -> [(name: String, figure: HeatmapFigure)] {
        var out = try names.map { ($0, try figure($0)) }
        let known = Set(names)
        for url in corpusFiles() {
            let name = url.lastPathComponent.replacingOccurrences(of: ".truth.json", with: "")
            guard !known.contains(name) else { continue }
            out.append((name, try JSONDecoder().decode(HeatmapFigure.self, from: Data(contentsOf: url))))
        }
        return out
    }
}
