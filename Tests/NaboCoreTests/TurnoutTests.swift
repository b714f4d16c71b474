import NaboTestSupport
import Testing
@testable import NaboCore

/// Turnout counts invited residents who came, per dugnad and per address, and others apart.
@Suite struct TurnoutTests {
    @Test func theDemosFirstDugnadHadThreeOfElevenAndTheFourthIsUpcoming() throws {
        let w = try World.demo()
        let t = Turnout(w.replica, today: w.today)
        #expect(t.events.count == 4)
        let past = t.events[0]
        #expect(!past.upcoming)
        #expect(past.residents == Turnout.Count(invited: 11, attended: 3))
        #expect(past.extra == [Dugnad.Extra(kind: "ansatte", count: 2), Dugnad.Extra(kind: "frivillige", count: 1)])
        #expect(past.extraTotal == 3)
        #expect(t.events.map(\.upcoming) == [false, false, false, true])
        #expect(t.addresses.map(\.label) == ["Runarveien 1", "Runarveien 3"])
        #expect(t.addresses[0].points.map(\.count.attended) == [2, 3, 1, 0])
        #expect(t.addresses[0].points.allSatisfy { $0.count.invited == 6 })
        #expect(t.addresses[1].points.map(\.count.attended) == [1, 1, 1, 0])
        #expect(t.addresses[1].points.allSatisfy { $0.count.invited == 5 })
        #expect(try #require(past.residents.share) == 3.0 / 11.0)
    }

    @Test func someoneWhoCameUninvitedIsCountedApartAndTickingOffRemovesThem() throws {
        var f = try DugnadFixture()
        let outsider = try f.world.resident("Sigrid Lunde", at: try f.world.address("Lahelleveien", "5"))
        try f.world.commit(.set(.dugnad, id: f.id, Edit(values: ["start": "2026-11-20T17:00"],
                                                        additions: ["attended": [f.residents[0], outsider, f.residents[2]]])))
        try f.world.commit(.set(.dugnad, id: f.id, Edit(removals: ["attended": [f.residents[2]]])))
        let e = Turnout(f.world.replica, today: f.world.today).events[0]
        #expect(e.residents == Turnout.Count(invited: 3, attended: 1))
        #expect(e.uninvited == 1)
        #expect(e.byAddress.count == 2)
        #expect(Turnout.Count(invited: 0, attended: 0).share == nil)
    }
}
