import NaboTestSupport
import Testing
@testable import NaboCore

/// Deleting a record that others still point at is refused, naming every one of them, so the
/// worker knows what to move or delete first; the interface and `nabo delete` share the rule.
@Suite struct DependentsTests {
    @Test func anAddressWithUnitsAndMeasuresIsRefusedNamingThemAll() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        for number in ["H0201", "H0101", "H0102"] { _ = try w.add(.unit, ["address": address, "number": number]) }
        _ = try w.add(.measure, ["address": address, "title": "Låse loftet"])
        let refusal = #expect(throws: Message.self) { try w.commit(.delete(.address, id: address)) }
        #expect(refusal?.en == "Cannot delete: the address has 3 units: H0101, H0102, H0201; 1 measure: Låse loftet.")
        #expect(refusal?.nb == "Kan ikke slette: adressen har 3 boliger: H0101, H0102, H0201; 1 tiltak: Låse loftet.")
        #expect(w.replica.live("address", address) != nil)
    }

    @Test func aUnitWithAResidentIsRefusedAndAnEmptyOneIsDeleted() throws {
        var w = World()
        let address = try w.address("Runarveien", "3")
        let let_ = try w.add(.unit, ["address": address, "number": "H0101"])
        let empty = try w.add(.unit, ["address": address, "number": "H0102"])
        _ = try w.add(.resident, ["name": "Kari Nordvik", "unit": let_])
        let refusal = #expect(throws: Message.self) { try w.commit(.delete(.unit, id: let_)) }
        #expect(refusal?.en == "Cannot delete: the unit has 1 resident: Kari Nordvik.")
        _ = try w.commit(.delete(.unit, id: empty))
        #expect(w.replica.live("unit", empty) == nil)
        // The deleted unit no longer counts: the address keeps only the one with a resident.
        let still = #expect(throws: Message.self) { try w.commit(.delete(.address, id: address)) }
        #expect(still?.en == "Cannot delete: the address has 1 unit: H0101.")
    }

    /// A unit someone lived in keeps their stay: its history is theirs.
    @Test func aUnitLivedInIsRefusedNamingTheResidentAndTheirStay() throws {
        var w = World()
        let address = try w.address("Runarveien", "3")
        let unit = try w.add(.unit, ["address": address, "number": "H0201"])
        let kari = try w.add(.resident, ["name": "Kari Nordvik"])
        _ = try w.commit(try Move.change(resident: kari, to: .unit(unit), on: CalendarDate("2026-11-01")!, today: w.today, in: w.replica))
        _ = try w.commit(try Move.change(resident: kari, to: .out, on: CalendarDate("2026-11-10")!, today: w.today, in: w.replica))
        let refusal = #expect(throws: Message.self) { try w.commit(.delete(.unit, id: unit)) }
        #expect(refusal?.en == "Cannot delete: the unit has 1 resident: Kari Nordvik; 1 tenancy: Kari Nordvik, H0201, Runarveien 3 from 1 Nov 2026.")
        #expect(refusal?.nb == "Kan ikke slette: boligen har 1 beboer: Kari Nordvik; 1 leieforhold: Kari Nordvik, H0201, Runarveien 3 fra 01.11.2026.")
    }
}
