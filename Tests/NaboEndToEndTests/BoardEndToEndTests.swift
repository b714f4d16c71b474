import Foundation
import NaboTestSupport
import Testing

/// The action plan board in a real terminal: a card moved there is in the measure's history.
@Suite(.serialized) struct BoardEndToEndTests {
    let folder = TempFolder("nabo-e2e-board")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": ""]
    }

    @Test func moveACardThenFindTheMoveInTheHistory() throws {
        let tmux = try Tmux(columns: 120, rows: 40, command: [Binary.nabo, "--demo", "--lang", "en"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Visits due")
        try tmux.send("b")
        let board = try tmux.waitFor(text: "… Waiting (4)")
        #expect(board.contains("◇ Ordered (3)"))
        // The first card, the attic at Midtåsveien 22, one column on: from waiting to ordered.
        try tmux.send(">")
        let moved = try tmux.waitFor(text: "Ordered: “Låse og stenge loftet”, Midtåsveien 22.")
        #expect(moved.contains("◇ Ordered (4)"))
        #expect(moved.contains("… Waiting (3)"))
        // Its screen reads the history from the store: the move is there with who made it.
        try tmux.send("Enter")
        let measure = try tmux.waitFor(text: "Changes (2)")
        #expect(measure.contains("status: Ordered"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let data = folder.sub("data") + "/nabo-demo"
        let list = try Binary.run(["list", "measures", "--status", "ordered", "--json", "--data", data], environment: environment)
        #expect(list.status == 0)
        let measures = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let attic = try #require(measures.first { $0["title"] as? String == "Låse og stenge loftet" })
        let id = try #require(attic["id"] as? String)

        let history = try Binary.run(["history", "measure", id, "--json", "--data", data], environment: environment)
        #expect(history.status == 0)
        let ops = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(ops.count == 2)
        let move = try #require(ops.last)
        #expect((move["set"] as? [String: Any])?["status"] as? String == "ordered")
        #expect((move["by"] as? String)?.isEmpty == false)
        #expect((move["at"] as? String)?.isEmpty == false)
    }
}
