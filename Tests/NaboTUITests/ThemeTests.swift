import Foundation
import NaboCore
import Testing
@testable import NaboTUI

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    static func themeFile(_ name: String) throws -> Theme {
        let data = try Data(contentsOf: themesFolder.appendingPathComponent(name + ".json"))
        return try Theme(json: data, name: name)
    }

    static func parse(_ json: String) -> Message? {
        parse(Data(json.utf8))
    }

    static func parse(_ data: Data) -> Message? {
        do throws(Message) {
            _ = try Theme(json: data, name: "mitt")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["default", "light", "monochrome", "colorblind"])
    func themeFileParsesAndStylesEveryRole(name: String) throws {
        let theme = try Self.themeFile(name)
        let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(name + ".json"), encoding: .utf8)
        for role in StyleRole.allCases {
            #expect(text.contains("\"\(role.rawValue)\""), "\(name).json lacks \(role)")
        }
        #expect(theme.name == name)
    }

    /// The files are the readable source of the built-in table; neither may drift from the other.
    @Test func builtInThemesAndTheFilesInThemesAgree() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        #expect(files.sorted() == Theme.builtIns.map(\.name).sorted())
        for builtIn in Theme.builtIns {
            let file = try Self.themeFile(builtIn.name)
            for role in StyleRole.allCases {
                #expect(file[role] == builtIn[role], "\(builtIn.name): \(role)")
            }
        }
    }

    @Test func monochromeUsesNoColour() throws {
        #expect(!(try Self.themeFile("monochrome")).usesColor)
        #expect(!Theme.builtInMonochrome.usesColor)
        #expect(Theme.builtInDefault.usesColor)
    }

    @Test func colorblindThemeKeepsRedAndGreenOutOfDoneAndLate() throws {
        let theme = Theme.builtInColorblind
        let redsAndGreens: Set<UInt8> = [1, 2, 9, 10, 22, 28, 34, 40, 46, 52, 88, 124, 160, 196]
        for role in [StyleRole.done, .late, .error, .warning, .conflict] {
            for color in [theme[role].foreground, theme[role].background] {
                if case .palette(let index) = color {
                    #expect(!redsAndGreens.contains(index), "\(role) uses \(index)")
                }
            }
        }
        #expect(theme[.done].foreground != theme[.late].foreground)
    }

    @Test func parsesNamesNumbersAndAttributes() throws {
        let json = #"{"roles": {"title": {"fg": "bright-cyan", "bg": 236, "attrs": ["bold", "underline"]}, "normal": {"fg": "default"}}}"#
        let theme = try Theme(json: Data(json.utf8), name: "mitt")
        #expect(theme[.title] == Style(foreground: .palette(14), background: .palette(236), attributes: [.bold, .underline]))
        #expect(theme[.normal] == Style())
    }

    @Test func rolesLeftOutLookAsInMonochrome() throws {
        let theme = try Theme(json: Data(#"{"roles": {}}"#.utf8), name: "tomt")
        #expect(theme[.selection] == Theme.builtInMonochrome[.selection])
    }

    @Test func invalidJSONIsReportedInBothLanguages() throws {
        let problem = try #require(Self.parse(#"{"roles": {"#))
        #expect(problem.en == "The colour theme “mitt” is not valid JSON and is not used.")
        #expect(problem.nb == "Fargetemaet «mitt» er ikke gyldig JSON og blir ikke brukt.")
    }

    @Test func unknownRoleIsNamed() throws {
        let problem = try #require(Self.parse(#"{"roles": {"selected": {"attrs": ["bold"]}}}"#))
        #expect(problem.en.hasPrefix("The colour theme “mitt” has an unknown role “selected”. Known roles: normal, title"))
        #expect(problem.nb.contains("ukjent rolle «selected»"))
    }

    @Test(arguments: [
        (#"{"roles": {"late": {"fg": "purple"}}}"#, "unknown colour \"purple\""),
        (#"{"roles": {"late": {"fg": 256}}}"#, "unknown colour 256"),
        (#"{"roles": {"late": {"bg": 1.5}}}"#, "unknown colour 1.5"),
        (#"{"roles": {"late": {"attrs": ["blink"]}}}"#, "unknown attribute \"blink\""),
        (#"{"roles": {"late": {"attrs": "bold"}}}"#, "attrs must be a list"),
        (#"{"roles": {"late": {"foreground": "red"}}}"#, "unknown key “foreground”"),
        (#"{"roles": {"late": "red"}}"#, "role “late” must be an object"),
        (#"{"colours": {}}"#, "unknown key “colours”"),
        (#"{"description": "x"}"#, "lacks the “roles” object"),
        (#"[1, 2]"#, "must be a JSON object"),
        (#"{"roles": {"late": {"fg": 1e300}}}"#, "unknown colour 1e+300"),
        (#"{"roles": {"late": {"fg": [1]}}}"#, "unknown colour […]"),
        (#"{"roles": {}, "description": 3}"#, "“description” must be text"),
        (#"{"roles": {"late": {"fg": "\u001b[31m"}}}"#, "holds text that is not UTF-8 or has control characters"),
        (String(repeating: "[", count: 65) + String(repeating: "]", count: 65), "is not valid JSON"),
    ])
    func mistakesAreExplained(json: String, explanation: String) throws {
        let problem = try #require(Self.parse(json))
        #expect(problem.en.contains(explanation), "\(problem.en)")
        #expect(!problem.nb.isEmpty && problem.nb != problem.en)
    }

    @Test func aFileThatIsNotUTF8IsRefusedAsSuch() throws {
        let bytes = Data(#"{"roles": {"late": {"fg": ""#.utf8) + Data([0xFF]) + Data(#""}}}"#.utf8)
        let problem = try #require(Self.parse(bytes))
        #expect(problem.en == "The colour theme “mitt” holds text that is not UTF-8 or has control characters, and is not used.")
        #expect(problem.nb == "Fargetemaet «mitt» har tekst som ikke er UTF-8 eller har kontrolltegn, og blir ikke brukt.")
    }

    @Test func aFileAboveTheLimitIsNotRead() throws {
        let padded = { (size: Int) in Data(#"{"roles": {}}"#.utf8) + Data(repeating: 0x20, count: size - 13) }
        #expect(Self.parse(padded(Theme.maxBytes)) == nil)
        let problem = try #require(Self.parse(padded(Theme.maxBytes + 1)))
        #expect(problem.en == "The colour theme “mitt” is larger than 64 KiB and is not used.")
        #expect(problem.nb == "Fargetemaet «mitt» er større enn 64 KiB og blir ikke brukt.")
    }

    @Test func coloursFitSmallerPalettes() {
        #expect(TerminalColor.palette(196).fitted(toColors: 16) == .palette(9))
        #expect(TerminalColor.palette(196).fitted(toColors: 8) == .palette(1))
        #expect(TerminalColor.palette(208).fitted(toColors: 8) == .palette(3))
        #expect(TerminalColor.palette(12).fitted(toColors: 16) == .palette(12))
        #expect(TerminalColor.palette(12).fitted(toColors: 8) == .palette(4))
        #expect(TerminalColor.palette(240).fitted(toColors: 256) == .palette(240))
        #expect(TerminalColor.terminalDefault.fitted(toColors: 8) == .terminalDefault)
    }
}
