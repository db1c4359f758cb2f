import Foundation
import Testing
@testable import FigScribe

/// Real label crops from the dev corpus, stored as raw RGBA: 4-byte little-endian width and
/// height, then the pixels (no PNG decoder needed).
enum TextFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func image(_ name: String) throws -> RGBAImage {
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
        try #require(bytes.count >= 8)
        let w = bytes[0..<4].reversed().reduce(0) { $0 << 8 | Int($1) }
        let h = bytes[4..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        try #require(bytes.count == 8 + w * h * 4)
        return RGBAImage(width: w, height: h, pixels: Array(bytes[8...]))
    }
}

@Suite("LineReader")
struct LineReaderTests {
    @Test(arguments: [
        ("seed_meta_token2.title.rgba", "Meta Token #2 • Past Cosine-Sim (Padded)"),
        ("imshow_13.cblabel.rgba", "ΔT (°C)"),
        ("seaborn_16.xlabel.rgba", "learning rate η"),
        ("imshow_14.title.rgba", "Feature correlation (Pearson ρ)"),
        ("imshow_03.title.rgba", "Δ accuracy after head ablation (σ-normalised)"),
        ("br_log_hkey.cblabel.rgba", "µg/L"),
        // Held-out figures (Scripts/heldout-python --seed 19 and 20): a serif O open at its
        // foot inside a word is no Ω; a lone serif r is no T.
        ("ho19_vegalite_2.ytick.rgba", "FOXA1"),
        ("ho20_plotly_4.cblabel.rgba", "r"),
    ])
    func readsCorpusLabels(file: String, expected: String) throws {
        let reader = try LineReader()
        let line = try reader.read(try TextFixtures.image(file), kind: .text)
        #expect(line.text == expected)
        #expect(line.confidence > 50)
    }

    @Test func readsRotatedLabelAfterTurningItUpright() throws {
        let reader = try LineReader()
        let upright = try TextFixtures.image("imshow_13.cblabel.rgba")
        let asDrawn = upright.rotated(by: 90)  // how a colour-bar label appears on the figure
        #expect(try reader.read(asDrawn.rotated(by: -90), kind: .text).text == "ΔT (°C)")
    }

    /// plotly's "B1" tick label opens with a straight stem, its "00h" with a round zero.
    @Test func leadingGlyphTellsAStemFromACurve() throws {
        let reader = try LineReader()
        let figure = try PNGDecoder().decode(
            contentsOf: Paths.goldenImages.appendingPathComponent("systems/plotly/plotly_layout_plotly_1.png"))
        let b1 = try reader.leadingGlyph(of: figure.cropped(to: PixelRect(minX: 62, minY: 84, maxX: 80, maxY: 97)))
        #expect(b1?.hasLeftStem == true)
        let zero = try reader.leadingGlyph(of: figure.cropped(to: PixelRect(minX: 466, minY: 401, maxX: 492, maxY: 415)))
        #expect(zero?.hasLeftStem == false)
    }

    /// pheatmap's colour-bar label "2000", clear at 10 px, which Tesseract reads as "000":
    /// four glyphs, three characters, so it is read again enlarged; "4000", read whole, is not.
    @Test func aNumberReadShortOfItsGlyphsIsReadAgain() throws {
        let reader = try LineReader()
        let figure = try PNGDecoder().decode(contentsOf: TextFixtures.directory.appendingPathComponent("hn18_pheatmap_5.png"))
        let twoThousand = figure.cropped(to: PixelRect(minX: 534, minY: 142, maxX: 566, maxY: 156))
        let first = try reader.read(twoThousand, kind: .number)
        #expect(first.text == "000")
        #expect(try reader.rereadShortNumber(twoThousand, reading: first.text)?.text == "2000")
        let fourThousand = figure.cropped(to: PixelRect(minX: 534, minY: 60, maxX: 566, maxY: 74))
        #expect(try reader.read(fourThousand, kind: .number).text == "4000")
        #expect(try reader.rereadShortNumber(fourThousand, reading: "4000") == nil)
    }

    /// ggcorrplot's "vs" (read "VS") has two glyphs as short as the c, a, r of "carb", whose
    /// b stands taller.
    @Test func glyphHeightsMeasureEachGlyph() throws {
        let reader = try LineReader()
        let figure = try PNGDecoder().decode(
            contentsOf: Paths.goldenImages.appendingPathComponent("others/ggcorrplot/gcp_README-basic-1.png"))
        let vs = reader.glyphHeights(of: figure.cropped(to: PixelRect(minX: 37, minY: 235, maxX: 65, maxY: 254)))
        let carb = reader.glyphHeights(of: figure.cropped(to: PixelRect(minX: 14, minY: 78, maxX: 65, maxY: 101)))
        try #require(vs.count == 2 && carb.count == 4)
        #expect(vs.allSatisfy { abs($0 - carb[0]) <= 1 })
        #expect(carb[3] >= 1.2 * carb[0])
    }

    @Test(arguments: [("imshow_13.cblabel.rgba", LineKind.text), ("seaborn_16.xlabel.rgba", .text), ("imshow_13.cblabel.rgba", .number)])
    func fullReadingFromAFirstLookIsTheSame(file: String, kind: LineKind) throws {
        let reader = try LineReader()
        let image = try TextFixtures.image(file)
        let look = try reader.firstLook(image, kind: kind)
        let full = try reader.read(look)
        #expect(full == (try reader.read(image, kind: kind)))
        // Second looks and repairs only ever replace the first reading with a surer one.
        #expect(look.confidence <= full.confidence)
    }

    /// What lets `FigureTextReader` give a direction up on first looks alone: a label of
    /// words read the wrong way up starts far below its full upright reading. (A short one
    /// may not: "ΔT (°C)" upside down reads at 67 against 95, and is then read in full.)
    @Test(arguments: ["seaborn_16.xlabel.rgba", "seed_meta_token2.title.rgba"])
    func upsideDownFirstLookOfWordsIsHopeless(file: String) throws {
        let reader = try LineReader()
        let upright = try TextFixtures.image(file)
        let full = try reader.read(upright, kind: .text)
        let upsideDown = try reader.firstLook(upright.rotated(by: 180), kind: .text)
        #expect(upsideDown.confidence <= full.confidence - FigureTextReader.hopelessDirection)
    }

    @Test func numberModeKeepsDigits() throws {
        let reader = try LineReader()
        let r = try reader.read(try TextFixtures.image("imshow_13.cblabel.rgba"), kind: .number)
        #expect(r.text.allSatisfy { LineReader.numberCharacters.contains($0) || $0 == " " })
    }

    @Test func emptyImageThrows() throws {
        let reader = try LineReader()
        #expect(throws: TextError.emptyImage(width: 0, height: 0)) {
            try reader.read(RGBAImage(width: 0, height: 0, pixels: []), kind: .text)
        }
    }
}

@Suite("LinePreprocessor")
struct LinePreprocessorTests {
    @Test func enlargesPadsAndMapsBoxesBack() {
        var img = RGBAImage(width: 20, height: 10, fill: RGBA(r: 240, g: 240, b: 200))
        for x in 5..<15 { img[x, 5] = RGBA(r: 200, g: 0, b: 0) }
        let p = LinePreprocessor(targetHeight: 30, padding: 12).prepare(img)
        #expect(p.scale == 3)
        #expect(p.image.width == 60 + 24 && p.image.height == 30 + 24)
        #expect(p.image[0, 0] == RGBA(r: 255, g: 255, b: 255))
        let centre = p.image[12 + 30, 12 + 16]
        #expect(centre.r < 80 && centre.r == centre.g && centre.g == centre.b)
        #expect(p.sourceBox(PixelRect(minX: 12, minY: 12, maxX: 72, maxY: 42)) == PixelRect(minX: 0, minY: 0, maxX: 20, maxY: 10))
    }
}
