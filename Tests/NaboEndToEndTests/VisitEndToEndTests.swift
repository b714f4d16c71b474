import Foundation
import NaboTestSupport
import Testing

/// Logging a visit with the keyboard only, in the built `nabo` in tmux, and finding it again after
/// a restart on the resident's screen and from the command line.
@Suite(.serialized) struct VisitEndToEndTests {
    let folder = TempFolder("nabo-e2e-visit")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "TMPDIR": folder.sub("tmp"), "VISUAL": "", "EDITOR": folder.sub("editor.sh")]
    }

    func start() throws -> Tmux {
        try Tmux(columns: 100, rows: 30, command: [Binary.nabo, "--demo", "--lang", "nb"], environment: environment, folder: folder.path)
    }

    /// An editor that adds a line to the note, as a worker writing more would.
    func writeEditor() throws {
        try FileManager.default.createDirectory(atPath: folder.sub("tmp"), withIntermediateDirectories: true)
        try "#!/bin/sh\necho 'Skrevet i editoren.' >> \"$1\"\n".write(toFile: folder.sub("editor.sh"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.sub("editor.sh"))
    }

    /// `v` on the home screen, and Ørjan Ødegård found by typing part of his name.
    func openFormOnOrjan(_ tmux: Tmux) throws {
        try tmux.waitFor(text: "DEMO")
        try tmux.send("v")
        try tmux.waitFor(text: "Nytt besøk")
        try tmux.type("ødegård")
        try tmux.waitFor(text: "▸ Ørjan Ødegård · Runarveien 1, H0101")
    }

    @Test func logAVisitQuitStartAgainAndFindIt() throws {
        try writeEditor()
        var tmux = try start()
        defer { tmux.stop() }
        try openFormOnOrjan(tmux)
        // Resident, date and kind keep what they have; the note is typed, then added to in the editor.
        try tmux.send("Enter", "Enter", "Enter")
        try tmux.type("Snakket om bråk i oppgangen.")
        try tmux.send("C-e")
        try tmux.waitFor(text: "Skrevet i editoren.")
        try tmux.send("Tab")
        try tmux.type("Ringer vaktmester.")
        try tmux.send("Enter", "Enter")
        let saved = try tmux.waitFor(text: "Besøket hos Ørjan Ødegård er lagret")
        // The form is empty again, ready for the next visit.
        #expect(saved.contains("Nytt besøk"))
        #expect(!saved.contains("Snakket om bråk"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.sub("tmp")) == [])
        try tmux.send("Escape")
        try tmux.waitFor(text: "Besøk som har forfalt")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        tmux.stop()

        tmux = try start()
        try tmux.waitFor(text: "DEMO")
        try tmux.send("r", "/")
        try tmux.type("ødegård")
        try tmux.waitFor(text: "1 treff")
        try tmux.send("Enter", "Enter")
        let resident = try tmux.waitFor(text: "Snakket om bråk i oppgangen.")
        #expect(resident.contains("Avtalt: Ringer vaktmester."))
        #expect(resident.contains("Skrevet i editoren."))
        try tmux.send("t")
        try tmux.waitFor(text: "Hjemmebesøk: Snakket om bråk i oppgangen.")
        try tmux.send("Escape")
        try tmux.waitFor(text: "Avtalt: Ringer vaktmester.")

        // Not at home in two keys, on the same screen; an attempt leaves the visit due.
        try tmux.send("o")
        try tmux.waitFor(text: "Logge «ikke hjemme» hos Ørjan Ødegård nå?")
        try tmux.send("y")
        let notHome = try tmux.waitFor(text: "«Ikke hjemme» hos Ørjan Ødegård er logget: et forsøk, ikke et besøk.")
        #expect(notHome.contains("1 forsøk, ikke truffet siden"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let listed = try Binary.run(["list", "visits", "--json", "--data", folder.sub("data") + "/nabo-demo"], environment: environment)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("Snakket om bråk i oppgangen.\\nSkrevet i editoren."))
        #expect(listed.stdout.contains("\"agreed\":\"Ringer vaktmester.\"") || listed.stdout.contains("\"agreed\": \"Ringer vaktmester.\""))
        #expect(listed.stdout.contains("not-at-home"))
    }

    @Test func ctrlCInTheFormAsksAsEscDoesAndKeepsTheNote() throws {
        let tmux = try start()
        defer { tmux.stop() }
        try openFormOnOrjan(tmux)
        try tmux.send("Enter", "Enter", "Enter")
        try tmux.type("Ikke mist dette notatet.")
        try tmux.send("C-c")
        let asked = try tmux.waitFor(text: "Forkaste det du har skrevet?")
        #expect(asked.contains("Ikke mist dette notatet."))
        // Any other key goes on with the form, the note still there.
        try tmux.send("n")
        let back = try tmux.waitFor("the form again") { !$0.contains("Forkaste det du har skrevet?") && $0.contains("Ikke mist dette notatet.") }
        #expect(back.contains("Nytt besøk"))
        try tmux.send("C-c")
        try tmux.waitFor(text: "Forkaste det du har skrevet?")
        try tmux.send("j")
        try tmux.waitFor("the form closed") { !$0.contains("Nytt besøk") }
        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
    }
}
