import Foundation
import NaboTestSupport
import Testing

/// A new office's first address, unit and resident made with the keyboard only in the built
/// `nabo` in tmux, the resident moved in, and all of it found from the command line after quitting.
@Suite(.serialized) struct StockEndToEndTests {
    let folder = TempFolder("nabo-e2e-stock")
    var data: String { folder.sub("store") }

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "NABO_TODAY": "2026-11-22"]
    }

    func list(_ kind: String) throws -> [[String: Any]] {
        let result = try Binary.run(["list", kind, "--json", "--data", data], environment: environment)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func anAddressAUnitAndAResidentMovedInAreFoundFromTheCommandLine() throws {
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--plain", "--data", data], environment: environment).status == 0)
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Home")
        try tmux.send("a")
        try tmux.waitFor(text: "Enter open")
        try tmux.send("a")
        try tmux.waitFor(text: "New address")
        try tmux.type("Storgata")
        try tmux.send("Tab")
        try tmux.type("12")
        try tmux.send("Tab", "Tab")
        try tmux.type("3210")
        try tmux.send("Tab")
        try tmux.type("Sandefjord")
        try tmux.send("C-s")
        try tmux.waitFor(text: "The address Storgata 12 is saved.")
        try tmux.send("Enter", "a")
        try tmux.waitFor(text: "New unit")
        try tmux.type("H0101")
        try tmux.send("C-s")
        try tmux.waitFor(text: "The unit H0101 is saved.")
        try tmux.send("r", "a")
        try tmux.waitFor(text: "New resident")
        try tmux.type("Eva Prøve")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Eva Prøve is saved.")
        try tmux.send("Enter", "f")
        try tmux.waitFor(text: "To unit")
        try tmux.type("h0101")
        try tmux.waitFor(text: "▸ Storgata 12, H0101")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Eva Prøve moves to Storgata 12, H0101 on 22 Nov 2026.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let units = try list("units")
        #expect(units.count == 1)
        #expect(units.first?["number"] as? String == "H0101")
        #expect(units.first?["status"] as? String == "let")
        let residents = try list("residents")
        #expect(residents.count == 1)
        #expect(residents.first?["name"] as? String == "Eva Prøve")
        #expect(residents.first?["unit"] as? String == units.first?["id"] as? String)
        #expect(residents.first?["movedIn"] as? String == "2026-11-22")
        let stays = try list("tenancies")
        #expect(stays.count == 1)
        #expect(stays.first?["unit"] as? String == units.first?["id"] as? String)
        #expect(stays.first?["from"] as? String == "2026-11-22")
        #expect(stays.first?["to"] as? String == nil)
    }
}
