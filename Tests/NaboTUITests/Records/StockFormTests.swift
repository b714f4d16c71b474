import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Adding, changing and deleting addresses, units and residents, and moving a resident, on the
/// record form: the keys open it, typing is checked field by field, a save names the exact change,
/// a refusal stands under its field, and `u` takes a save back.
@Suite struct StockFormTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    var directory: Directory { visits.directory }
    var runar1: AddressEntry { visits.demo.address("Runarveien 1") }

    func on(_ screens: Screen..., language: Language = .nb) -> AppState {
        var state = AppState(language: language, isDemo: true)
        state.places += screens.map { Place($0) }
        return state
    }

    /// The record's change planned on the demo data as the runner would, for the core's own refusal.
    func refusal(_ effects: [AppEffect]) -> Message? {
        guard case .save(let change, _)? = effects.first else { return nil }
        do throws(Message) {
            _ = try Planner.plan(change, in: directory.replica, context: Fixed.context(seq: 10_000))
            return nil
        } catch {
            return error
        }
    }

    /// The keys through the maps against another directory than the demo's.
    @discardableResult
    func press(_ state: inout AppState, _ keys: [Key], in directory: Directory) -> [AppEffect] {
        var effects: [AppEffect] = []
        for key in keys {
            let action = AppKeys.action(for: key, in: state)
            #expect(action != nil && action != .unboundKeyPressed(key), "\(key) does nothing here")
            guard let action else { continue }
            effects = AppReducer.reduce(&state, action, directory: directory, size: .minimum, now: VisitTesting.now)
        }
        return effects
    }

    @Test func aOnTheAddressesAddsAnAddressCheckedAsItIsTyped() {
        var state = on(.addresses)
        visits.press(&state, [.character("a")])
        var expected = on(.addresses)
        expected.recordForm = RecordForm(purpose: .address(nil), values: [:])
        #expect(state == expected)

        visits.press(&state, VisitTesting.typed("Storgata") + [.tab] + VisitTesting.typed("12") + [.tab] + VisitTesting.typed("B") + [.tab]
                     + VisitTesting.typed("321"))
        let form = state.recordForm!
        let check = try! #require(RecordFormCheck.problem(form, .postcode))
        #expect(check.en == "A postcode has four digits, not “321”.")
        #expect(check.field == "postcode")
        #expect(AppView.render(state, directory: directory, size: .minimum).text.contains("✗ " + check.nb))

        let effects = visits.press(&state, VisitTesting.typed("6") + [.tab] + VisitTesting.typed("Sandefjord") + [.ctrl("s")])
        let edit = Edit(values: ["street": "Storgata", "number": "12", "letter": "B", "postcode": "3216", "city": "Sandefjord"])
        #expect(effects == [.save(.add(.address, edit), done: StockText.addressSaved("Storgata 12B"))])
        #expect(refusal(effects) == nil)
        visits.reduce(&state, .saved(StockText.addressSaved("Storgata 12B")))
        #expect(state.recordForm == nil)
        #expect(visits.press(&state, [.character("u")]) == [.undo])
    }

    @Test func eOnAnAddressChangesItAndAnEmptiedStreetIsRefusedUnderItsField() {
        var state = on(.addresses, .address(runar1.id))
        visits.press(&state, [.character("e")])
        #expect(state.recordForm == RecordForm(purpose: .address(runar1.id),
                                               values: [.street: "Runarveien", .number: "1", .postcode: "3216", .city: "Sandefjord"]))
        let effects = visits.press(&state, [.ctrl("u"), .ctrl("s")])
        let edit = Edit(values: ["street": "", "number": "1", "letter": "", "postcode": "3216", "city": "Sandefjord", "gnr": "", "bnr": ""])
        #expect(effects == [.save(.set(.address, id: runar1.id, edit), done: StockText.addressSaved("1"))])
        let refused = try! #require(refusal(effects))
        visits.reduce(&state, .saveFailed(refused))
        #expect(state.recordForm?.field == .street)
        #expect(state.recordForm?.problem == refused)
        #expect(state.recordForm?.isSaving == false)
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "address-form-refused-80x24-nb")
    }

    /// On the lists, the keys act on the selected row: the second address, the first resident.
    @Test func eAndXOnTheListsActOnTheSelectedRow() {
        var state = on(.addresses)
        visits.press(&state, [.down, .character("e")])
        #expect(state.recordForm == RecordForm(purpose: .address(runar1.id),
                                               values: [.street: "Runarveien", .number: "1", .postcode: "3216", .city: "Sandefjord"]))
        state = on(.addresses)
        visits.press(&state, [.down, .character("x")])
        #expect(state.stock.deleting == nil)
        #expect(state.message?.text.nb.hasPrefix("Kan ikke slette: adressen har 8 boliger: H0101") == true)

        state = on(.residents)
        let first = visits.demo.directory.residents[visits.demo.directory.rows(for: .residents)[0]]
        visits.press(&state, [.character("X")])
        // Refused as on the resident's screen: the visits there name the resident.
        #expect(state.stock.deleting == nil)
        #expect(state.message?.text.en.hasPrefix("Cannot delete: the resident has") == true)
        visits.press(&state, [.character("E")])
        #expect(state.recordForm?.purpose == .resident(unit: nil, resident: first.id))
    }

    @Test func xOnAnAddressWithUnitsIsRefusedNamingThemAndAskedForAnEmptyOne() throws {
        var state = on(.addresses, .address(runar1.id))
        visits.press(&state, [.character("x")])
        #expect(state.stock.deleting == nil)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.nb.hasPrefix("Kan ikke slette: adressen har 8 boliger: H0101, H0102, H0103,") == true)

        var replica = try DemoReplica.make()
        let add = Change.add(.address, Edit(values: ["street": "Storgata", "number": "12", "postcode": "3216", "city": "Sandefjord"]))
        let ops = try Planner.plan(add, in: replica, context: Fixed.context(seq: 10_000))
        ops.forEach { replica.apply($0) }
        let empty = Directory(replica: replica, today: DemoReplica.today)
        let id = ops[0].entity
        state = on(.addresses, .address(id))
        press(&state, [.character("x")], in: empty)
        #expect(state.stock.deleting == StockState.Deleting(type: .address, id: id, name: "Storgata 12"))
        #expect(state.message == StatusMessage(.warning, StockText.confirmDelete(.address, "Storgata 12")))
        let effects = press(&state, [.character("j")], in: empty)
        #expect(effects == [.save(.delete(.address, id: id), done: StockText.deleted(.address, "Storgata 12"))])
        #expect(state.stock.deleting == nil)
        _ = AppReducer.reduce(&state, .saved(StockText.deleted(.address, "Storgata 12")), directory: directory, size: .minimum)
        #expect(state.places.map(\.screen) == [.home, .addresses])
        #expect(visits.press(&state, [.character("u")]) == [.undo])
    }

    @Test func aOnAnAddressAddsAUnitThereAndEOnAUnitChangesIt() {
        var state = on(.address(runar1.id))
        visits.press(&state, [.character("a")])
        #expect(state.recordForm == RecordForm(purpose: .unit(address: runar1.id, unit: nil), values: [.status: "vacant"]))
        visits.press(&state, VisitTesting.typed("h0109") + [.tab] + VisitTesting.typed("to"))
        #expect(state.recordForm.flatMap { RecordFormCheck.problem($0, .rooms) }?.field == "rooms")
        let effects = visits.press(&state, [.ctrl("u")] + VisitTesting.typed("2") + [.tab, .down, .ctrl("s")])
        let edit = Edit(values: ["address": runar1.id, "number": "h0109", "rooms": "2", "status": "awaiting-repair"])
        #expect(effects == [.save(.add(.unit, edit), done: StockText.unitSaved("H0109"))])
        #expect(refusal(effects) == nil)

        // A number the address already has is the core's refusal, under the H-nummer.
        let unit = visits.demo.unit("H0102", at: "Runarveien 1")
        state = on(.address(runar1.id), .unit(unit.id))
        visits.press(&state, [.character("e")])
        #expect(state.recordForm?.purpose == .unit(address: runar1.id, unit: unit.id))
        #expect(state.recordForm?[.number] == "H0102")
        let change = visits.press(&state, [.ctrl("u")] + VisitTesting.typed("H0101") + [.ctrl("s")])
        let refused = try! #require(refusal(change))
        #expect(refused.field == "number")
        visits.reduce(&state, .saveFailed(refused))
        #expect(state.recordForm?.field == .number)
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "unit-form-refused-80x24-nb")
    }

    @Test func aOnAUnitAddsAResidentLivingThereFromToday() {
        let unit = visits.demo.unit("H0102", at: "Runarveien 1")
        var state = on(.unit(unit.id))
        visits.press(&state, [.character("a")])
        #expect(state.recordForm == RecordForm(purpose: .resident(unit: unit.id, resident: nil), values: [.movedIn: "22.11.2026"]))
        visits.press(&state, VisitTesting.typed("Eva Prøve") + [.tab] + VisitTesting.typed("900"))
        #expect(state.recordForm.flatMap { RecordFormCheck.problem($0, .phone) }?.field == "phone")
        let effects = visits.press(&state, VisitTesting.typed(" 00 001") + [.ctrl("s")])
        let edit = Edit(values: ["name": "Eva Prøve", "phone": "900 00 001", "movedIn": "22.11.2026", "unit": unit.id])
        #expect(effects == [.save(.add(.resident, edit), done: StockText.residentSaved("Eva Prøve"))])
        #expect(refusal(effects) == nil)
    }

    @Test func bigEOnAResidentChangesNameAndPhoneAndBigXIsRefusedWhileRecordsPointAtThem() {
        let ørjan = visits.demo.resident("Ørjan Ødegård")
        var state = on(.resident(ørjan.id))
        visits.press(&state, [.character("E")])
        #expect(state.recordForm?.purpose == .resident(unit: nil, resident: ørjan.id))
        #expect(state.recordForm?.fields == [.name, .phone])
        let effects = visits.press(&state, [.tab, .ctrl("u")] + VisitTesting.typed("+47 911 11 111") + [.ctrl("s")])
        #expect(effects == [.save(.set(.resident, id: ørjan.id, Edit(values: ["name": "Ørjan Ødegård", "phone": "+47 911 11 111"])),
                                  done: StockText.residentSaved("Ørjan Ødegård"))])

        state = on(.resident(ørjan.id))
        visits.press(&state, [.character("X")])
        #expect(state.stock.deleting == nil)
        #expect(state.message?.text.en.hasPrefix("Cannot delete: the resident has") == true)
    }

    @Test func fOnAResidentMovesThemToAUnitFoundByWhatIsTypedOrOut() throws {
        let ørjan = visits.demo.resident("Ørjan Ødegård")
        var state = on(.resident(ørjan.id))
        visits.press(&state, [.character("f")])
        var form = RecordForm(purpose: .move(resident: ørjan.id), values: [.moving: "unit", .date: "22.11.2026"])
        form.field = .unit
        #expect(state.recordForm == form)

        visits.press(&state, VisitTesting.typed("runar 3 h0102"))
        let target = visits.demo.unit("H0102", at: "Runarveien 3")
        let row = try #require(directory.unitByID[target.id])
        #expect(state.recordForm?.matches == [row])
        #expect(state.recordForm?.chosen == row)
        let effects = visits.press(&state, [.ctrl("s")])
        let move = try Move.change(resident: ørjan.id, to: .unit(target.id), on: DemoReplica.today, today: DemoReplica.today, in: directory.replica)
        #expect(effects == [.save(move, done: StockText.movedIn("Ørjan Ødegård", "Runarveien 3, H0102", DemoReplica.today))])
        visits.reduce(&state, .saved(StockText.movedIn("Ørjan Ødegård", "Runarveien 3, H0102", DemoReplica.today)))
        #expect(state.recordForm == nil)
        #expect(visits.press(&state, [.character("u")]) == [.undo])

        // Out on a day before moving in: the core's refusal, under the date.
        state = on(.resident(ørjan.id))
        let out = visits.press(&state, [.character("f"), .backTab, .down, .tab, .tab, .ctrl("u")] + VisitTesting.typed("01.01.2001") + [.ctrl("s")])
        #expect(out == [])
        #expect(state.recordForm?.field == .date)
        #expect(state.recordForm?.problem?.field == "date")
        #expect(state.recordForm?.problem?.nb.hasSuffix("en flytting kan ikke være før det.") == true)
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "move-form-refused-80x24-nb")
    }

    @Test func aUnitMatchingNothingIsRefusedUnderTheUnit() {
        let ørjan = visits.demo.resident("Ørjan Ødegård")
        var state = on(.resident(ørjan.id))
        visits.press(&state, [.character("f")] + VisitTesting.typed("storgata") + [.ctrl("s")])
        #expect(state.recordForm?.problem == StockText.noUnitMatches("storgata"))
        #expect(state.recordForm?.field == .unit)
    }
}
