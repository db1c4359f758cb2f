import Testing

@testable import FigScribe

@Suite("RGBAImage gray levels")
struct GrayLevelsTests {
    @Test func grayImageGivesOneLevelPerPixel() {
        var image = RGBAImage(width: 3, height: 2, fill: RGBA(r: 255, g: 255, b: 255))
        image[1, 0] = RGBA(r: 0, g: 0, b: 0)
        image[2, 1] = RGBA(r: 128, g: 128, b: 128)
        #expect(image.grayLevels == [255, 0, 255, 255, 255, 128])
    }

    @Test func colouredOrTranslucentImageIsNotGray() {
        var coloured = RGBAImage(width: 2, height: 2, fill: RGBA(r: 200, g: 200, b: 200))
        coloured[1, 1] = RGBA(r: 200, g: 201, b: 200)
        var translucent = RGBAImage(width: 2, height: 2, fill: RGBA(r: 200, g: 200, b: 200))
        translucent[0, 1] = RGBA(r: 200, g: 200, b: 200, a: 254)
        #expect(coloured.grayLevels == nil)
        #expect(translucent.grayLevels == nil)
    }
}
