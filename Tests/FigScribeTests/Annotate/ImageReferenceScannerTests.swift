import Testing

@testable import FigScribe

@Suite struct ImageReferenceScannerTests {
    static func scan(_ text: String) -> [ImageReference] { ImageReferenceScanner.markdown(Array(text.utf8)) }

    @Test func findsMarkdownImagesWithAltSourceAndTitle() {
        let found = Self.scan("a ![](x.png) b ![Words [nested]](dir/y.png \"T\") c ![z](<with space.png>)")
        #expect(found.map(\.source) == ["x.png", "dir/y.png", "with space.png"])
        #expect(found.map(\.altText) == ["", "Words [nested]", "z"])
        #expect(found.map(\.hasAltText) == [false, true, true])
    }

    @Test func skipsCodeSpansFencesAndComments() {
        let text = "`![](a.png)` ``x ![](b.png) x``\n```\n![](c.png)\n```\n<!-- ![](d.png) -->\n~~~~\n![](e.png)\n~~~~\n![](f.png)\n"
        #expect(Self.scan(text).map(\.source) == ["f.png"])
    }

    @Test func findsImgTagsInMarkdownAndHTML() {
        let markdown = Self.scan("text <IMG src='a.png' alt=\"\" width=3/> and <img\nsrc=b.png>\n")
        #expect(markdown.map(\.source) == ["a.png", "b.png"])
        #expect(markdown.map(\.altText) == ["", nil])
        let html = ImageReferenceScanner.html(
            Array("<script>var s = '<img src=x.png>'</script><!-- <img src=y.png> --><img alt=\"A &amp; B\" src=\"z.png\">".utf8))
        #expect(html.map(\.source) == ["z.png"])
        #expect(html.first?.altText == "A & B")
    }

    @Test func rangesCoverTheWholeReference() {
        let text = "ab ![](x.png) <img src=y.png> cd"
        let bytes = Array(text.utf8)
        let found = Self.scan(text)
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["![](x.png)", "<img src=y.png>"])
    }

    @Test func incompleteSyntaxIsNotAnImage() {
        #expect(Self.scan("![alt] (x.png) ![alt](x.png ![x](\"y.png\"").isEmpty)
    }
}
