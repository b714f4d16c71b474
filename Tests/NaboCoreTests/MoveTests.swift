import NaboTestSupport
import Testing
@testable import NaboCore

/// A move is one change that keeps every stay as a tenancy, and letting follows it.
@Suite struct MoveTests {
    func unitStatus(_ w: World, _ id: String) -> String? { w.replica.live("unit", id).map(HousingUnit.init)?.statusValue }

    func stays(_ w: World, _ resident: String) -> [(unit: String?, from: String?, to: String?)] {
        w.replica.records("tenancy").filter { !$0.isDeleted }.map(Tenancy.init).filter { $0.resident == resident }
            .sorted { ($0.from?.iso ?? "") < ($1.from?.iso ?? "") }.map { ($0.unit, $0.from?.iso, $0.to?.iso) }
    }

    @Test func movingToAnotherUnitEndsTheStayBeginsOneAndLetsOnlyTheNewUnit() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let first = try w.add(.unit, ["address": address, "number": "H0101", "status": "let"])
        let second = try w.add(.unit, ["address": address, "number": "H0102"])
        let kari = try w.add(.resident, ["name": "Kari Nordvik", "unit": first, "movedIn": "2025-02-01"])

        _ = try w.commit(try Move.change(resident: kari, to: .unit(second), on: CalendarDate("2026-11-01")!, today: w.today, in: w.replica))
        let moved = try #require(w.replica.live("resident", kari).map(Resident.init))
        #expect(moved.unit == second && moved.movedIn == CalendarDate("2026-11-01") && moved.movedOut == nil)
        let history = stays(w, kari)
        #expect(history.count == 2)
        #expect(history[0] == (first, "2025-02-01", "2026-11-01"))
        #expect(history[1] == (second, "2026-11-01", nil))
        #expect(unitStatus(w, first) == "vacant")
        #expect(unitStatus(w, second) == "let")

        // Let while she lives there: another status is refused, with the reason.
        #expect(throws: Message.self) { try w.commit(.set(.unit, id: second, Edit(values: ["status": "vacant"]))) }
        let refusal = #expect(throws: Message.self) { try w.commit(.set(.unit, id: second, Edit(values: ["status": "awaiting-repair"]))) }
        #expect(refusal?.en.hasPrefix("Unit H0102 is let: Kari Nordvik lives there by contract") == true)
        #expect(refusal?.field == "status")

        _ = try w.commit(try Move.change(resident: kari, to: .out, on: CalendarDate("2026-11-20")!, today: w.today, in: w.replica))
        #expect(stays(w, kari).last! == (second, "2026-11-01", "2026-11-20"))
        #expect(w.replica.live("resident", kari).map(Resident.init)?.movedOut == CalendarDate("2026-11-20"))
        #expect(unitStatus(w, second) == "vacant")
        // Vacant and awaiting repair are set by hand once nobody lives there by contract.
        _ = try w.commit(.set(.unit, id: second, Edit(values: ["status": "awaiting-repair"])))
        #expect(unitStatus(w, second) == "awaiting-repair")
    }

    @Test func aMoveBeforeMovingInOrOutOfNowhereIsRefusedAndWritesNothing() throws {
        var w = World()
        let address = try w.address("Runarveien", "3")
        let unit = try w.add(.unit, ["address": address, "number": "H0201"])
        let ola = try w.add(.resident, ["name": "Ola Nordmann", "unit": unit, "movedIn": "2026-06-01"])
        let before = w.replica
        #expect(throws: Message.self) { try Move.change(resident: ola, to: .out, on: CalendarDate("2026-05-01")!, today: w.today, in: w.replica) }
        #expect(throws: Message.self) { try Move.change(resident: ola, to: .unit(unit), on: CalendarDate("2026-11-01")!, today: w.today, in: w.replica) }
        #expect(throws: Message.self) { try Move.change(resident: "res-nobody", to: .out, on: w.today, today: w.today, in: w.replica) }
        _ = try w.commit(try Move.change(resident: ola, to: .out, on: CalendarDate("2026-10-01")!, today: w.today, in: w.replica))
        #expect(throws: Message.self) { try Move.change(resident: ola, to: .out, on: w.today, today: w.today, in: w.replica) }
        #expect(before.records("tenancy").isEmpty)
    }

    /// The interface's `u` after a move: the stays, the resident and the letting as they were.
    @Test func undoingAMovePutsBackTheStayTheResidentAndTheLetting() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let first = try w.add(.unit, ["address": address, "number": "H0101", "status": "let"])
        let second = try w.add(.unit, ["address": address, "number": "H0102"])
        let kari = try w.add(.resident, ["name": "Kari Nordvik", "unit": first, "movedIn": "2025-02-01"])
        let before = w.replica
        let ops = try w.commit(try Move.change(resident: kari, to: .unit(second), on: w.today, today: w.today, in: w.replica))
        _ = try w.commit(try #require(Undo.change(undoing: ops, before: before)))
        let resident = try #require(w.replica.live("resident", kari).map(Resident.init))
        #expect(resident.unit == first && resident.movedIn == CalendarDate("2025-02-01"))
        #expect(stays(w, kari).isEmpty)
        #expect(unitStatus(w, first) == "let")
        #expect(unitStatus(w, second) == "vacant")
    }
}
