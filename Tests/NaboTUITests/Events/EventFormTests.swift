import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// `T` counts an event where the screen is: the form, the change it saves, and the event on the
/// resident's timeline once saved; the form as text at both sizes.
@Suite struct EventFormTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func on(_ screens: Screen...) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places += screens.map { Place($0) }
        return state
    }

    @Test func tOnAUnitOpensTheFormAndCtrlSSavesTheEventThere() {
        let unit = visits.demo.unit("H0102", at: "Runarveien 1")
        var state = on(.unit(unit.id))
        visits.press(&state, [.character("T")])
        var expected = on(.unit(unit.id))
        expected.recordForm = RecordForm(purpose: .event(at: .unit, id: unit.id), values: [.kind: "neighbour-complaint", .date: "22.11.2026"])
        #expect(state == expected)
        let effects = visits.press(&state, [.down, .down, .tab, .tab] + VisitTesting.typed("Lekkasje fra taket") + [.ctrl("s")])
        let edit = Edit(values: ["unit": unit.id, "kind": "rent-arrears", "date": "22.11.2026", "note": "Lekkasje fra taket"])
        #expect(effects == [.save(.add(.event, edit), done: EventText.saved("rent-arrears", "Runarveien 1, H0102"))])
        #expect(EventText.saved("rent-arrears", "Runarveien 1, H0102").nb == "Husleierestanse er talt ved Runarveien 1, H0102.")
    }

    @Test func tOnTheListsDoesNothingOfTheKind() {
        let state = on(.addresses)
        #expect(AppKeys.action(for: .character("T"), in: state) != .events(.recordStarted))
    }

    @Test func aSavedEventIsOnTheResidentsTimeline() throws {
        var replica = try DemoReplica.make()
        let kari = visits.demo.resident("Kari Nordvik")
        let ops = try Planner.plan(.add(.event, Edit(values: ["resident": kari.id, "kind": "services-granted", "date": "2026-11-20", "note": "Hjemmetjeneste to dager i uka"])),
                                   in: replica, context: Fixed.context(seq: 10_000))
        ops.forEach { replica.apply($0) }
        let entries = Timeline.forResident(kari.id, replica)
        #expect(entries.contains { $0.kind == .event && $0.summary.nb == "Vedtak om tjenester: Hjemmetjeneste to dager i uka" && $0.date == CalendarDate("2026-11-20") })
        let unit = try #require(replica.liveResident(kari.id)?.unit)
        #expect(Timeline.forUnit(unit, replica).contains { $0.kind == .event && $0.summary.en == "Services granted: Hjemmetjeneste to dager i uka" })
    }

    @Test func theFormAtBothSizes() {
        let resident = visits.demo.resident("Ørjan Ødegård")
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "event-form-80x24-nb"), (.en, ScreenSnapshotTests.large, "event-form-120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            state.places.append(Place(.resident(resident.id)))
            visits.press(&state, [.character("T"), .up], size: size)
            assertSnapshot(AppView.render(state, directory: visits.directory, size: size), named: name)
        }
    }
}
