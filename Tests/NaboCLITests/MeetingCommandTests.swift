import Foundation
import NaboTestSupport
import Testing

/// The project's own record on the command line: a work group meeting with an agenda item whose
/// decision is a measure, the day the minutes went out, the progress plan and a notice.
@Suite struct MeetingCommandTests {
    let store = CommandStore("nabo-meetings")

    func run(_ arguments: [String]) throws -> Binary.Result { try store.run(arguments) }

    func id(_ arguments: [String]) throws -> String { try store.id(arguments) }

    func list(_ type: String, _ filters: [String] = []) throws -> [[String: Any]] {
        let result = try run(["list", type, "--json"] + filters)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func aMeetingItsDecisionAsAMeasureThePlanAndANotice() throws {
        #expect(try store.initialise())
        let first = try id(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"])
        let second = try id(["add", "address", "--street", "Runarveien", "--number", "3", "--postcode", "3216", "--city", "Sandefjord"])
        let meeting = try id(["add", "meeting", "--date", "2026-11-10T14:00", "--title", "Arbeidsgruppemøte 5", "--place", "Bydelshuset",
                              "--attendees", "Ola Test, Byggdrift; Eva Prøve, NAV"])
        let item = try id(["add", "agenda-item", "--meeting", meeting, "--title", "Låser på bodene", "--minutes", "Byggdrift bestiller."])
        let measure = try id(["add", "measure", "--agenda-item", item, "--address", first, "--title", "Nye låser på bodene"])
        #expect(try list("measures", ["--agenda-item", item]).map { $0["id"] as? String } == [measure])
        #expect(try run(["set", "meeting", meeting, "--minutes-sent", "2026-11-09"]).stderr.contains("before the meeting was held"))
        _ = try id(["set", "meeting", meeting, "--minutes-sent", "12.11.2026"])
        let meetings = try list("meetings", ["--from", "2026-11-01"])
        #expect(meetings.count == 1 && meetings[0]["minutesSent"] as? String == "2026-11-12")
        #expect(meetings[0]["attendees"] as? String == "Ola Test, Byggdrift; Eva Prøve, NAV")
        #expect(try list("agenda-items", ["--meeting", meeting]).first?["parked"] as? Bool == false)

        _ = try id(["add", "activity", "--title", "Kartlegging runde 2", "--responsible", "Prosjektleder", "--planned", "2026-12-01", "--meeting", meeting])
        #expect(try run(["add", "activity", "--title", "X", "--planned", "2026-12-01", "--done", "2026-11-01"]).status != 0)
        #expect(try list("activities", ["--to", "2026-12-31"]).count == 1)

        let notice = try id(["add", "notice", "--addresses", "\(first);\(second)", "--text", "Søppel i trappen fjernes mandag.", "--how", "sms",
                             "--date", "2026-11-20"])
        let notices = try list("notices")
        #expect(notices.first?["id"] as? String == notice)
        #expect(Set(notices.first?["addresses"] as? [String] ?? []) == [first, second])
        #expect(try run(["add", "notice", "--text", "Ingen adresse", "--date", "2026-11-20"]).stderr.contains("at least one address"))
        // The meeting cannot go while its agenda item points at it.
        #expect(try run(["delete", "meeting", meeting]).stderr.contains("agenda item"))
    }
}
