import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The due list and the week: reached with `d` and `w` from anywhere, rows open their resident.
@Suite struct DueReducerTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func theDueListIsTheCoresMostOverdueFirst() throws {
        let replica = try DemoReplica.make()
        let core = Due.list(in: replica, today: DemoReplica.today)
        #expect(!core.isEmpty)
        #expect(visits.directory.due.map { visits.directory.residents[$0.resident].id } == core.map(\.resident))
        #expect(visits.directory.due.map(\.daysOverdue) == core.map(\.daysOverdue))
    }

    @Test func theWeekIsTheCoresPlannedVisits() throws {
        let week = PlannedVisits.week(containing: DemoReplica.today, try DemoReplica.make())
        #expect(visits.directory.planned.allSatisfy { $0.day >= week.monday && $0.day < week.monday.adding(days: 7) })
        #expect(visits.directory.planned.map { visits.directory.residents[$0.resident].id } == week.days.flatMap(\.residents))
    }

    @Test func dFromHomeOpensTheDueListAndEnterOpensTheResident() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("d")])
        var expected = AppState(language: .nb, isDemo: true)
        expected.places.append(Place(.due))
        #expect(state == expected)

        visits.press(&state, [.enter])
        let first = visits.directory.residents[visits.directory.due[0].resident]
        expected.places.append(Place(.resident(first.id)))
        #expect(state == expected)
    }

    @Test func wOpensTheWeekFromAResidentAndEscGoesBackToThem() {
        let onResident = visits.onResident("Ørjan Ødegård")
        var state = onResident
        visits.press(&state, [.character("w")])
        var expected = onResident
        expected.places.append(Place(.week))
        #expect(state == expected)
        visits.press(&state, [.escape])
        #expect(state == onResident)
    }

    @Test func notAtHomeAndTheFormTakeTheSelectedDueResident() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("d"), .down, .character("o")])
        let second = visits.directory.residents[visits.directory.due[1].resident]
        #expect(state.visits.notAtHomeFor == second.id)
        visits.press(&state, [.escape, .character("v")])
        #expect(state.visits.form?.values.residentQuery == second.name)
    }

    @Test func searchNarrowsTheDueListByName() {
        var state = AppState(language: .nb, isDemo: true)
        let first = visits.directory.residents[visits.directory.due[0].resident]
        visits.press(&state, [.character("d"), .character("/")] + VisitTesting.typed(first.name))
        #expect(state.current.filter?.matches == [0])
    }
}
