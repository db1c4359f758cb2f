import Foundation

@testable import FigScribe

/// Draws images that hold no heatmap, from a seeded generator: what FigScribe must refuse
/// with "no heatmap found" rather than report as a grid of cells.
enum NonHeatmapImage: String, CaseIterable, CustomStringConvertible {
    case blank, onePixel, noise, photo, lineChart, barChart, histogram, scatter, colourScatter, textOnly

    var description: String { rawValue }

    static let width = 320, height = 240
    static let black = RGBA(r: 0, g: 0, b: 0)
    static let blue = RGBA(r: 31, g: 119, b: 180)
    static let orange = RGBA(r: 255, g: 127, b: 14)
    static let plot = PixelRect(minX: 50, minY: 30, maxX: 300, maxY: 200)

    /// The image, the same on every call.
    func draw() -> RGBAImage {
        var rng = SplitMix64(seed: UInt64(Self.allCases.firstIndex(of: self)! + 7))
        var image = RGBAImage(width: Self.width, height: Self.height)
        switch self {
        case .blank:
            break
        case .onePixel:
            image = RGBAImage(width: 1, height: 1, fill: Self.blue)
        case .noise:
            for i in 0..<image.pixels.count where i % 4 != 3 { image.pixels[i] = UInt8.random(in: 0...255, using: &rng) }
        case .photo:
            // Smooth shading with sensor noise: a sky, a hill, a sun.
            for y in 0..<image.height {
                for x in 0..<image.width {
                    let hill = 150 + 25 * sin(Double(x) / 40)
                    let sun = hypot(Double(x - 240), Double(y - 60)) < 25
                    var c = Double(y) < hill
                        ? (sun ? (250.0, 220.0, 120.0) : (90 + Double(y) / 2, 140 + Double(y) / 3, 230.0))
                        : (60 + Double(x) / 8, 120 - Double(y - 150) / 3, 50.0)
                    let n = Double.random(in: -6...6, using: &rng)
                    c = (c.0 + n, c.1 + n, c.2 + n)
                    image[x, y] = RGBA(r: Self.byte(c.0), g: Self.byte(c.1), b: Self.byte(c.2))
                }
            }
        case .lineChart:
            Self.axes(&image, rng: &rng)
            for (colour, phase) in [(Self.blue, 0.0), (Self.orange, 1.5)] {
                var last: (Int, Int)?
                for x in stride(from: Self.plot.minX + 5, to: Self.plot.maxX - 5, by: 10) {
                    let y = Int(115 + 60 * sin(Double(x) / 30 + phase) + Double.random(in: -8...8, using: &rng))
                    if let last { Self.line(&image, from: last, to: (x, y), colour: colour) }
                    last = (x, y)
                }
            }
        case .barChart, .histogram:
            Self.axes(&image, rng: &rng)
            let bars = self == .barChart ? 7 : 12
            let pitch = Self.plot.width / bars, barWidth = self == .barChart ? pitch * 6 / 10 : pitch
            for i in 0..<bars {
                let top = Int.random(in: (Self.plot.minY + 10)...(Self.plot.maxY - 20), using: &rng)
                let x0 = Self.plot.minX + i * pitch + (pitch - barWidth) / 2
                // Bars in a palette, one colour each (seaborn's look); a histogram's in one.
                let colour = self == .barChart ? SyntheticHeatmap.colour(Double(i) / Double(bars - 1)) : Self.blue
                Self.fill(&image, PixelRect(minX: x0, minY: top, maxX: x0 + barWidth, maxY: Self.plot.maxY), colour)
            }
        case .scatter, .colourScatter:
            Self.axes(&image, rng: &rng)
            for _ in 0..<80 {
                let x = Int.random(in: (Self.plot.minX + 6)...(Self.plot.maxX - 6), using: &rng)
                let y = Int.random(in: (Self.plot.minY + 6)...(Self.plot.maxY - 6), using: &rng)
                let t = Double.random(in: 0...1, using: &rng)
                Self.disc(&image, centre: (x, y), radius: 3, colour: self == .scatter ? Self.blue : SyntheticHeatmap.colour(t))
            }
            if self == .colourScatter {
                // A colour bar for the points' colours.
                let strip = PixelRect(minX: 306, minY: Self.plot.minY, maxX: 316, maxY: Self.plot.maxY)
                for y in strip.minY..<strip.maxY {
                    let colour = SyntheticHeatmap.colour(1 - Double(y - strip.minY) / Double(strip.height))
                    Self.fill(&image, PixelRect(minX: strip.minX, minY: y, maxX: strip.maxX, maxY: y + 1), colour)
                }
            }
        case .textOnly:
            for row in 0..<8 {
                Self.text(&image, at: (20, 20 + row * 26), glyphs: Int.random(in: 12...30, using: &rng), rng: &rng)
            }
        }
        return image
    }

    private static func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, v.rounded()))) }

    /// A frame with tick marks, tick "labels" and a title, as a chart's axes.
    private static func axes(_ image: inout RGBAImage, rng: inout SplitMix64) {
        let p = plot
        SyntheticHeatmap.outline(p, in: &image, colour: black)
        for x in stride(from: p.minX, through: p.maxX, by: 50) {
            fill(&image, PixelRect(minX: x, minY: p.maxY + 1, maxX: x + 1, maxY: p.maxY + 5), black)
            text(&image, at: (x - 6, p.maxY + 8), glyphs: 2, rng: &rng)
        }
        for y in stride(from: p.minY, through: p.maxY, by: 34) {
            fill(&image, PixelRect(minX: p.minX - 5, minY: y, maxX: p.minX - 1, maxY: y + 1), black)
            text(&image, at: (p.minX - 28, y - 4), glyphs: 3, rng: &rng)
        }
        text(&image, at: (120, 8), glyphs: 14, rng: &rng)
    }

    /// A row of letter-like glyphs made of 1-px strokes, 6×9 pixels each.
    private static func text(_ image: inout RGBAImage, at origin: (Int, Int), glyphs: Int, rng: inout SplitMix64) {
        var x = origin.0
        for _ in 0..<glyphs {
            if Int.random(in: 0..<5, using: &rng) == 0 { x += 5; continue }  // a space
            let y = origin.1
            fill(&image, PixelRect(minX: x, minY: y, maxX: x + 1, maxY: y + 9), black)
            let bar = Int.random(in: 0...8, using: &rng)
            fill(&image, PixelRect(minX: x, minY: y + bar, maxX: x + 5, maxY: y + bar + 1), black)
            if Bool.random(using: &rng) { fill(&image, PixelRect(minX: x + 4, minY: y, maxX: x + 5, maxY: y + 9), black) }
            if Bool.random(using: &rng) { fill(&image, PixelRect(minX: x, minY: y, maxX: x + 5, maxY: y + 1), black) }
            x += 7
        }
    }

    private static func fill(_ image: inout RGBAImage, _ box: PixelRect, _ colour: RGBA) {
        for y in max(0, box.minY)..<min(image.height, box.maxY) {
            for x in max(0, box.minX)..<min(image.width, box.maxX) { image[x, y] = colour }
        }
    }

    private static func disc(_ image: inout RGBAImage, centre: (Int, Int), radius: Int, colour: RGBA) {
        for dy in -radius...radius {
            for dx in -radius...radius where dx * dx + dy * dy <= radius * radius {
                image[centre.0 + dx, centre.1 + dy] = colour
            }
        }
    }

    /// A 2-px line.
    private static func line(_ image: inout RGBAImage, from a: (Int, Int), to b: (Int, Int), colour: RGBA) {
        let steps = max(abs(b.0 - a.0), abs(b.1 - a.1), 1)
        for i in 0...steps {
            let x = a.0 + (b.0 - a.0) * i / steps, y = a.1 + (b.1 - a.1) * i / steps
            fill(&image, PixelRect(minX: x, minY: y, maxX: x + 2, maxY: y + 2), colour)
        }
    }
}
