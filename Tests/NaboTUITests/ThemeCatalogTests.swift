import Foundation
import NaboCore
import Testing
@testable import NaboTUI

@Suite struct ThemeCatalogTests {
    static let light = Data(#"{"roles": {"title": {"fg": 18}}}"#.utf8)
    static let usersLight = Data(#"{"roles": {"title": {"fg": 19}}}"#.utf8)

    @Test func withoutFilesEveryBuiltInWorks() {
        let catalog = ThemeCatalog(user: [:])
        for builtIn in Theme.builtIns {
            let (theme, problem) = catalog.resolve(builtIn.name, colorAllowed: true)
            #expect(theme == builtIn)
            #expect(problem == nil)
        }
        #expect(catalog.resolve(nil, colorAllowed: true).theme == .builtInDefault)
        #expect(catalog.names == ["colorblind", "default", "light", "monochrome"])
    }

    @Test func usersFileWinsOverTheBuiltIn() {
        let catalog = ThemeCatalog(user: ["light": .success(Self.usersLight), "mine": .success(Self.light)])
        let (theme, problem) = catalog.resolve("light", colorAllowed: true)
        #expect(problem == nil)
        #expect(theme[.title].foreground == .palette(19))
        #expect(catalog.resolve("mine", colorAllowed: true).theme[.title].foreground == .palette(18))
        #expect(catalog.names == ["colorblind", "default", "light", "mine", "monochrome"])
    }

    @Test func unknownNameFallsBackToDefaultAndSaysWhichExist() throws {
        let catalog = ThemeCatalog(user: ["mine": .success(Self.light)])
        let (theme, problem) = catalog.resolve("dark", colorAllowed: true)
        #expect(theme == .builtInDefault)
        let message = try #require(problem)
        #expect(message.en == "No colour theme named “dark”. Using the default theme. Themes: colorblind, default, light, mine, monochrome.")
        #expect(message.nb.contains("«dark»"))
    }

    @Test func filesNotTakenAreCountedWhenANameIsNotFound() throws {
        let catalog = ThemeCatalog(user: [:], ignored: 1)
        let message = try #require(catalog.resolve("my theme", colorAllowed: true).problem)
        #expect(message.en.hasSuffix(" 1 file in the theme folder is not used: a theme's file name is letters, digits, - and _ and .json, and at most 100 themes are read."))
        #expect(message.nb.contains(" 1 fil i temamappen er ikke brukt"))
    }

    @Test(arguments: [("mørk", true), ("high-contrast_2", true), ("my theme", false), ("", false), ("\u{1B}[31m", false),
                      ("../light", false), (String(repeating: "a", count: 41), false)])
    func aThemeNameIsAPlainWord(name: String, taken: Bool) {
        #expect(ThemeCatalog.isName(name) == taken)
    }

    @Test func unreadableFileFallsBackWithTheReason() throws {
        let reason = Message(nb: "Fargetemaet «mitt» blir ikke brukt. Kunne ikke lese x.", en: "The colour theme “mitt” is not used. Could not read x.")
        let catalog = ThemeCatalog(user: ["mitt": .failure(reason)])
        let (theme, problem) = catalog.resolve("mitt", colorAllowed: true)
        #expect(theme == .builtInDefault)
        #expect(try #require(problem).en == "The colour theme “mitt” is not used. Could not read x. Using the default theme.")
    }

    @Test func brokenFileFallsBackWithTheReason() throws {
        let catalog = ThemeCatalog(user: ["mitt": .success(Data("{".utf8))])
        let (theme, problem) = catalog.resolve("mitt", colorAllowed: true)
        #expect(theme == .builtInDefault)
        #expect(try #require(problem).en == "The colour theme “mitt” is not valid JSON and is not used. Using the default theme.")
    }

    @Test func withoutColourTheMonochromeThemeIsUsedWhateverWasAsked() {
        let catalog = ThemeCatalog(user: ["monochrome": .success(Self.light)])
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
