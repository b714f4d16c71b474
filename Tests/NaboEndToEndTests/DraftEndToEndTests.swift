import Foundation
import NaboTestSupport
import Testing

/// What is typed survives a closed terminal and a kill: the next start offers it back.
@Suite(.serialized) struct DraftEndToEndTests {
    let folder = TempFolder("nabo-e2e-draft")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "TMPDIR": folder.sub("tmp")]
    }

    func start(_ language: String = "nb") throws -> Tmux {
        try Tmux(columns: 100, rows: 30, command: [Binary.nabo, "--demo", "--lang", language], environment: environment, folder: folder.path)
    }

    /// The drafts anywhere under the data folder.
    func drafts() -> [String] {
        let data = folder.sub("data")
        return (FileManager.default.enumerator(atPath: data)?.allObjects as? [String] ?? []).filter { $0.hasSuffix("/draft") }.map { data + "/" + $0 }
    }

    func typeANote(_ tmux: Tmux, _ note: String) throws {
        try tmux.waitFor(text: "DEMO")
        try tmux.send("v")
        try tmux.type("ødegård")
        try tmux.waitFor(text: "▸ Ørjan Ødegård · Runarveien 1, H0101")
        try tmux.send("Enter", "Enter", "Enter")
        try tmux.type(note)
        try tmux.waitFor(text: note)
    }

    /// Written within a second of the last key, it waits for the worker's answer at the next start.
    func waitForDraft() throws {
        let until = Date().addingTimeInterval(3)
        while drafts().isEmpty, Date() < until { usleep(50_000) }
        #expect(drafts().count == 1)
    }

    @Test func aKilledInterfaceOffersTheVisitBackAndContinuesIt() throws {
        var tmux = try start()
        defer { tmux.stop() }
        try typeANote(tmux, "Ikke mist dette notatet.")
        try waitForDraft()
        #expect(kill(try tmux.programID(), SIGTERM) == 0)
        #expect(try tmux.waitForExit() == 128 + Int(SIGTERM))
        tmux.stop()

        tmux = try start()
        let offer = try tmux.waitFor(text: "Fortsette? j ja · n forkast")
        #expect(offer.contains("Du førte et besøk hos Ørjan Ødegård kl."))
        try tmux.send("j")
        let form = try tmux.waitFor(text: "Ikke mist dette notatet.")
        #expect(form.contains("Nytt besøk"))
        #expect(form.contains("Ørjan Ødegård"))
        // The form is the one typed, so leaving it asks first.
        try tmux.send("Escape")
        try tmux.waitFor(text: "Forkaste det du har skrevet?")
        try tmux.send("j")
        try tmux.waitFor("the form closed") { !$0.contains("Nytt besøk") }
        #expect(drafts().isEmpty)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aClosedTerminalKeepsTheDraftAndItCanBeDiscarded() throws {
        var tmux = try start("en")
        defer { tmux.stop() }
        try typeANote(tmux, "Kept after hang-up.")
        try waitForDraft()
        // Closing the window hangs up the terminal: SIGHUP.
        tmux.stop()
        let until = Date().addingTimeInterval(5)
        while (try? tmux.programID()).map({ kill($0, 0) == 0 }) ?? false, Date() < until { usleep(50_000) }

        tmux = try start("en")
        try tmux.waitFor(text: "Continue? y yes · n discard")
        try tmux.send("n")
        let home = try tmux.waitFor(text: "The draft is discarded.")
        #expect(!home.contains("Kept after hang-up."))
        #expect(drafts().isEmpty)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
