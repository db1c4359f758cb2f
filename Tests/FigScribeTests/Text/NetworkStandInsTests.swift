import CTesseractStandIns
import Testing
@testable import FigScribe

/// The stand-ins for Tesseract's LSTM functions (CTesseractStandIns) must read exactly as the
/// library's own do: two fresh engines read the same lines in the same order (each engine's
/// random fill at the image edges then runs alike), one with the stand-ins, one without.
@Suite("Network stand-ins")
struct NetworkStandInsTests {
    static let lines = [
        "seed_meta_token2.title.rgba", "imshow_13.cblabel.rgba", "seaborn_16.xlabel.rgba",
        "ho19_vegalite_2.ytick.rgba", "oc_annot_decimal.print19.rgba", "p9_annot_1.print11.rgba",
    ]

    @Test func readAsTesseractsOwnFunctionsRead() throws {
        let prepared = try Self.lines.map { LinePreprocessor().prepare(try TextFixtures.image($0)) }
        let withStandIns = try OCREngine(language: "eng")
        let runsBefore = figscribe_convolve_stand_in_runs()
        let ours = try prepared.map { try withStandIns.recognize($0) }
        #if os(Linux)
        // Reached on ELF platforms: the test binary exports the stand-ins as the CLI does.
        #expect(figscribe_convolve_stand_in_runs() >= runsBefore + prepared.count)
        #endif

        let withoutStandIns = try OCREngine(language: "eng")
        figscribe_library_network(1)
        defer { figscribe_library_network(0) }
        let runsBeforeLibrary = figscribe_convolve_stand_in_runs()
        let theirs = try prepared.map { try withoutStandIns.recognize($0) }
        #expect(figscribe_convolve_stand_in_runs() == runsBeforeLibrary)

        // Real readings (the raw ones, before any repair), not two failures alike.
        #expect(Array(ours.map(\.text).prefix(5)) == ["Meta Token #2 * Past Cosine-Sim (Padded)", "AT (°C)", "learning rate n", "FOXA1", "1.3"])
        for (a, b) in zip(ours, theirs) {
            #expect(a == b)
        }
    }
}
