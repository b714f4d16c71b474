import Foundation
import NaboTestSupport
import Testing

/// The built `nabo` in a real terminal (tmux), on a demo store in a temporary folder.
@Suite(.serialized) struct InterfaceEndToEndTests {
    let folder = TempFolder("nabo-e2e")

    /// `swift test` runs tests with NO_COLOR=1; the program gets it only where a test asks.
    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": ""]
    }

    func start(_ arguments: [String], columns: Int = 80, rows: Int = 24, environment extra: [String: String] = [:]) throws -> Tmux {
        try Tmux(columns: columns, rows: rows, command: [Binary.nabo] + arguments,
                 environment: environment.merging(extra) { _, new in new }, folder: folder.path)
    }

    @Test func navigateToAResidentResizeAndQuit() throws {
        let tmux = try start(["--demo", "--lang", "nb"])
        defer { tmux.stop() }
        let home = try tmux.waitFor("the home screen with its status line") { $0.contains("Besøk som har forfalt") && $0.contains("DEMO · ikke kryptert") }
        #expect(home.contains("Runarveien 1"))

        try tmux.send("j", "Enter")
        try tmux.waitFor(text: "8 boliger")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Status: utleid")
        try tmux.send("Enter")
        // The whole frame, status line included, before it is read.
        let resident = try tmux.waitFor("the resident's screen") { $0.contains("Avtalt: Sender søknad om bytte sammen.") && $0.contains(" Ørjan Ødegård   S") }
        #expect(resident.contains("Ørjan Ødegård · Runarveien 1, H0101"))
        #expect(try tmux.display("#{alternate_on}") == "1")
        // The colours of the default theme reach the terminal (the NO_COLOR test relies on
        // telling them apart from none).
        #expect(colorParameters(in: try tmux.capture(colors: true)).isEmpty == false)

        try tmux.resize(columns: 120, rows: 40)
        let wide = try tmux.waitFor("the screen redrawn at 120x40") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 40 && lines[39].contains("DEMO") && lines[0].contains("I dag")
        }
        #expect(wide.contains("Ørjan Ødegård"))

        try tmux.resize(columns: 60, rows: 20)
        try tmux.waitFor(text: "Vinduet er for lite")
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("the resident again after growing") { $0.contains("Avtalt: Sender søknad") && !$0.contains("for lite") }

        try tmux.send("Escape")
        try tmux.waitFor(text: "Status: utleid")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func searchAsYouTypeFromTheResidentsList() throws {
        let tmux = try start(["--demo", "--lang", "en"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "Visits due")
        try tmux.send("r")
        try tmux.waitFor(text: "Cabdullaahi Maxamed")
        try tmux.send("/")
        try tmux.type("nguyen")
        let found = try tmux.waitFor(text: "1 match")
        #expect(found.contains("Nguyễn Thị Minh Khai"))
        #expect(!found.contains("Cabdullaahi Maxamed"))
        try tmux.send("Enter", "Enter")
        try tmux.waitFor(text: "Nguyễn Thị Minh Khai · Runarveien 1, H0102")
        try tmux.send(":")
        try tmux.type("q")
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func noColorMeansNoColourAndCtrlCQuitsCleanly() throws {
        let tmux = try start(["--demo"], environment: ["NO_COLOR": "1"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "DEMO")
        try tmux.send("r")
        try tmux.waitFor(text: "Ørjan Ødegård")
        let styled = try tmux.capture(colors: true)
        #expect(colorParameters(in: styled) == [])
        // Attributes still carry the selection and the status line.
        #expect(styled.contains("\u{1B}["))

        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func terminationBySignalGivesTheTerminalBack() throws {
        let tmux = try start(["--demo"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "DEMO")
        #expect(kill(try tmux.programID(), SIGTERM) == 0)
        #expect(try tmux.waitForExit() == 128 + Int(SIGTERM))
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func aBadThemeIsNamedAndTheDefaultUsed() throws {
        let themes = folder.sub("config") + "/nabo/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "{ \"roles\": { \"title\": { \"fg\": \"plaid\" } } }".write(toFile: themes + "/mine.json", atomically: true, encoding: .utf8)
        let tmux = try start(["--demo", "--lang", "en", "--theme", "mine"], columns: 160)
        defer { tmux.stop() }
        let screen = try tmux.waitFor(text: "Using the default theme.")
        #expect(screen.contains("The colour theme “mine” role “title” has an unknown colour"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Installed alone, as a copy in a folder with no `themes/` beside or above it, the program
    /// still has every built-in theme: the light one's status line is blue 24.
    @Test func aCopiedBinaryHasTheBuiltInThemes() throws {
        let bin = folder.sub("usr/local/bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Binary.nabo, toPath: bin + "/nabo")
        let tmux = try Tmux(columns: 120, rows: 24, command: [bin + "/nabo", "--demo", "--lang", "en", "--theme", "light"],
                            environment: environment, folder: folder.path)
        defer { tmux.stop() }
        let screen = try tmux.waitFor(text: "DEMO")
        #expect(!screen.contains("No colour theme"))
        #expect(colorParameters(in: try tmux.capture(colors: true)).contains("48;5;24"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// The SGR parameters in captured text that set a colour (30–37, 40–47, 90–97, 100–107, and
    /// the 256-colour and true-colour forms); 39 and 49 only return to the terminal's own.
    func colorParameters(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "m") else { break }
            let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
            rest = rest[rest.index(after: end)...]
            var index = 0
            while index < parameters.count {
                let value = parameters[index]
                if value == 38 || value == 48 {
                    found.append(parameters[index...].map(String.init).joined(separator: ";"))
                    break
                }
                if (30...37).contains(value) || (40...47).contains(value) || (90...97).contains(value) || (100...107).contains(value) {
                    found.append(String(value))
                }
                index += 1
            }
        }
        return found
    }
}
