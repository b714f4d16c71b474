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

    @Test func usersThemesComeFromTheConfigFolderAndTheBuiltInsNeedNone() throws {
        #expect(ThemeFiles.userFolder(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/nabo/themes")
        #expect(ThemeFiles.userFolder(environment: ["HOME": "/home/kari"]) == "/home/kari/.config/nabo/themes")
        #expect(ThemeFiles.catalog(environment: environment).resolve("colorblind", colorAllowed: true) == (.builtInColorblind, nil))

        let user = folder.sub("config") + "/nabo/themes"
        try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
        try Data(#"{"roles": {"title": {"fg": "red"}}}"#.utf8).write(to: URL(fileURLWithPath: user + "/light.json"))
        let catalog = ThemeFiles.catalog(environment: environment)
        #expect(catalog.names == ["colorblind", "default", "light", "monochrome"])
        let light = catalog.resolve("light", colorAllowed: true)
        #expect(light.problem == nil)
        #expect(light.theme[.title].foreground == .palette(1))
    }

    /// A theme file may come from anyone: a pipe, a device, a huge file or a strange name is
    /// named in a message or counted, and never keeps the start waiting.
    @Test func hostileThemeFilesAreRefusedWithAReason() throws {
        let user = folder.sub("config") + "/nabo/themes"
        try FileManager.default.createDirectory(atPath: user + "/folder.json", withIntermediateDirectories: true)
        #expect(mkfifo(user + "/pipe.json", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: user + "/zero.json", withDestinationPath: "/dev/zero")
        try Data(repeating: 0x20, count: Theme.maxBytes + 1).write(to: URL(fileURLWithPath: user + "/huge.json"))
        try Data(#"{"roles": {}}"#.utf8).write(to: URL(fileURLWithPath: user + "/my theme.json"))
        try Data(#"{"roles": {"title": {"fg": 18}}}"#.utf8).write(to: URL(fileURLWithPath: user + "/mørk.json"))
        try FileManager.default.createSymbolicLink(atPath: user + "/linked.json", withDestinationPath: user + "/mørk.json")
        let catalog = ThemeFiles.catalog(environment: environment)
        #expect(catalog.names == ["colorblind", "default", "folder", "huge", "light", "linked", "monochrome", "mørk", "pipe", "zero"])
        for name in ["folder", "pipe", "zero"] {
            #expect(catalog.resolve(name, colorAllowed: true).problem?.en
                == "The colour theme “\(name)” is not used. Could not read \(user)/\(name).json: it is not a plain file. Using the default theme.")
        }
        #expect(catalog.resolve("huge", colorAllowed: true).problem?.en.contains("the file is larger than 65536 bytes") == true)
        #expect(catalog.resolve("linked", colorAllowed: true).theme[.title].foreground == .palette(18))
        #expect(catalog.resolve("my theme", colorAllowed: true).problem?.en.contains("1 file in the theme folder is not used") == true)
    }

    @Test func withoutColourTheRunnerSaysWhyTheThemeIsMonochrome() {
        let catalog = ThemeCatalog(user: [:])
        let chosen = InterfaceRunner.resolve("light", in: catalog, colorAllowed: false)
        #expect(chosen.theme.name == "monochrome")
        #expect(chosen.problem?.en.hasPrefix("Without colour (NO_COLOR is set") == true)
        #expect(InterfaceRunner.resolve(nil, in: catalog, colorAllowed: false).problem == nil)
    }
}
