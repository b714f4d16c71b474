import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// On a resident's timeline, a survey answer's follow-up turned into an input (`i`) or a measure (`M`).
@Suite struct FollowUpTurningTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    var directory: Directory { visits.directory }

    /// The demo response with follow-up answers to statements 1 and 3.
    var response: Record {
        directory.replica.records("response").first { $0["followUps"]?.object?["3"] != nil }!
    }

    /// The resident's timeline with the response selected.
    var onResponse: AppState {
        let resident = response.string("resident")!
        var state = AppState(language: .nb, isDemo: true)
        let row = directory.timeline(.timeline(resident)).firstIndex { $0.id == response.id }!
        state.places += [Place(.resident(resident)), Place(.timeline(resident), position: ListPosition(selected: row))]
        return state
    }

    @Test func iMakesAnInputFromTheChosenFollowUpAnswerLinkedToTheResponse() throws {
        var state = onResponse
        visits.press(&state, [.character("i")])
        var expected = onResponse
        expected.recordForm = RecordForm(purpose: .followUpInput(response: response.id, statements: ["1", "3"]), values: [.statement: "1"])
        #expect(state == expected)

        let effects = visits.press(&state, [.down, .ctrl("s")])
        let change = try FollowUpChanges.input(response: response.id, statement: "3", text: nil, in: directory.replica)
        #expect(effects == [.save(change, done: SurveyText.inputMade("3"))])
        guard case .add(.input, let edit) = change else { Issue.record("not an input"); return }
        #expect(edit.values["text"] == "Inngangsdøren står ofte åpen om natten.")
        #expect(edit.values["response"] == response.id)
    }

    @Test func bigMMakesAMeasureWithATypedTitleAndChosenCategory() throws {
        var state = onResponse
        visits.press(&state, [.character("M")])
        #expect(state.recordForm == RecordForm(purpose: .followUpMeasure(response: response.id, statements: ["1", "3"]),
                                                  values: [.statement: "1", .category: "other", .place: "unit"]))
        let effects = visits.press(&state, [.tab] + VisitTesting.typed("Tette vinduet") + [.tab, .down, .ctrl("s")])
        let category = try #require(state.recordForm?[.category])
        #expect(category != "other")
        let change = try FollowUpChanges.measure(response: response.id, statement: "1", title: "Tette vinduet", category: category, atUnit: true,
                                                 in: directory.replica)
        #expect(effects == [.save(change, done: VisitText.measureSaved("Tette vinduet"))])
    }

    @Test func onAnEntryThatIsNoSurveyAnswerTheKeysSaySo() {
        var state = onResponse
        let entries = directory.timeline(state.current.screen)
        state.current.position = ListPosition(selected: entries.firstIndex { $0.kind != .response }!)
        let before = state
        visits.press(&state, [.character("i")])
        var expected = before
        expected.message = StatusMessage(.warning, SurveyText.chooseFollowUp)
        #expect(state == expected)
        #expect(AppKeys.browsing(.timeline("r")).shadowedKeys.isEmpty)
    }

    @Test func snapshots() {
        var state = onResponse
        visits.press(&state, [.character("M"), .down, .tab] + VisitTesting.typed("Ny lås i inngangsdøren"))
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "follow-up-measure-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: directory, size: ScreenSnapshotTests.large), named: "follow-up-measure-120x40-en")
    }
}
