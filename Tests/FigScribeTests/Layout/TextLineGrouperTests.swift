import Testing
@testable import FigScribe

@Suite("TextLineGrouper")
struct TextLineGrouperTests {
    typealias Component = ConnectedComponents.Component

    /// A glyph component with its box, ink and principal axis (angle, elongation).
    static func glyph(_ id: Int, _ box: (Int, Int, Int, Int), ink: Int, axis: (Double, Double)) -> Component {
        Component(id: id, box: PixelRect(minX: box.0, minY: box.1, maxX: box.2, maxY: box.3), pixelCount: ink, axis: axis)
    }

    /// Five single glyphs of `size` px far from the others, ids from `first`: they set the
    /// figure's typical glyph size.
    static func typicalGlyphs(from first: Int, size: Int) -> [Component] {
        (first..<(first + 5)).map { k in glyph(k, (40 * k, 300, 40 * k + size - 2, 300 + size), ink: 4 * size, axis: (90, 1.5)) }
    }

    /// The lines `glyphs` (ids 0 to `glyphs.count` − 1) make among typical glyphs of
    /// `typicalSize` px set far from them, which set the figure's glyph size.
    static func lines(of glyphs: [Component], typicalSize: Int) -> [TextLine] {
        TextLineGrouper(glyphs: glyphs + typicalGlyphs(from: glyphs.count, size: typicalSize)).lines()
            .filter { $0.glyphIDs.allSatisfy { $0 < glyphs.count } }
    }

    /// matplotlib's serif colour-bar label "value" turned 90° beside the tick label "1.4": "val"
    /// is one component, level with the tick label and 5 px past its "4"; "u" and "e" lie
    /// above. The thin "1" weighs as a mark, so "1.4val" made no long line that would have set
    /// the turned word apart, and "val" had been read with the tick label ("14%").
    @Test func aTurnedWordLevelWithAShortLabelGoesWithItsLetters() {
        let glyphs = [
            Self.glyph(0, (594, 216, 605, 227), ink: 77, axis: (-60.2, 1.03)), Self.glyph(1, (594, 228, 605, 240), ink: 79, axis: (41.9, 1.2)),
            Self.glyph(2, (589, 240, 605, 270), ink: 189, axis: (89.8, 2.11)), Self.glyph(3, (558, 244, 566, 258), ink: 47, axis: (-84.3, 2.96)),
            Self.glyph(4, (573, 244, 584, 258), ink: 81, axis: (-84.5, 1.51)), Self.glyph(5, (568, 255, 572, 258), ink: 10, axis: (0, 1.26)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 14)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.angle == 90 && Set($0.glyphIDs) == [0, 1, 2] })
        #expect(lines.contains { $0.angle != 90 && Set($0.glyphIDs) == [3, 4, 5] })  // a short label: the role decides its angle
    }

    /// Five tick labels like "ctrl_1" turned 45°, 35 px apart, as matplotlib draws them:
    /// a word of touching letters, an underscore and a digit each. Their digits line up
    /// in one row and their words in another, which must not be read as two lines.
    @Test func turnedLabelsSideBySideAreNotRows() {
        var glyphs: [Component] = []
        for k in 0..<5 {
            let dx = 35 * k
            glyphs.append(Component(id: glyphs.count, box: PixelRect(minX: 86 + dx, minY: 467, maxX: 106 + dx, maxY: 489),
                                    pixelCount: 130, axis: (45, 2.2)))
            glyphs.append(Component(id: glyphs.count, box: PixelRect(minX: 107 + dx, minY: 470, maxX: 114 + dx, maxY: 477),
                                    pixelCount: 18, axis: (45, 3)))
            glyphs.append(Component(id: glyphs.count, box: PixelRect(minX: 106 + dx, minY: 458, maxX: 117 + dx, maxY: 468),
                                    pixelCount: 45, axis: (-45, 3)))
        }
        let lines = TextLineGrouper(glyphs: glyphs).lines()
        #expect(lines.count == 5)
        for line in lines {
            #expect(line.angle == 45)
            #expect(line.glyphIDs.count == 3)
        }
    }

    /// A level x-axis label "Week" whose "W" and "k" lie 6 px below the last glyphs of two
    /// turned tick labels: the k stands on the label's baseline, within its top and bottom,
    /// a letter space after "Wee", and goes with it, not with the turned label above it.
    @Test func aLetterOnALevelLinesBaselineIsNotATurnedLabelsEnd() {
        let tick = [
            Self.glyph(52, (736, 659, 748, 677), ink: 136, axis: (-89.7, 1.41)), Self.glyph(75, (735, 680, 748, 685), ink: 32, axis: (5.7, 3.14)),
            Self.glyph(85, (739, 686, 748, 698), ink: 74, axis: (-89.2, 1.3)),
        ]
        let neighbour = [
            Self.glyph(51, (687, 659, 699, 677), ink: 138, axis: (-86.3, 1.42)), Self.glyph(74, (686, 680, 699, 685), ink: 32, axis: (5.7, 3.14)),
            Self.glyph(84, (690, 686, 699, 698), ink: 74, axis: (-89.2, 1.3)),
        ]
        let week = [
            Self.glyph(92, (691, 704, 711, 719), ink: 159, axis: (0.5, 1.3)), Self.glyph(94, (710, 708, 721, 719), ink: 82, axis: (63.6, 1.05)),
            Self.glyph(95, (722, 708, 733, 719), ink: 82, axis: (63.6, 1.05)), Self.glyph(93, (735, 704, 745, 719), ink: 74, axis: (-68, 1.59)),
        ]
        let lines = TextLineGrouper(glyphs: tick + neighbour + week).lines()
        let label = try? #require(lines.first { $0.glyphIDs.contains(92) })
        #expect(label?.glyphIDs == [92, 94, 95, 93])
        #expect(label?.angle == 0)
        #expect(lines.first { $0.glyphIDs.contains(52) }.map { Set($0.glyphIDs) } == [52, 75, 85])
    }

    /// lattice's key title "rate (%)" whose "(" sits 4 px above the corner of the tick label
    /// "20": "(%)" and "20" lie corner to corner, but from "(" to "%" the line runs level, so
    /// they are no diagonal line; "(%)" joins "rate".
    @Test func aLevelWordCornerToCornerWithANumberIsNoDiagonalLine() {
        let glyphs = [
            Self.glyph(13, (228, 31, 248, 44), ink: 153, axis: (1.2, 1.75)), Self.glyph(14, (248, 34, 258, 44), ink: 76, axis: (0, 1)),
            Self.glyph(10, (265, 30, 270, 49), ink: 49, axis: (-88.4, 4.77)), Self.glyph(11, (270, 30, 287, 44), ink: 115, axis: (-38, 1.75)),
            Self.glyph(12, (287, 30, 292, 49), ink: 46, axis: (88.4, 4.8)), Self.glyph(19, (253, 53, 267, 62), ink: 86, axis: (3.3, 1.47)),
            Self.glyph(15, (158, 52, 162, 62), ink: 24, axis: (-85.3, 3.15)), Self.glyph(18, (164, 53, 171, 62), ink: 40, axis: (-89, 1.29)),
        ] + Self.typicalGlyphs(from: 30, size: 14)
        let lines = TextLineGrouper(glyphs: glyphs).lines()
        #expect(lines.first { $0.glyphIDs.contains(11) }.map { Set($0.glyphIDs) } == [13, 14, 10, 11, 12])
        #expect(lines.first { $0.glyphIDs.contains(19) }?.glyphIDs == [19])
    }

    /// ggplot2's legend title "r" set just above the tick label "−1.0" (all of whose glyphs
    /// but the 0 are small enough to count as marks): the r is a line of its own, not an
    /// accent of the number; a tick mark there (a solid bar) stays with it.
    @Test func aSmallLetterAboveANumberIsALineOfItsOwn() {
        let number = [
            Self.glyph(1, (214, 602, 219, 615), ink: 34, axis: (90, 3)), Self.glyph(2, (227, 603, 236, 615), ink: 68, axis: (90, 1.3)),
            Self.glyph(3, (203, 610, 213, 612), ink: 20, axis: (0, 5)), Self.glyph(4, (223, 613, 226, 615), ink: 6, axis: (0, 1)),
        ]
        let r = Self.glyph(0, (202, 589, 208, 601), ink: 41, axis: (90, 1.5))
        let lines = TextLineGrouper(glyphs: Self.typicalGlyphs(from: 10, size: 14) + number + [r]).lines()
            .filter { $0.box.minY > 500 }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0], [1, 2, 3, 4]], "\(lines.map(\.glyphIDs))")
        let mark = Self.glyph(0, (204, 590, 208, 600), ink: 40, axis: (90, 2.5))
        let marked = TextLineGrouper(glyphs: Self.typicalGlyphs(from: 10, size: 14) + number + [mark]).lines()
            .filter { $0.box.minY > 500 }
        #expect(marked.count == 1)
    }

    /// Two-digit tick labels turned 45° whose digits touch are square blocks of diagonal
    /// ink: set closer than a space, each is still a label of its own, not a level word.
    @Test func squareDiagonalBlocksAreNotJoinedIntoAWord() {
        var glyphs = Self.typicalGlyphs(from: 3, size: 8)
        for k in 0..<3 {
            glyphs.append(Self.glyph(k, (314 + 17 * k, 284, 325 + 17 * k, 295), ink: 48, axis: (44, 1.35)))
        }
        let labels = TextLineGrouper(glyphs: glyphs).lines().filter { $0.box.minY == 284 }
        #expect(labels.count == 3)
        // Level blocks (upright capitals of a larger font) still make one word.
        var level = Self.typicalGlyphs(from: 3, size: 8)
        for k in 0..<3 {
            level.append(Self.glyph(k, (314 + 17 * k, 284, 325 + 17 * k, 295), ink: 48, axis: (90, 1.35)))
        }
        #expect(TextLineGrouper(glyphs: level).lines().filter { $0.box.minY == 284 }.count == 1)
    }

    /// A title's words are spaced for its larger font: "2" and "x 3" 10 px apart, 13 px
    /// tall, make one line; text of the figure's typical size that far apart does not.
    @Test func wordsOfLargerTextJoinAcrossTheirWiderSpace() {
        func title(height: Int) -> [Component] {
            var glyphs = Self.typicalGlyphs(from: 4, size: 10)
            glyphs.append(Self.glyph(0, (100, 5, 109, 5 + height), ink: 60, axis: (90, 1.5)))
            for k in 0..<3 {
                glyphs.append(Self.glyph(k + 1, (119 + 11 * k, 5, 128 + 11 * k, 5 + height), ink: 60, axis: (90, 1.5)))
            }
            return glyphs
        }
        #expect(TextLineGrouper(glyphs: title(height: 13)).lines().filter { $0.box.minY == 5 }.count == 1)
        #expect(TextLineGrouper(glyphs: title(height: 10)).lines().filter { $0.box.minY == 5 }.count == 2)
    }

    /// Courier's "depth (m)": letters 8 px wide at a 9 px pitch, the words a whole letter
    /// apart (10 px, more than the ¾ glyph a proportional font's space stays under), make
    /// one line, also when the letters beside the space sit a little off their advance (a
    /// bracket's ink) and when two letters touch (ggplot2's 8-px Courier "quality": one glyph
    /// two pitches wide); the same words a few pixels further apart, or with a glyph one and
    /// a half pitches wide (no fixed pitch), stay two.
    @Test func wordsOfAFixedPitchFontJoinAcrossAWholeLetterSpace() {
        /// The first word's glyphs: `widths` from x = 100, each a pitch times its letter count on.
        func words(secondAt start: Int, widths: [(width: Int, letters: Int)] = Array(repeating: (8, 1), count: 5)) -> [TextLine] {
            var glyphs: [Component] = []
            var x = 100
            for (width, letters) in widths {
                glyphs.append(Self.glyph(glyphs.count, (x, 5, x + width, 15), ink: 40, axis: (90, 1.5)))
                x += 9 * letters
            }
            for k in 0..<3 {
                glyphs.append(Self.glyph(glyphs.count, (start + 9 * k, 5, start + 9 * k + 8, 15), ink: 40, axis: (90, 1.5)))
            }
            return Self.lines(of: glyphs, typicalSize: 10)
        }
        #expect(words(secondAt: 154).count == 1)
        #expect(words(secondAt: 156).count == 1)
        #expect(words(secondAt: 154, widths: [(8, 1), (17, 2), (8, 1), (8, 1)]).count == 1)
        #expect(words(secondAt: 158).count == 2)
        #expect(words(secondAt: 154, widths: [(8, 1), (13, 2), (8, 1), (8, 1)]).count == 2)
    }

    /// ggplot2's 14-px Courier title "Temperature (°C)" (pitch 11): the brackets' and the
    /// degree sign's ink sits off their advances' middles ("(" and "°" 9 px apart), by no
    /// more than the room such narrow marks leave; the words make one line.
    @Test func narrowMarksOfAFixedPitchWordMayStandOffThePitch() {
        var glyphs: [Component] = []
        for k in 0..<11 {
            let x = 38 + 11 * k
            glyphs.append(Self.glyph(glyphs.count, (x, 8, x + 9, 20), ink: 40, axis: (90, 1.2)))
        }
        for (x0, x1, y0, y1) in [(174, 178, 6, 20), (182, 188, 6, 12), (192, 201, 7, 18), (204, 208, 6, 20)] {
            glyphs.append(Self.glyph(glyphs.count, (x0, y0, x1, y1), ink: 40, axis: (90, 1.2)))
        }
        #expect(Self.lines(of: glyphs, typicalSize: 10).count == 1)
    }

    /// seaborn's x label "Day", one glyph of touching letters (22 × 13 px), 8 px under the
    /// turned tick label "Jun": a level word, no letter of the turned line.
    @Test func aLevelWordUnderATurnedLabelIsALineOfItsOwn() {
        let glyphs = [
            Self.glyph(0, (282, 383, 290, 388), ink: 30, axis: (0, 1.5)), Self.glyph(1, (282, 389, 290, 394), ink: 30, axis: (0, 1.5)),
            Self.glyph(2, (282, 395, 290, 401), ink: 30, axis: (0, 1.3)), Self.glyph(3, (276, 408, 298, 421), ink: 120, axis: (0, 1.7)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 10)
        #expect(lines.contains { $0.glyphIDs == [3] })
        #expect(lines.contains { $0.glyphIDs.sorted() == [0, 1, 2] })
    }

    /// seaborn's turned "Row" ("ow" one glyph, "R" another) hard beside the level tick
    /// labels "02h" and "03h", one glyph each: taken first for a 45° line with "03h", which
    /// as a level word gives it back; "Row" stays one line.
    @Test func aLevelTickLabelInADiagonalLineIsGivenBack() {
        let glyphs = [
            Self.glyph(0, (20, 277, 38, 286), ink: 110, axis: (-1.6, 1.98)), Self.glyph(1, (6, 292, 13, 306), ink: 75, axis: (-89.2, 2.02)),
            Self.glyph(2, (4, 307, 13, 314), ink: 47, axis: (6.3, 1.18)), Self.glyph(3, (20, 319, 38, 328), ink: 112, axis: (-3.8, 2.1)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 17)
        #expect(lines.contains { $0.glyphIDs == [3] })
        #expect(lines.contains { $0.glyphIDs.sorted() == [1, 2] })
    }

    /// A parenthesis is one tall narrow glyph, which alone looks like a turned word; set
    /// beside a level word of its own height it opens that word ("(°C)"), while a turned
    /// word taller than the level text beside it stays a line of its own.
    @Test func aBracketJoinsTheLevelWordBesideIt() {
        func lines(bracketHeight: Int) -> [TextLine] {
            var glyphs = Self.typicalGlyphs(from: 4, size: 10)
            glyphs.append(Self.glyph(0, (100, 7, 105, 7 + bracketHeight), ink: 40, axis: (90, 4)))
            for k in 0..<3 {
                glyphs.append(Self.glyph(k + 1, (111 + 12 * k, 7, 121 + 12 * k, 26), ink: 80, axis: (90, 1.5)))
            }
            return TextLineGrouper(glyphs: glyphs).lines().filter { $0.box.minY == 7 }
        }
        let bracketed = lines(bracketHeight: 19)
        #expect(bracketed.count == 1)
        #expect(bracketed.first?.angle == 0)
        #expect(lines(bracketHeight: 30).count == 2)
    }

    /// ggplot2's 8-px Courier "(%)" in a figure of 7-px text: each bracket (4 by 14 px, taken
    /// alone for a turned word) beside the lone "%" 11 px tall makes one level line with it.
    @Test func bracketsAroundALoneGlyphMakeALevelLine() {
        var glyphs = Self.typicalGlyphs(from: 3, size: 7)
        glyphs.append(Self.glyph(0, (141, 6, 145, 20), ink: 30, axis: (90, 4)))
        glyphs.append(Self.glyph(1, (148, 6, 156, 17), ink: 40, axis: (60, 1.3)))
        glyphs.append(Self.glyph(2, (160, 6, 164, 20), ink: 30, axis: (90, 4)))
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 3 } }
        #expect(lines.count == 1)
        #expect(lines.first?.angle == 0)
    }

    /// seaborn's gene names turned 90° at 7 px: each label one glyph of touching letters,
    /// 7 px wide and 20–27 tall, 11 px apart. They are a row of labels, one line each, not
    /// one level line; the same glyphs 3 px apart (a level word's tall letters) stay one.
    @Test func aRowOfUprightWordsIsOneLineEach() {
        func lines(gap: Int) -> [TextLine] {
            let heights = [27, 22, 25, 20, 26]
            let glyphs = heights.enumerated().map { k, h in
                Self.glyph(k, (44 + (7 + gap) * k, 341, 51 + (7 + gap) * k, 341 + h), ink: 5 * h, axis: (89, 3.5))
            }
            return Self.lines(of: glyphs, typicalSize: 17)
        }
        #expect(lines(gap: 11).count == 5)
        #expect(lines(gap: 3).count == 1)
    }

    /// seaborn's x label "Day" (its "Da" one glyph, 13 by 8 px, and the "y") set 6 px under
    /// the turned tick label "GATA3" (7 by 25 px) above it: the upright line is the label
    /// alone; "Da" and "y", side by side at its end, are a level line of their own.
    @Test func lettersSideBySideAtAnUprightLinesEndAreALevelLine() {
        let glyphs = [
            Self.glyph(0, (263, 341, 270, 366), ink: 130, axis: (90, 3.5)),
            Self.glyph(1, (249, 372, 262, 380), ink: 63, axis: (0, 1.6)),
            Self.glyph(2, (262, 375, 267, 382), ink: 23, axis: (80, 1.4)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 17)
        #expect(lines.contains { $0.glyphIDs == [0] })
        #expect(lines.contains { Set($0.glyphIDs) == [1, 2] && $0.angle != 90 })
    }

    /// A number's point sits below the digits' centre line; it must stay in the number.
    @Test func decimalPointStaysInItsNumber() {
        let glyphs = [
            Component(id: 0, box: PixelRect(minX: 0, minY: 0, maxX: 7, maxY: 12), pixelCount: 40),
            Component(id: 1, box: PixelRect(minX: 9, minY: 10, maxX: 11, maxY: 12), pixelCount: 4),
            Component(id: 2, box: PixelRect(minX: 13, minY: 0, maxX: 20, maxY: 12), pixelCount: 40),
        ]
        let lines = TextLineGrouper(glyphs: glyphs).lines()
        #expect(lines.count == 1)
        #expect(lines.first?.angle == 0)
    }

    /// A word of touching letters twice as wide as tall is level even when an ascender at
    /// its end tilts its ink's axis ("00h"); one twice as tall as wide is turned.
    @Test func aLoneWordTakesItsBoxsDirection() {
        // Single letters elsewhere set the typical glyph size (10 px).
        let letters = (1...5).map { k in
            Component(id: k, box: PixelRect(minX: 100 + 40 * k, minY: 200, maxX: 108 + 40 * k, maxY: 210), pixelCount: 40, axis: (90, 1.5))
        }
        let level = [Component(id: 0, box: PixelRect(minX: 10, minY: 10, maxX: 40, maxY: 24), pixelCount: 160, axis: (30, 3))]
        #expect(TextLineGrouper(glyphs: level + letters).lines().first { $0.glyphIDs == [0] }?.angle == 0)
        let turned = [Component(id: 0, box: PixelRect(minX: 10, minY: 10, maxX: 24, maxY: 40), pixelCount: 160, axis: (60, 3))]
        #expect(TextLineGrouper(glyphs: turned + letters).lines().first { $0.glyphIDs == [0] }?.angle == 90)
    }

    /// A turned axis label ("query": the word "quer" as one component and a "y") set hard
    /// against two level tick labels ("q4", "q5"), as ggplot2 draws a y title: the label is
    /// one turned line and each tick label one line of its own (level, or left to its
    /// role), none cut across.
    @Test func aTurnedWordBesideLevelLabelsKeepsItsLine() {
        let glyphs = [
            Self.glyph(0, (90, 197, 103, 208), ink: 60, axis: (0, 1.3)), Self.glyph(1, (91, 209, 102, 233), ink: 120, axis: (90, 3)),
            Self.glyph(2, (107, 193, 113, 203), ink: 35, axis: (90, 1.6)), Self.glyph(3, (114, 191, 121, 200), ink: 35, axis: (90, 1.3)),
            Self.glyph(4, (107, 233, 113, 243), ink: 35, axis: (90, 1.6)), Self.glyph(5, (114, 231, 120, 240), ink: 35, axis: (90, 1.3)),
        ]
        let lines = TextLineGrouper(glyphs: glyphs).lines()
        #expect(lines.count == 3)
        #expect(lines.contains { $0.glyphIDs.sorted() == [0, 1] && $0.angle == 90 })
        #expect(lines.contains { $0.glyphIDs.sorted() == [2, 3] && $0.angle != 90 })
        #expect(lines.contains { $0.glyphIDs.sorted() == [4, 5] && $0.angle != 90 })
    }

    /// A legend title ("kW", one component) and the strip's first tick label ("0") set
    /// corner to corner, clear of each other both across and down: two lines, not one
    /// turned 45°.
    @Test func wordsCornerToCornerAreNotADiagonalLine() {
        let glyphs = [
            Self.glyph(0, (248, 259, 268, 272), ink: 110, axis: (0, 1.5)), Self.glyph(1, (272, 273, 279, 282), ink: 35, axis: (90, 1.3)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 10)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.angle != 45 && $0.angle != -45 })
    }

    /// A turned y title of two components ("Da" and "y" of "Day") hard against a level
    /// tick label ("We" and "d" of "Wed"): the letters left alone at level make one turned
    /// line on their own.
    @Test func lettersLeftAloneMakeALineAtAnotherAngle() {
        let glyphs = [
            Self.glyph(0, (10, 155, 22, 162), ink: 46, axis: (0, 1.6)), Self.glyph(1, (7, 162, 18, 179), ink: 109, axis: (90, 1.6)),
            Self.glyph(2, (26, 163, 43, 172), ink: 100, axis: (0, 1.9)), Self.glyph(3, (44, 163, 50, 172), ink: 38, axis: (90, 1.5)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 9)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.glyphIDs.sorted() == [0, 1] && $0.angle == 90 })
        #expect(lines.contains { $0.glyphIDs.sorted() == [2, 3] })
    }

    /// seaborn's x-axis label "Time (h)" set 4 px under the turned tick label "R11": the h
    /// linked with the label's R and the turned line took it ("7 R11"), leaving "Time (" and
    /// a lone ")". The h, set further from the R than the label's glyphs are from each other
    /// and lining up with the brackets beside it, goes with them.
    @Test func aLevelLabelUnderTurnedTicksKeepsItsGlyphs() {
        let tick = [
            Self.glyph(0, (247, 459, 256, 465), ink: 27, axis: (10.4, 2.77)), Self.glyph(1, (247, 466, 256, 472), ink: 27, axis: (10.4, 2.77)),
            Self.glyph(2, (247, 473, 256, 480), ink: 43, axis: (17.3, 1.33)),
        ]
        let label = [
            Self.glyph(3, (242, 484, 245, 496), ink: 26, axis: (-90, 4.74)), Self.glyph(4, (247, 484, 253, 495), ink: 42, axis: (-73.5, 1.63)),
            Self.glyph(5, (255, 484, 258, 496), ink: 25, axis: (-89.2, 4.86)), Self.glyph(6, (208, 485, 218, 495), ink: 52, axis: (-56.7, 1.26)),
            Self.glyph(7, (219, 487, 229, 495), ink: 56, axis: (-3.9, 1.35)), Self.glyph(8, (230, 487, 237, 495), ink: 41, axis: (-88, 1.17)),
        ]
        let lines = TextLineGrouper(glyphs: Self.typicalGlyphs(from: 10, size: 9) + tick + label).lines().filter { $0.box.minY > 450 }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2], [3, 4, 5, 6, 7, 8]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(0) }?.angle == 90)
        #expect(lines.first { $0.glyphIDs.contains(6) }?.angle == 0)
    }

    /// ggplot2's x label "Cell" 5 px under the turned tick label "C10": its "Ce" touch and
    /// make one level glyph twice as wide as the turned glyphs, its l's are thin. Read as one
    /// turned line with them ("@ c10"), the label was lost; the word is a level line.
    @Test func aLevelWordOfTouchingLettersUnderATurnedLabelIsALineOfItsOwn() {
        let glyphs = [
            Self.glyph(0, (359, 401, 370, 409), ink: 56, axis: (0, 1.37)), Self.glyph(1, (359, 411, 370, 416), ink: 36, axis: (3.7, 2.76)),
            Self.glyph(2, (359, 418, 370, 428), ink: 63, axis: (2, 1.19)),
            Self.glyph(3, (349, 433, 372, 447), ink: 156, axis: (-10.2, 1.77)), Self.glyph(4, (373, 433, 375, 447), ink: 28, axis: (-90, 8.06)),
            Self.glyph(5, (377, 433, 379, 447), ink: 28, axis: (-90, 8.06)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 11)
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2], [3, 4, 5]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(0) }?.angle == 90)
        #expect(lines.first { $0.glyphIDs.contains(3) }?.angle == 0)
    }

    /// seaborn's x label "Station" at 80 dpi, one component of touching letters, 4 px under
    /// the turned tick label "C12" between "C11" and "C13": the turned line took it ("Fcs");
    /// it is a line of its own.
    @Test func aWholeLevelWordUnderTurnedLabelsIsALineOfItsOwn() {
        var glyphs: [Component] = []
        for (k, x) in [269, 290, 311].enumerated() {
            glyphs.append(Self.glyph(3 * k, (x, 339, x + 8, 344), ink: 29, axis: (0, 1.8)))
            glyphs.append(Self.glyph(3 * k + 1, (x, 345, x + 8, 349), ink: 22, axis: (4.6, 2.9)))
            glyphs.append(Self.glyph(3 * k + 2, (x, 350, x + 8, 357), ink: 31, axis: (-3, 1.26)))
        }
        glyphs.append(Self.glyph(9, (279, 361, 312, 369), ink: 178, axis: (-2, 4.73)))
        let lines = Self.lines(of: glyphs, typicalSize: 8)
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(4) }?.angle == 90)
        #expect(lines.first { $0.glyphIDs.contains(9) }?.angle == 0)
    }

    /// gnuplot's turned y label "Hour" (letters 8–13 px) between the level tick labels "08h"
    /// and "09h", 7 px from them, in a figure whose typical glyph is 17 px (tick labels of
    /// touching digits): linked across the gap, the six glyphs line up at no angle; split at
    /// their own size they make the label and the two tick labels.
    @Test func smallLinesLinkedAcrossAGapSplitAtTheirOwnSize() {
        var glyphs = [
            Self.glyph(0, (24, 290, 31, 299), ink: 44, axis: (90, 1.29)),
            Self.glyph(1, (31, 290, 44, 299), ink: 58, axis: (-17.5, 1.41)),
            Self.glyph(2, (9, 297, 17, 301), ink: 18, axis: (-14.8, 2.79)),
            Self.glyph(3, (10, 302, 17, 315), ink: 64, axis: (88, 1.91)),
            Self.glyph(4, (8, 316, 17, 324), ink: 51, axis: (87.7, 1.09)),
            Self.glyph(5, (24, 323, 44, 332), ink: 124, axis: (-2, 2.22)),
        ]
        glyphs += Self.typicalGlyphs(from: 6, size: 17).map {
            Self.glyph($0.id, ($0.box.minX + 100, $0.box.minY, $0.box.maxX + 100, $0.box.maxY), ink: $0.pixelCount, axis: $0.axis)
        }
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 6 } }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1], [2, 3, 4], [5]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(3) }?.angle == 90)
    }

    /// matplotlib's turned y label "Depth (m)" (letters 5–17 px, most of them light enough to
    /// weigh as marks beside the figure's 21-px glyphs) 4 px from the level tick label "03h",
    /// one component: its letters line up only when they must, so the group is split at its
    /// own size, into the label and the tick label, not read as one line at 45°.
    @Test func aGroupMostlyOfMarksAtTheFiguresSizeSplitsAtItsOwn() {
        var glyphs = [
            Self.glyph(0, (94, 204, 105, 221), ink: 116, axis: (79.3, 1.82)),
            Self.glyph(1, (97, 196, 108, 203), ink: 51, axis: (-16.2, 1.37)),
            Self.glyph(2, (94, 184, 105, 195), ink: 83, axis: (72.6, 1.12)),
            Self.glyph(3, (94, 174, 108, 179), ink: 35, axis: (-2.6, 3.66)),
            Self.glyph(4, (97, 163, 105, 174), ink: 58, axis: (85.9, 1.57)),
            Self.glyph(5, (94, 158, 108, 162), ink: 32, axis: (1.8, 4.11)),
            Self.glyph(6, (112, 184, 133, 194), ink: 128, axis: (-0.3, 2.17)),
        ]
        glyphs += (7..<12).map { k in Self.glyph(k, (40 * k, 300, 40 * k + 21, 310), ink: 130, axis: (0, 2.1)) }
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 7 } }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2, 3, 4, 5], [6]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(0) }?.angle == 90)
    }

    /// plotnine's legend title "level" (an "eve" of touching letters between two l's) over
    /// its first label "60", 6 px below and to the right, in a figure whose typical glyph is
    /// 15 px: all but the "eve" weigh as marks there, and the group lines up at no angle;
    /// at its own size it is the title and the label.
    @Test func aSmallTitleOverItsFirstLabelSplitsAtItsOwnSize() {
        var glyphs = [
            Self.glyph(0, (956, 115, 960, 127), ink: 30, axis: (90, 4)),
            Self.glyph(1, (961, 118, 986, 127), ink: 152, axis: (0, 2.6)),
            Self.glyph(2, (987, 115, 991, 127), ink: 30, axis: (90, 4)),
            Self.glyph(3, (994, 133, 1001, 142), ink: 48, axis: (90, 1.3)),
            Self.glyph(4, (1002, 133, 1009, 142), ink: 45, axis: (90, 1.3)),
        ]
        glyphs += Self.typicalGlyphs(from: 5, size: 15)
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 5 } }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2], [3, 4]], "\(lines.map(\.glyphIDs))")
    }

    /// matplotlib's turned colour bar label "count" (three glyphs, 8–10 px across) set level
    /// with the bar's tick labels "600" and "500" beside it (one 21-px component each): in
    /// an upright line, glyphs twice as wide as its others (whatever their ink) are level
    /// words, each a line of its own.
    @Test func levelNumbersBesideATurnedWordAreNoPartOfIt() {
        var glyphs = [
            Self.glyph(0, (1, 171, 11, 183), ink: 70, axis: (89.8, 1.31)),
            Self.glyph(1, (3, 184, 11, 191), ink: 44, axis: (-15.0, 1.07)),
            Self.glyph(2, (3, 192, 11, 207), ink: 75, axis: (89.2, 1.88)),
            Self.glyph(3, (18, 166, 39, 176), ink: 142, axis: (-0.1, 2.15)),
            Self.glyph(4, (18, 202, 39, 212), ink: 141, axis: (-1.4, 2.11)),
        ]
        glyphs += (5..<10).map { k in Self.glyph(k, (40 * k, 300, 40 * k + 21, 310), ink: 130, axis: (0, 2.1)) }
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 5 } }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1, 2], [3], [4]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(0) }?.angle == 90)
    }

    /// pheatmap's legend labels "10" and "0" stacked 6 px apart, in a figure whose typical
    /// glyph is 18 px, so the narrow 1 counts as a mark: the three glyphs step level, then
    /// upright, which no diagonal line does; they are two labels, not one line at 45°.
    @Test func stackedLabelsAreNotADiagonalLine() {
        let glyphs = [
            Self.glyph(0, (444, 207, 450, 221), ink: 48, axis: (-85.5, 3.04)),
            Self.glyph(1, (453, 207, 463, 221), ink: 86, axis: (-88.6, 1.39)),
            Self.glyph(2, (443, 227, 453, 241), ink: 86, axis: (-88.6, 1.39)),
        ] + Self.typicalGlyphs(from: 3, size: 18)
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.box.minX > 400 }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 1], [2]], "\(lines.map(\.glyphIDs))")
    }

    /// Vega-Lite's bold y label "Depth (m)" turned beside the tick labels "4", "5" and "6",
    /// 4 px away: "Dep" and "th" are words of touching letters running upright, so neither
    /// makes a 45° line with the digit beside it; they make the label's line.
    @Test func anUprightWordIsNoPartOfADiagonalLine() {
        let glyphs = [
            Self.glyph(0, (6, 145, 19, 168), ink: 166, axis: (-84, 2.48)),
            Self.glyph(1, (23, 146, 30, 155), ink: 34, axis: (86.6, 1.43)),
            Self.glyph(2, (23, 164, 30, 174), ink: 40, axis: (-88.6, 1.64)),
            Self.glyph(3, (6, 169, 16, 188), ink: 133, axis: (83.6, 2.1)),
            Self.glyph(4, (23, 182, 30, 192), ink: 47, axis: (84.7, 1.39)),
        ] + Self.typicalGlyphs(from: 5, size: 10).map {
            Self.glyph($0.id, ($0.box.minX + 100, $0.box.minY, $0.box.maxX + 100, $0.box.maxY), ink: $0.pixelCount, axis: $0.axis)
        }
        let lines = TextLineGrouper(glyphs: glyphs).lines().filter { $0.glyphIDs.allSatisfy { $0 < 5 } }
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0, 3], [1], [2], [4]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(0) }?.angle == 90)
    }

    /// Seaborn's serif tick label "2006" turned 45° (one block of touching digits) over the
    /// level x label "Week" ("Wee" and "k") set just below it: the block is a line of its
    /// own, not the top of an upright line holding the label.
    @Test func aTurnedBlockMakesNoUprightLineWithTheLabelUnderIt() {
        let glyphs = [
            Self.glyph(0, (258, 457, 285, 484), ink: 260, axis: (45.4, 3.15)),
            Self.glyph(1, (289, 491, 298, 502), ink: 40, axis: (-70, 1.56)),
            Self.glyph(2, (261, 492, 289, 502), ink: 120, axis: (-5.4, 3.1)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 21)
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0], [1, 2]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(2) }?.angle == 0)
    }

    /// gnuplot's colour-bar label "share" turned and set 2 px from the tick label "50%" (one
    /// wide component): the level label's line takes none of the turned word's letters,
    /// which make an upright line of their own ("er", "ah", "s").
    @Test func aWideLevelLabelTakesNoLetterOfTheTurnedLineBesideIt() {
        let glyphs = [
            Self.glyph(0, (770, 180, 797, 190), ink: 120, axis: (0, 3)),
            Self.glyph(1, (799, 181, 810, 195), ink: 60, axis: (80, 1.3)),
            Self.glyph(2, (801, 167, 810, 179), ink: 50, axis: (85, 1.4)),
            Self.glyph(3, (802, 196, 810, 203), ink: 30, axis: (90, 1.1)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 10)
        #expect(Set(lines.map { Set($0.glyphIDs) }) == [[0], [1, 2, 3]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first { $0.glyphIDs.contains(1) }?.angle == 90)
    }

    /// Vega-Lite's level x label "Hour" ("H" and "our") 5 px under the turned tick label
    /// "P07" ("P" and "07"), the H as wide as the turned glyphs: the H lies nearer its word
    /// than the tick label's glyphs, and goes with its word.
    @Test func aCapitalNearerItsWordThanATurnedLineGoesWithTheWord() {
        let glyphs = [
            Self.glyph(0, (208, 177, 218, 184), ink: 40, axis: (0, 1.3)),
            Self.glyph(1, (208, 185, 219, 201), ink: 80, axis: (90, 1.8)),
            Self.glyph(2, (207, 206, 219, 217), ink: 50, axis: (90, 1.2)),
            Self.glyph(3, (220, 209, 247, 217), ink: 90, axis: (0, 3.2)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 11)
        #expect(lines.contains { Set($0.glyphIDs) == [2, 3] && $0.angle == 0 }, "\(lines.map(\.glyphIDs))")
    }

    /// Seaborn's turned y label "Depth (m)": its "(m)" (three glyphs, 29 px tall) stands 10 px
    /// from the row name "May" (17 px tall) and makes no word of that level line.
    @Test func aTallTurnedPieceIsNoWordOfTheLevelLineBesideIt() {
        let glyphs = [
            Self.glyph(0, (5, 231, 20, 236), ink: 41, axis: (0, 4.08)),
            Self.glyph(1, (9, 214, 18, 229), ink: 90, axis: (88, 1.78)),
            Self.glyph(2, (5, 207, 20, 212), ink: 41, axis: (0, 3.94)),
            Self.glyph(3, (30, 202, 42, 215), ink: 100, axis: (0, 1.15)),
            Self.glyph(4, (44, 205, 53, 215), ink: 66, axis: (89.4, 1.11)),
            Self.glyph(5, (54, 205, 64, 219), ink: 63, axis: (78.7, 1.77)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 13)
        #expect(lines.contains { Set($0.glyphIDs) == [3, 4, 5] }, "\(lines.map(\.glyphIDs))")
        #expect(!lines.contains { Set($0.glyphIDs).isSuperset(of: [1, 3]) })
    }

    /// ggplot2's turned y label "y (m)": its turned brackets are wide thin glyphs running
    /// level, no level words, and the label stays one upright line.
    @Test func turnedBracketsAreNoLevelWords() {
        let glyphs = [
            Self.glyph(0, (7, 218, 21, 222), ink: 30, axis: (0, 4.52)),
            Self.glyph(1, (10, 222, 18, 233), ink: 63, axis: (85.5, 1.47)),
            Self.glyph(2, (7, 234, 21, 238), ink: 30, axis: (0.6, 4.73)),
            Self.glyph(3, (10, 243, 22, 250), ink: 46, axis: (-10.8, 2.12)),
        ]
        let lines = Self.lines(of: glyphs, typicalSize: 9)
        #expect(lines.map { Set($0.glyphIDs) } == [[0, 1, 2, 3]], "\(lines.map(\.glyphIDs))")
        #expect(lines.first?.angle == 90)
    }
}
