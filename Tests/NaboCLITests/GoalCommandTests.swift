import Foundation
import NaboTestSupport
import Testing

/// The project's goals on the command line: a main goal, a sub-goal under it with what the report
/// counts beside it, and the names it refuses.
@Suite struct GoalCommandTests {
    let store = CommandStore("nabo-goals")

    func run(_ arguments: [String]) throws -> Binary.Result { try store.run(arguments) }

    func id(_ arguments: [String]) throws -> String { try store.id(arguments) }

    @Test func aMainGoalItsSubGoalsInTheirOrderAndWhatTheyCount() throws {
        #expect(try store.initialise())
        let address = try id(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"])
        let measure = try id(["add", "measure", "--address", address, "--title", "Nye låser"])
        let main = try id(["add", "goal", "--number", "0", "--title", "Trygge og gode bomiljøer"])
        _ = try id(["add", "goal", "--number", "10", "--title", "Tiende", "--parent", main])
        let safe = try id(["add", "goal", "--number", "2", "--title", "Færre naboklager", "--parent", main, "--events", "neighbour-complaint;police",
                           "--indicators", "survey-index", "--measure", measure, "--method", "Kartlegging"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run(["list", "goals", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["number"] as? String } == ["0", "2", "10"])
        let shown = try #require(list.first { $0["id"] as? String == safe })
        #expect(shown["events"] as? [String] == ["neighbour-complaint", "police"])
        #expect(shown["measures"] as? [String] == [measure])
        #expect(try run(["add", "goal", "--title", "X", "--events", "complaint"]).stderr.contains("Unknown event kind “complaint”"))
        #expect(try run(["add", "goal", "--title", "X", "--indicators", "visit"]).stderr.contains("Unknown indicator “visit”"))
        #expect(try run(["set", "goal", main, "--parent", safe]).stderr.contains("cannot sit under itself"))
    }
}
