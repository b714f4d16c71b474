import Foundation
import NaboTestSupport
import Testing
import NaboTUI
@testable import NaboCLI

/// `nabo` without a command, as far as it can be seen without a terminal; tmux drives the rest
/// in the end-to-end tests.
@Suite struct InterfaceCommandTests {
    let folder = TempFolder("nabo-interface")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"), "LANG": "en_GB.UTF-8"]
    }

    /// Runs the built `nabo` with nothing on standard input, as a script would, even when the
    /// tests themselves run in a terminal.
    func nabo(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.nabo)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func subcommandsKeepTheirOwnDataOption() throws {
        let elsewhere = folder.sub("elsewhere")
        #expect(try nabo(["init", "--worker", "Kari Test", "--plain", "--data", elsewhere, "--lang", "nb"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/store.json"))
        #expect(!FileManager.default.fileExists(atPath: folder.sub("data") + "/nabo"))
    }

    @Test func withoutATerminalNothingIsAskedAndTheMessageSaysWhatToRun() throws {
        let result = try nabo(["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No Nabo data in \(folder.sub("data"))/nabo. Create it with “nabo init --worker NAME"))
    }

    @Test func theDemoOpensOnlyItsOwnFolder() throws {
        let refused = try nabo(["--demo", "--data", folder.sub("real"), "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--demo always uses its own demo folder"))
        #expect(!FileManager.default.fileExists(atPath: folder.sub("real")))

        let opened = try nabo(["--demo", "--lang", "en"])
        #expect(opened.stderr.contains("Nabo must be started in a terminal window."))
        #expect(FileManager.default.fileExists(atPath: folder.sub("data") + "/nabo-demo/store.json"))
        #expect(!FileManager.default.fileExists(atPath: folder.sub("data") + "/nabo"))
    }

    @Test func themesComeFromThePackageFolderAndTheUsersOwn() throws {
        let bundled = try #require(ThemeFiles.bundledFolder())
        #expect(bundled.hasSuffix("/themes"))
        #expect(Set(ThemeFiles.read(bundled).keys).isSuperset(of: ["default", "light", "monochrome", "colorblind"]))
        #expect(ThemeFiles.userFolder(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/nabo/themes")
        #expect(ThemeFiles.userFolder(environment: ["HOME": "/home/kari"]) == "/home/kari/.config/nabo/themes")

        let user = folder.sub("config") + "/nabo/themes"
        try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
        try Data(#"{"roles": {"title": {"fg": "red"}}}"#.utf8).write(to: URL(fileURLWithPath: user + "/light.json"))
        let catalog = ThemeFiles.catalog(environment: environment)
        #expect(catalog.names.contains("colorblind"))
        let light = catalog.resolve("light", colorAllowed: true)
        #expect(light.problem == nil)
        #expect(light.theme[.title].foreground == .palette(1))
    }

    @Test func withoutColourTheRunnerSaysWhyTheThemeIsMonochrome() {
        let catalog = ThemeCatalog(bundled: [:], user: [:])
        let chosen = InterfaceRunner.resolve("light", in: catalog, colorAllowed: false)
        #expect(chosen.theme.name == "monochrome")
        #expect(chosen.problem?.en.hasPrefix("Without colour (NO_COLOR is set") == true)
        #expect(InterfaceRunner.resolve(nil, in: catalog, colorAllowed: false).problem == nil)
    }
}
