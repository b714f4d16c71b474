import Foundation
import NaboTestSupport
import Testing

/// A dugnad planned by keys in the real terminal, then listed by the command line from the same store.
extension InterfaceEndToEndTests {
    @Test func planADugnadByKeysAndItIsListed() throws {
        let tmux = try start(["--demo", "--lang", "nb"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "Besøk som har forfalt")
        try tmux.send("D")
        try tmux.waitFor(text: "Per adresse over tid")
        try tmux.send("n")
        try tmux.waitFor(text: "Planlegg dugnad")
        // Enter goes to the next field and, on the last, saves.
        for field in ["Vårrydding i gården", "18.04.2027 11:00", "14:00"] {
            try tmux.type(field)
            try tmux.send("Enter")
        }
        // "runar" is both Runarveien 1 and 3: said under the field until more is typed.
        try tmux.type("midtås, runar")
        try tmux.waitFor(text: "✗ «runar» passer til flere adresser: Runarveien 1,")
        try tmux.type("veien 3")
        try tmux.send("Enter")
        for field in ["Gården", "Rake løv; Feie trappene", "Container", "Pølser"] {
            try tmux.type(field)
            try tmux.send("Enter")
        }
        try tmux.waitFor(text: "✓ Runarveien 3 · 3216 Sandefjord")
        try tmux.type("Politiet")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Dugnaden «Vårrydding i gården» er lagret.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let dugnads = try #require(try json(["list", "dugnads"]) as? [[String: Any]])
        let planned = try #require(dugnads.first { $0["title"] as? String == "Vårrydding i gården" })
        let id = try #require(planned["id"] as? String)
        let dugnad = try #require(try json(["show", "dugnad", id]) as? [String: Any])
        #expect((dugnad["addresses"] as? [String])?.count == 2)
        #expect((dugnad["invited"] as? [String])?.isEmpty == false)
        #expect(dugnad["tasks"] as? [String] == ["Rake løv", "Feie trappene"])
        #expect(dugnad["meetingPoint"] as? String == "Gården")
    }
}
