import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// A resident who already answered this round: S asks first, to continue that response, replace it
/// (deleted in the same step as the new one is saved) or start a new round.
@Suite struct SurveySameRoundTests {
    let directory: Directory
    let earlier: SurveyResponse
    let orjan: String

    init() throws {
        var replica = try DemoReplica.make()
        let plain = Directory(replica: replica, today: DemoReplica.today)
        orjan = plain.residents.first { $0.name == "Ørjan Ødegård" }!.id
        let form = plain.survey.form!
        let answered = SurveyResponse(id: "", resident: orjan, form: form.id, formVersion: 1, round: "Oktober 2026", date: DemoReplica.today,
                                      answers: Dictionary(uniqueKeysWithValues: form.statements.map { ($0.id, 5) }), consent: DemoReplica.today)
        let ops = try Planner.plan(.add(.response, answered.edit), in: replica, context: Fixed.context(seq: 10_000))
        for op in ops { replica.apply(op) }
        earlier = SurveyResponse(replica.live(EntityType.response.rawValue, ops[0].entity)!, in: replica)
        directory = Directory(replica: replica, today: DemoReplica.today)
    }

    var form: SurveyForm { directory.survey.form! }
    var today: CalendarDate { directory.today }

    func onResident() -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places = [Place(.home), Place(.residents), Place(.resident(orjan))]
        return state
    }

    @discardableResult
    func reduce(_ state: inout AppState, _ actions: AppAction...) -> [AppEffect] {
        var effects: [AppEffect] = []
        for action in actions { effects = AppReducer.reduce(&state, action, directory: directory, size: .minimum, now: nil) }
        return effects
    }

    /// S on Ørjan Ødegård, who answered "Oktober 2026" today.
    func asked() -> (AppState, AppState) {
        var state = onResident()
        reduce(&state, .survey(.started))
        var expected = onResident()
        expected.places.append(Place(.survey(.taking(orjan))))
        let fresh = SurveyResponse(id: "", resident: orjan, form: form.id, formVersion: 1, round: "Oktober 2026", date: today, answers: [:], status: .inProgress)
        expected.survey = SurveyTaking(response: fresh, phase: .sameRound, earlier: earlier)
        #expect(state == expected)
        return (state, expected)
    }

    @Test func sAsksFirstAndEscLeavesEverythingAsItWas() {
        var (state, _) = asked()
        #expect(AppKeys.action(for: .character("f"), in: state) == .survey(.earlierContinued))
        #expect(AppKeys.action(for: .character("e"), in: state) == .survey(.earlierReplaced))
        #expect(AppKeys.action(for: .character("n"), in: state) == .survey(.newRoundStarted))
        #expect(reduce(&state, .survey(.paused)) == [])
        #expect(state == onResident())
        #expect(SurveyKeys.sameRound(.nb).shadowedKeys.isEmpty && SurveyKeys.sameRound(.en).shadowedKeys.isEmpty)
        // Either language's letters work in both; the status line shows the worker's.
        state = asked().0
        state.language = .en
        #expect(AppKeys.action(for: .character("c"), in: state) == .survey(.earlierContinued))
        #expect(AppKeys.action(for: .character("r"), in: state) == .survey(.earlierReplaced))
    }

    @Test func continuingOpensTheEarlierResponseAtTheReviewAndItStaysComplete() {
        var (state, expected) = asked()
        reduce(&state, .survey(.earlierContinued), .survey(.statementBack), .survey(.answered(2)))
        // 2 on the negatively worded last statement asks nothing, and the review comes again.
        expected.survey = SurveyTaking(response: earlier, phase: .finished)
        expected.survey?.response.answers["13"] = 2
        #expect(state == expected)
        let effects = reduce(&state, .survey(.paused))
        var changed = expected.survey!.response
        changed.date = today
        #expect(effects == [.save(.set(.response, id: earlier.id, changed.edit), done: SurveyText.changedSaved(SurveyFlow.progress(form, changed)))])
    }

    @Test func replacingTakesTheSurveyAfreshAndDeletesTheEarlierOneWithTheSave() {
        var (state, expected) = asked()
        reduce(&state, .survey(.earlierReplaced))
        expected.survey?.phase = .consent
        #expect(state == expected)
        reduce(&state, .survey(.consentGiven))
        for _ in form.statements { reduce(&state, .survey(.answered(nil))) }
        let effects = reduce(&state, .survey(.completed))
        var complete = state.survey!.response
        complete.status = .complete
        #expect(effects == [.save(.batch([.delete(.response, id: earlier.id), .add(.response, complete.edit)]),
                                  done: SurveyText.completedSaved(SurveyFlow.progress(form, complete)))])
    }

    @Test func aNewRoundIsNamedForTheMonthAndAsksForConsent() {
        var (state, expected) = asked()
        reduce(&state, .survey(.newRoundStarted))
        expected.survey?.response.round = "November 2026"
        expected.survey?.earlier = nil
        expected.survey?.phase = .consent
        #expect(state == expected)
    }

    @Test func aReplacingSurveysDraftKeepsWhatItReplaces() throws {
        var (state, _) = asked()
        reduce(&state, .survey(.earlierReplaced), .survey(.consentGiven), .survey(.answered(6)))
        let draft = try #require(FormDraft(state, directory: directory, now: LocalDateTime(date: today, minutes: 600)))
        let read = try #require(FormDraft(json: draft.json))
        var fresh = AppState(language: .nb, isDemo: true)
        fresh.offer(read, directory: directory, today: today)
        reduce(&fresh, AppKeys.action(for: .character("j"), in: fresh)!)
        #expect(fresh.survey == state.survey)
    }

    @Test func snapshots() {
        var (state, _) = asked()
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "survey-same-round-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: directory, size: TerminalSize(rows: 40, columns: 120)), named: "survey-same-round-120x40-en")
    }
}
