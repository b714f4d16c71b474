import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Not at home in two keystrokes: `n`, then `y` or Enter.
@Suite struct NotAtHomeReducerTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func nThenYLogsANotAtHomeVisitDatedNow() throws {
        var state = visits.onResident("Ørjan Ødegård")
        let id = visits.demo.resident("Ørjan Ødegård").id
        visits.press(&state, [.character("n")])
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

    @Test func enterAlsoConfirmsAndAnyOtherKeyCancels() {
        var state = visits.onResident("Ørjan Ødegård")
        #expect(visits.press(&state, [.character("n"), .enter]).count == 1)
        #expect(visits.press(&state, [.character("n"), .character("q")]) == [])
        var expected = visits.onResident("Ørjan Ødegård")
        expected.awaitingSave = .visits
        #expect(state == expected)
    }

    @Test func onTheResidentsListItIsTheSelectedResident() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("r"), .character("n")])
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
