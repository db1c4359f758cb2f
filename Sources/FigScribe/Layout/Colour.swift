/// Colour arithmetic on 8-bit RGB used by layout analysis.
extension RGBA {
    /// The largest per-channel difference to another colour (alpha ignored).
    @inline(__always) func channelDistance(to other: RGBA) -> Int {
        max(abs(Int(r) - Int(other.r)), abs(Int(g) - Int(other.g)), abs(Int(b) - Int(other.b)))
    }

    /// The same distance to the pixel whose r, g, b bytes start at `offset` in an RGBA
    /// buffer, read in place (for loops over every pixel of an image).
    @inline(__always) func channelDistance(toPixelAt offset: Int, in pixels: UnsafeBufferPointer<UInt8>) -> Int {
        max(abs(Int(pixels[offset]) - Int(r)), abs(Int(pixels[offset + 1]) - Int(g)), abs(Int(pixels[offset + 2]) - Int(b)))
    }

    /// Perceived lightness on 0…255 (Rec. 601 luma).
    var luma: Double { 0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b) }

    /// Spread between the strongest and weakest channel: 0 for greys.
    var chroma: Int { Int(max(r, g, b)) - Int(min(r, g, b)) }
}

extension RGBAImage {
    /// The image composited over white, so transparent figures read like opaque ones.
    func flattenedOverWhite() -> RGBAImage {
        var out = self
        for i in stride(from: 0, to: pixels.count, by: 4) where pixels[i + 3] != 255 {
            let a = Int(pixels[i + 3])
            for c in 0..<3 {
                out.pixels[i + c] = UInt8((Int(pixels[i + c]) * a + 255 * (255 - a) + 127) / 255)
            }
            out.pixels[i + 3] = 255
        }
        return out
    }

    /// The most common colour on the image's outermost rows and columns.
    func borderMode() -> RGBA {
        var counts: [RGBA: Int] = [:]
        for x in 0..<width {
            counts[self[x, 0], default: 0] += 1
            counts[self[x, height - 1], default: 0] += 1
        }
        for y in 0..<height {
            counts[self[0, y], default: 0] += 1
            counts[self[width - 1, y], default: 0] += 1
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key.packed < b.key.packed }?.key
            ?? RGBA(r: 255, g: 255, b: 255)
    }
}
