import Foundation
import NaboTestSupport
import Testing

/// A form at 80x24 in English, as a worker types in it: a date written the Norwegian way is read,
/// Ctrl-U empties a field, and a refusal under a field goes once the field is changed.
@Suite(.serialized) struct FormWordsEndToEndTests {
    let folder = TempFolder("nabo-e2e-form-words")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "NABO_TODAY": "2026-11-22"]
    }

    @Test func aDateTypedEitherWayIsReadAndAStaleRefusalGoes() throws {
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--demo", "--lang", "en"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "DEMO")
        try tmux.send("r", "/")
        try tmux.type("ødegård")
        try tmux.waitFor(text: "1 match")
        try tmux.send("Enter", "Enter")
        try tmux.waitFor(text: "Ørjan Ødegård · Runarveien 1, H0101")
        try tmux.send("v")
        // The resident is known, so the cursor waits in the note.
        let form = try tmux.waitFor(text: "▸ Note")
        #expect(form.contains("Ctrl-E writes in $EDITOR."))
        try tmux.type("Talked about the bins.")
        try tmux.send("BTab", "BTab", "C-u")
        try tmux.type("yesterday")
        try tmux.send("C-s")
        let refused = try tmux.waitFor(text: "is not a valid date and time")
        #expect(refused.contains("22 Nov 2026 14:30"))
        #expect(refused.contains("As 22 Nov 2026 14:30; the time may be left out."))
        try tmux.send("C-u")
        try tmux.waitFor("the refusal gone from under the field") { !$0.contains("is not a valid date") && $0.contains("▸ Date and time") }
        try tmux.type("19. nov. 2026 9.15")
        try tmux.send("C-s")
        try tmux.waitFor(text: "The visit to Ørjan Ødegård is saved.")
        try tmux.send("Escape")
        let resident = try tmux.waitFor(text: "19 Nov 2026 09:15")
        #expect(resident.contains("Talked about the bins."))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
