import Foundation
import NaboTestSupport
import Testing

/// A command that writes while the interface is open succeeds, the interface shows what it wrote,
/// and what the worker saves next in the interface follows it: nothing lost, no number used twice.
@Suite(.serialized) struct SharedDataFolderEndToEndTests {
    let folder = TempFolder("nabo-e2e-shared")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": ""]
    }

    var demo: String { folder.sub("data") + "/nabo-demo" }

    @Test func aCommandWritesWhileTheInterfaceIsOpenAndBothAreKept() throws {
        let tmux = try Tmux(columns: 100, rows: 30, command: [Binary.nabo, "--demo", "--lang", "nb"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "DEMO")
        let residents = try JSONSerialization.jsonObject(with: Data(try Binary.run(["list", "residents", "--json", "--data", demo], environment: environment).stdout.utf8))
        let orjan = try #require((residents as? [[String: Any]])?.first { ($0["name"] as? String) == "Ørjan Ødegård" }?["id"] as? String)
        let started = Date()
        let added = try Binary.run(["add", "visit", "--resident", orjan, "--date", "2026-11-22", "--note", "Skrevet fra kommandolinjen.", "--data", demo],
                                   environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!added.stderr.contains("Venter"))
        // The interface reads it before its own save, whose number follows it.
        try tmux.send("v")
        try tmux.waitFor(text: "Nytt besøk")
        try tmux.type("ødegård")
        try tmux.waitFor(text: "▸ Ørjan Ødegård · Runarveien 1, H0101")
        try tmux.send("Enter", "Enter", "Enter")
        try tmux.type("Skrevet i grensesnittet.")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Besøket hos Ørjan Ødegård er lagret")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let visits = try Binary.run(["list", "visits", "--json", "--data", demo], environment: environment).stdout
        #expect(visits.contains("Skrevet fra kommandolinjen."))
        #expect(visits.contains("Skrevet i grensesnittet."))
        let check = try Binary.run(["check", "--json", "--data", demo], environment: environment)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(!check.stdout.contains("conflictingCopy"))
    }

    @Test func aSecondInterfaceOnTheSameFolderIsRefusedInWords() throws {
        let first = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--demo", "--lang", "en"], environment: environment, folder: folder.path)
        defer { first.stop() }
        try first.waitFor(text: "DEMO")
        let second = try Binary.run(["--demo", "--lang", "en"], environment: environment)
        #expect(second.status != 0)
        #expect(second.stderr.contains("Nabo is already open on this data folder in another terminal."))
    }
}
