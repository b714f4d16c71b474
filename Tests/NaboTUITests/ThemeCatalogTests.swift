import Foundation
import Testing
@testable import NaboTUI

@Suite struct ThemeCatalogTests {
    static let light = Data(#"{"roles": {"title": {"fg": 18}}}"#.utf8)
    static let usersLight = Data(#"{"roles": {"title": {"fg": 19}}}"#.utf8)

    @Test func withoutFilesTheBuiltInsStillWork() {
        let catalog = ThemeCatalog(bundled: [:], user: [:])
        #expect(catalog.resolve(nil, colorAllowed: true).theme == .builtInDefault)
        #expect(catalog.resolve("monochrome", colorAllowed: true).theme == .builtInMonochrome)
        #expect(catalog.names == ["default", "monochrome"])
    }

    @Test func usersFileWinsOverTheBundledOne() {
        let catalog = ThemeCatalog(bundled: ["light": Self.light], user: ["light": Self.usersLight])
        let (theme, problem) = catalog.resolve("light", colorAllowed: true)
        #expect(problem == nil)
        #expect(theme[.title].foreground == .palette(19))
        #expect(catalog.names == ["default", "light", "monochrome"])
    }

    @Test func unknownNameFallsBackToDefaultAndSaysWhichExist() throws {
        let catalog = ThemeCatalog(bundled: ["light": Self.light], user: [:])
        let (theme, problem) = catalog.resolve("dark", colorAllowed: true)
        #expect(theme == .builtInDefault)
        let message = try #require(problem)
        #expect(message.en == "No colour theme named “dark”. Using the default theme. Themes: default, light, monochrome.")
        #expect(message.nb.contains("«dark»"))
    }

    @Test func brokenFileFallsBackWithTheReason() throws {
        let catalog = ThemeCatalog(bundled: [:], user: ["mitt": Data("{".utf8)])
        let (theme, problem) = catalog.resolve("mitt", colorAllowed: true)
        #expect(theme == .builtInDefault)
        #expect(try #require(problem).en == "The colour theme “mitt” is not valid JSON and is not used. Using the default theme.")
    }

    @Test func withoutColourTheMonochromeThemeIsUsedWhateverWasAsked() {
        let catalog = ThemeCatalog(bundled: ["light": Self.light], user: [:])
        let (theme, problem) = catalog.resolve("light", colorAllowed: false)
        #expect(theme == .builtInMonochrome)
        #expect(problem == nil)
    }

    @Test(arguments: [
        ([:], true),
        (["NO_COLOR": ""], true),
        (["NO_COLOR": "1"], false),
        (["NO_COLOR": "0"], false),
        (["NO_COLOR": "yes", "TERM": "xterm-256color"], false),
    ])
    func noColor(environment: [String: String], allowed: Bool) {
        #expect(ColorPolicy.colorAllowed(environment: environment) == allowed)
    }
}
