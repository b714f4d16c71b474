import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// `t` on a resident opens their timeline, on a unit its history; both are the core's.
@Suite struct TimelineTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func tOnAResidentOpensTheTimelineAndEscGoesBack() throws {
        var state = visits.onResident("Ørjan Ødegård")
        let id = visits.demo.resident("Ørjan Ødegård").id
        visits.press(&state, [.character("t")])
        var expected = visits.onResident("Ørjan Ødegård")
        expected.places.append(Place(.timeline(id)))
        #expect(state == expected)
        let core = Timeline.forResident(id, try DemoReplica.make())
        #expect(visits.directory.timeline(.timeline(id)) == core)
        #expect(visits.directory.rows(for: .timeline(id)).count == core.count)

        visits.press(&state, [.escape])
        #expect(state == visits.onResident("Ørjan Ødegård"))
    }

    @Test func tOnAUnitOpensItsHistory() throws {
        let unit = visits.demo.unit("H0101", at: "Runarveien 1")
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.unit(unit.id)))
        visits.press(&state, [.character("t")])
        #expect(state.current == Place(.history(unit.id)))
        #expect(visits.directory.timeline(.history(unit.id)) == Timeline.forUnit(unit.id, try DemoReplica.make()))
    }

    @Test func searchNarrowsTheTimeline() {
        let id = visits.demo.resident("Ørjan Ødegård").id
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("t"), .character("/")] + VisitTesting.typed("låsen"))
        let entries = visits.directory.timeline(.timeline(id))
        let matches = state.current.filter?.matches ?? []
        #expect(!matches.isEmpty)
        #expect(matches.count < entries.count)
        #expect(matches.allSatisfy { entries[$0].summary.nb.lowercased().contains("låsen") })
    }

    @Test func snapshots() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("t")])
        assertSnapshot(AppView.render(state, directory: visits.directory, size: .minimum), named: "timeline-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: visits.directory, size: ScreenSnapshotTests.large), named: "timeline-120x40-en")

        var unit = AppState(language: .nb, isDemo: true)
        unit.places.append(Place(.unit(visits.demo.unit("H0101", at: "Runarveien 1").id)))
        visits.press(&unit, [.character("t")])
        assertSnapshot(AppView.render(unit, directory: visits.directory, size: .minimum), named: "history-80x24-nb")
    }
}
