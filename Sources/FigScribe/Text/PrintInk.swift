/// A number printed in a cell is read from its ink: how far each pixel lies from the cell's
/// colour. Digits in a colour about as light as their cell (red on a mid-gray cell) are
/// faint in gray levels yet plain in colour; anti-aliasing blends text and cell linearly,
/// so the distance also keeps each edge pixel's share of ink.
enum PrintInk {
    /// `crop` as dark ink on white: each pixel as dark as its largest channel difference
    /// from `background` is against the crop's largest; all white when it is all one colour.
    static func image(of crop: RGBAImage, on background: RGBA) -> RGBAImage {
        var farthest = 0
        for y in 0..<crop.height {
            for x in 0..<crop.width { farthest = max(farthest, crop[x, y].channelDistance(to: background)) }
        }
        guard farthest > 0 else { return RGBAImage(width: crop.width, height: crop.height) }
        var out = crop
        for y in 0..<crop.height {
            for x in 0..<crop.width {
                let level = UInt8(255 - 255 * crop[x, y].channelDistance(to: background) / farthest)
                out[x, y] = RGBA(r: level, g: level, b: level)
            }
        }
        return out
    }

    /// Whether an image from `image(of:on:)` shows no ink at all.
    static func isBlank(_ ink: RGBAImage) -> Bool {
        (0..<ink.height).allSatisfy { y in (0..<ink.width).allSatisfy { ink[$0, y].r == 255 } }
    }
}
