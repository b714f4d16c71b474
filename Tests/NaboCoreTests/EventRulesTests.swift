import NaboTestSupport
import Testing
@testable import NaboCore

/// A counted event is given at a resident, a unit or an address, and counts at its address.
@Suite struct EventRulesTests {
    @Test func aResidentGivesTheUnitAndTheAddressAndTheWorkerIsWhoRecordedIt() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address)
        let unit = try #require(w.replica.liveResident(kari)?.unit)
        let id = try w.add(.event, ["kind": "neighbour-complaint", "resident": kari, "date": "12.11.2026", "note": "Musikk sent"])
        let event = try #require(w.replica.live("event", id).map(CountedEvent.init))
        #expect(event.kind == .neighbourComplaint && event.address == address && event.unit == unit && event.resident == kari)
        #expect(event.date == CalendarDate("2026-11-12") && event.note == "Musikk sent" && event.worker == w.ctx.author)

        let atUnit = try w.add(.event, ["kind": "pest", "unit": unit, "date": "2026-11-01"])
        #expect(w.replica.live("event", atUnit).map(CountedEvent.init)?.address == address)
        #expect(w.replica.live("event", atUnit).map(CountedEvent.init)?.resident == nil)
    }

    @Test func anEventNowhereInTheFutureOrAtAUnitElsewhereIsRefusedInWords() throws {
        var w = World()
        let first = try w.address("Runarveien", "1")
        let second = try w.address("Runarveien", "3")
        let unit = try w.add(.unit, ["address": first, "number": "H0101"])
        let nowhere = try w.add(.resident, ["name": "Ola Nordmann"])
        let before = w.replica
        func refusal(_ values: [String: String]) -> Message? {
            do { _ = try Planner.plan(.add(.event, Edit(values: values)), in: w.replica, context: w.ctx); return nil } catch { return error }
        }
        #expect(refusal(["kind": "police", "date": "2026-11-01"])?.en == "An event is counted at an address: give --resident, --unit or --address.")
        #expect(refusal(["kind": "police", "date": "2026-11-01", "resident": nowhere])?.en
            == "The resident lives in no unit in Nabo; give the event --address or --unit as well.")
        #expect(refusal(["kind": "police", "date": "2026-11-01", "unit": unit, "address": second])?.field == "unit")
        #expect(refusal(["kind": "police", "date": "2026-12-01", "address": first])?.field == "date")
        #expect(refusal(["kind": "riot", "date": "2026-11-01", "address": first])?.field == "kind")
        #expect(w.replica.operationCount == before.operationCount)
    }

    @Test func aNewResidentOnTheEventTakesTheirUnitAndAddressWithThem() throws {
        var w = World()
        let first = try w.address("Runarveien", "1")
        let second = try w.address("Runarveien", "3")
        let kari = try w.resident("Kari Nordvik", at: first)
        let ola = try w.resident("Ola Nordmann", at: second)
        let id = try w.add(.event, ["kind": "rent-arrears", "resident": kari, "date": "2026-11-01"])
        try w.commit(.set(.event, id: id, Edit(values: ["resident": ola])))
        let event = try #require(w.replica.live("event", id).map(CountedEvent.init))
        #expect(event.address == second && event.unit == w.replica.liveResident(ola)?.unit)
    }
}
