import NaboTestSupport
import Testing
@testable import NaboCore

/// The rules typed records carry, once for every screen and command.
@Suite struct DomainRecordTests {
    @Test func waitingOnByggdriftIsByggdriftsAndMovingNotWaitingForAPrecondition() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        var expected: [String: Bool] = [:]
        for status in MeasureStatus.allCases {
            let id = try w.add(.measure, ["address": a, "title": status.rawValue, "status": status.rawValue])
            expected[id] = [.toAssess, .ordered, .inProgress].contains(status)
        }
        let project = try w.add(.measure, ["address": a, "title": "P", "status": "ordered", "responsible": "project"])
        expected[project] = false
        for (id, waits) in expected {
            #expect(Measure(try #require(w.replica.record("measure", id))).waitsOnByggdrift == waits, "\(id)")
        }
    }

    @Test func doneSinceCountsByTheDayTheStatusWasSet() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let id = try w.add(.measure, ["address": a, "title": "A", "status": "done"])
        let open = try w.add(.measure, ["address": a, "title": "B", "status": "ordered"])
        let done = Measure(try #require(w.replica.record("measure", id)))
        #expect(done.statusChanged == w.today)
        #expect(done.isDone(since: w.today))
        #expect(!done.isDone(since: w.today.adding(days: 1)))
        #expect(!Measure(try #require(w.replica.record("measure", open))).isDone(since: w.today.adding(days: -30)))
    }

    @Test func aResidentLivesThereUntilTheDayOfMovingOut() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let r = try w.resident("Ola Test", at: a)
        try w.commit(.set(.resident, id: r, Edit(values: ["movedOut": w.today.iso])))
        let resident = Resident(try #require(w.replica.record("resident", r)))
        #expect(resident.livesThere(on: w.today.adding(days: -1)))
        #expect(!resident.livesThere(on: w.today))
        #expect(Resident.livesThere(try #require(w.replica.record("resident", r)), on: w.today) == false)
        #expect(Queries.residents(at: [a], in: w.replica, on: w.today).isEmpty)
        #expect(Queries.residents(at: [a], in: w.replica, on: w.today.adding(days: -1)) == [r])
    }
}
