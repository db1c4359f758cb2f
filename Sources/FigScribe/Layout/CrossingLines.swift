/// Thin straight lines drawn across a grid's cells: the grid lines some plot styles draw
/// over the data (matplotlib's and seaborn's whitegrid, Solarize, bmh …), solid or dashed,
/// at tick positions that may lie inside cells.
///
/// A line is told by what it crosses, not by its colour or where it lies: a band of one to
/// `maxWidth` pixel columns (or rows) that differs from the pixels on both its sides while
/// those two agree, along at least `minCrossedShare` of the grid. A boundary between two
/// cells is not such a band (its sides differ), nor is a column of flat cells.
struct CrossingLines {
    /// The widest band taken for a line, its anti-aliased edges included.
    static let maxWidth = 4
    /// The share of the grid's length along which a band must cross agreeing sides
    /// (a dashed line crosses about half).
    static let minCrossedShare = 0.4
    /// How far (largest channel difference) a band's two sides may be from each other to agree.
    static let sideTolerance = 10
    /// How far a band's pixel must be from its sides to differ from them.
    static let lineContrast = 24

    /// A band of pixel columns `from...to` (vertical) or rows (horizontal).
    struct Band: Equatable {
        var from: Int
        var to: Int
    }

    /// The box searched, the only part of the image the lines are erased from.
    let box: PixelRect
    let vertical: [Band]
    let horizontal: [Band]

    var isEmpty: Bool { vertical.isEmpty && horizontal.isEmpty }

    /// Finds the lines crossing `box` of `image` (the part of it inside the image).
    init(in image: RGBAImage, box: PixelRect) {
        let box = PixelRect(
            minX: max(0, box.minX), minY: max(0, box.minY),
            maxX: min(image.width, box.maxX), maxY: min(image.height, box.maxY))
        self.box = box
        vertical = Self.bands(across: box.minX..<box.maxX, along: box.minY..<box.maxY) { x, y in image[x, y] }
        horizontal = Self.bands(across: box.minY..<box.maxY, along: box.minX..<box.maxX) { y, x in image[x, y] }
    }

    /// `image` with the lines painted over within `box`: each band's first half takes the
    /// colour of the pixel before it, its second half that of the pixel after it.
    func erased(from image: RGBAImage) -> RGBAImage {
        var out = image
        for band in vertical {
            for y in box.minY..<box.maxY {
                Self.fill(band) { x, source in out[x, y] = out[source, y] }
            }
        }
        for band in horizontal {
            for x in box.minX..<box.maxX {
                Self.fill(band) { y, source in out[x, y] = out[x, source] }
            }
        }
        return out
    }

    private static func fill(_ band: Band, _ copy: (Int, Int) -> Void) {
        let middle = (band.from + band.to + 1) / 2
        for i in band.from..<middle { copy(i, band.from - 1) }
        for i in middle...band.to { copy(i, band.to + 1) }
    }

    /// The bands across `positions`, judged along `length`; `pixel(position, along)`.
    private static func bands(
        across positions: Range<Int>, along length: Range<Int>, pixel: (Int, Int) -> RGBA
    ) -> [Band] {
        guard positions.count > 2 * maxWidth + 2, !length.isEmpty else { return [] }
        let needed = Int((minCrossedShare * Double(length.count)).rounded(.up))
        var found: [Band] = []
        var p = positions.lowerBound + 1
        while p + 1 < positions.upperBound {
            var taken: Band?
            for width in 1...maxWidth where p + width < positions.upperBound {
                let band = Band(from: p, to: p + width - 1)
                if crossed(band, along: length, pixel: pixel) >= needed {
                    taken = band
                    break
                }
            }
            if let band = taken {
                found.append(band)
                p = band.to + 2
            } else {
                p += 1
            }
        }
        return found
    }

    /// Along how many positions of `length` the band differs from its two agreeing sides.
    private static func crossed(_ band: Band, along length: Range<Int>, pixel: (Int, Int) -> RGBA) -> Int {
        var count = 0
        for a in length {
            let before = pixel(band.from - 1, a), after = pixel(band.to + 1, a)
            guard before.channelDistance(to: after) <= sideTolerance else { continue }
            for p in band.from...band.to where pixel(p, a).channelDistance(to: before) > lineContrast {
                count += 1
                break
            }
        }
        return count
    }
}
