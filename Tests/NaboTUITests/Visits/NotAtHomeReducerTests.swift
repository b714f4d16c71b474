import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Not at home in two keystrokes: `o`, then `y` or `j`; Enter does not confirm.
@Suite struct NotAtHomeReducerTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func oThenYLogsANotAtHomeVisitDatedNow() throws {
        var state = visits.onResident("Ørjan Ødegård")
        let id = visits.demo.resident("Ørjan Ødegård").id
        visits.press(&state, [.character("o")])
        var expected = visits.onResident("Ørjan Ødegård")
        expected.visits.notAtHomeFor = id
        expected.message = StatusMessage(.info, VisitText.confirmNotAtHome("Ørjan Ødegård"))
        #expect(state == expected)

        let effects = visits.press(&state, [.character("y")])
        let edit = Edit(values: ["residents": id, "date": "2026-11-22T12:00+01:00", "kind": "not-at-home"])
        #expect(effects == [.save(.add(.visit, edit), done: VisitText.notAtHomeSaved("Ørjan Ødegård"))])
        expected = visits.onResident("Ørjan Ødegård")
        expected.awaitingSave = .visits
        #expect(state == expected)
        #expect(try Planner.plan(.add(.visit, edit), in: try DemoReplica.make(), context: Fixed.context(seq: 10_000)).count == 1)
    }

    @Test func jAlsoConfirmsAndAnyOtherKeyEnterTooCancels() {
        var state = visits.onResident("Ørjan Ødegård")
        #expect(visits.press(&state, [.character("o"), .character("j")]).count == 1)
        var expected = visits.onResident("Ørjan Ødegård")
        expected.awaitingSave = .visits
        #expect(visits.press(&state, [.character("o"), .enter]) == [])
        #expect(visits.press(&state, [.character("o"), .character("q")]) == [])
        #expect(state == expected)
    }

    /// `/ahmad` Enter `n` Enter once logged a not-at-home by accident; now `n` is the next match and
    /// Enter opens it.
    @Test func nAfterASearchIsTheNextMatchAndLogsNothing() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("r"), .character("/")] + VisitTesting.typed("r") + [.enter])
        let matches = state.current.filter?.matches ?? []
        #expect(matches.count > 2)
        #expect(visits.press(&state, [.character("n")]) == [])
        #expect(state.current.position.selected == 1)
        visits.press(&state, [.character("N"), .character("N")])
        #expect(state.current.position.selected == matches.count - 1)
        #expect(visits.press(&state, [.enter]) == [])
        #expect(state.visits.notAtHomeFor == nil)
        #expect(state.current.screen == .resident(visits.directory.residents[matches[matches.count - 1]].id))
        // Without a search, `n` says so.
        visits.press(&state, [.character("n")])
        #expect(state.message == StatusMessage(.info, AppText.noSearch))
    }

    @Test func onTheResidentsListItIsTheSelectedResident() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("r"), .character("o")])
        #expect(state.visits.notAtHomeFor == visits.directory.residents[0].id)
    }

    @Test func onHomeItAsksForAResidentFirst() {
        var state = AppState(language: .nb, isDemo: true)
        visits.reduce(&state, .visits(.notAtHomeStarted))
        var expected = AppState(language: .nb, isDemo: true)
        expected.message = StatusMessage(.warning, VisitText.chooseResidentFirst)
        #expect(state == expected)
    }
}
