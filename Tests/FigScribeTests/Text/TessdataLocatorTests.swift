import Foundation
import Testing
@testable import FigScribe

@Suite("TessdataLocator")
struct TessdataLocatorTests {
    @Test func explicitDirectoryIsTheOnlyPlaceSearched() {
        let locator = TessdataLocator(explicitDirectory: "/nowhere/tessdata/", environment: ["TESSDATA_PREFIX": "/env"])
        #expect(locator.searchedDirectories == ["/nowhere/tessdata"])
    }

    @Test func environmentComesBeforeStandardDirectories() {
        let locator = TessdataLocator(environment: ["TESSDATA_PREFIX": "/env"], fallbackDirectories: ["/a", "/b"])
        #expect(locator.searchedDirectories == ["/env", "/env/tessdata", "/a", "/b"])
    }

    @Test func missingDataNamesFileAndEveryPlace() {
        let locator = TessdataLocator(environment: ["TESSDATA_PREFIX": "/env"], fallbackDirectories: ["/a", "/b"])
        #expect(throws: TextError.languageDataMissing(
            language: "Klingon", file: "Klingon.traineddata", searched: ["/env", "/env/tessdata", "/a", "/b"])) {
            try locator.directory(for: "Klingon")
        }
        do {
            _ = try locator.directory(for: "Klingon")
        } catch {
            let text = String(describing: error)
            for part in ["Klingon.traineddata", "/env/tessdata", "/a", "/b", "--tessdata", "TESSDATA_PREFIX"] {
                #expect(text.contains(part), "description lacks \(part): \(text)")
            }
        }
    }

    @Test func findsInstalledEnglish() throws {
        let dir = try TessdataLocator().directory(for: "eng")
        #expect(FileManager.default.fileExists(atPath: dir + "/eng.traineddata"))
    }
}
