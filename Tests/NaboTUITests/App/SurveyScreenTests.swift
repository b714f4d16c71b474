import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Taking the survey with a resident: consent, statements by keys, follow-ups, pause and resume.
@Suite struct SurveyScreenTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var form: SurveyForm { demo.directory.survey.form! }
    var orjan: ResidentEntry { demo.resident("Ørjan Ødegård") }
    /// Fatuma Warsame paused a survey in the demo's second round after five statements.
    var fatuma: ResidentEntry { demo.resident("Fatuma Warsame") }

    func onResident(_ resident: ResidentEntry) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places = [Place(.home), Place(.residents), Place(.resident(resident.id))]
        return state
    }

    var today: CalendarDate { demo.directory.today }

    @Test func sStartsWithConsentAndNoConsentLeavesNothingSaved() {
        var state = onResident(orjan)
        #expect(AppKeys.action(for: .character("S"), in: state) == .survey(.started))
        #expect(demo.reduce(&state, .survey(.started)) == [])
        var expected = onResident(orjan)
        expected.places.append(Place(.survey(.taking(orjan.id))))
        let fresh = SurveyResponse(id: "", resident: orjan.id, form: form.id, formVersion: 1, round: "Oktober 2026", date: today,
                                   answers: [:], status: .inProgress)
        expected.survey = SurveyTaking(response: fresh, phase: .consent)
        #expect(state == expected)

        #expect(demo.reduce(&state, .survey(.consentRefused)) == [])
        expected = onResident(orjan)
        expected.message = StatusMessage(.info, SurveyText.refused)
        #expect(state == expected)
    }

    @Test func answersGoOnOneStatementAtATimeAndAnUnfavourableOneAsksItsFollowUp() {
        var state = onResident(orjan)
        demo.reduce(&state, .survey(.started), .survey(.consentGiven), .survey(.answered(6)))
        var response = SurveyResponse(id: "", resident: orjan.id, form: form.id, formVersion: 1, round: "Oktober 2026", date: today,
                                      answers: ["1": 6], status: .inProgress)
        response.consent = today
        var expected = onResident(orjan)
        expected.places.append(Place(.survey(.taking(orjan.id))))
        expected.survey = SurveyTaking(response: response, phase: .statement)
        #expect(state == expected)

        // 2 on "I see my dwelling as a home" is unfavourable: its follow-up comes, typed into.
        demo.reduce(&state, .survey(.answered(2)), .survey(.typed("N")), .survey(.typed("e")), .survey(.typed("i")), .survey(.erased))
        expected.survey?.response.answers["2"] = 2
        expected.survey?.phase = .followUp(statement: "2", text: "Ne")
        #expect(state == expected)
        #expect(AppKeys.action(for: .character("q"), in: state) == .survey(.typed("q")))
        #expect(AppKeys.action(for: .enter, in: state) == .survey(.followUpKept))

        demo.reduce(&state, .survey(.followUpKept))
        expected.survey?.response.followUps["2"] = "Ne"
        expected.survey?.phase = .statement
        #expect(state == expected)

        // A favourable answer asks nothing unless the worker asks with f; no answer is a key too.
        demo.reduce(&state, .survey(.followUpAsked), .survey(.followUpSkipped), .survey(.answered(nil)))
        expected.survey?.response.noAnswer = ["3"]
        #expect(state == expected)
        #expect(AppKeys.action(for: .character("-"), in: state) == .survey(.answered(nil)))
        #expect(AppKeys.action(for: .character("7"), in: state) == .survey(.answered(7)))
    }

    @Test func ctrlCSavesABegunSurveyAsEscDoesAndQuitsOnlyBeforeConsent() {
        var state = onResident(orjan)
        demo.reduce(&state, .survey(.started))
        #expect(AppKeys.action(for: .ctrl("c"), in: state) == .quitRequested)
        demo.reduce(&state, .survey(.consentGiven), .survey(.answered(5)))
        #expect(AppKeys.action(for: .ctrl("c"), in: state) == .survey(.paused))
        demo.reduce(&state, .survey(.answered(2)))
        #expect(state.survey?.phase == .followUp(statement: "2", text: ""))
        #expect(AppKeys.action(for: .ctrl("c"), in: state) == .survey(.followUpKept))
    }

    @Test func pauseSavesInProgressAndTheScreenClosesOnlyOnceSaved() {
        var state = onResident(orjan)
        demo.reduce(&state, .survey(.started), .survey(.consentGiven), .survey(.answered(5)))
        let effects = demo.reduce(&state, .survey(.paused))
        var response = state.survey!.response
        response.status = .inProgress
        #expect(effects == [.save(.add(.response, response.edit), done: Message(nb: "Kartleggingen er lagret som påbegynt: 1 av 13. S på beboeren fortsetter.",
                                               en: "The survey is saved as begun: 1 of 13. S on the resident resumes it."))])
        #expect(state.survey?.closing == true)
        #expect(demo.reduce(&state, .survey(.answered(3))) == [])

        var failed = state
        demo.reduce(&failed, .saveFailed(Message(nb: "Feil", en: "Error")))
        #expect(failed.survey?.closing == false)
        #expect(failed.current.screen == .survey(.taking(orjan.id)))

        demo.reduce(&state, .saved(Message(nb: "Lagret", en: "Saved")))
        var expected = onResident(orjan)
        expected.message = StatusMessage(.success, Message(nb: "Lagret", en: "Saved"))
        #expect(state == expected)
    }

    @Test func aPausedSurveyResumesWhereItStoppedAndCompletesAsAnEdit() throws {
        var state = onResident(fatuma)
        demo.reduce(&state, .survey(.started))
        let paused = try #require(demo.directory.survey.paused[fatuma.id])
        #expect(state.survey == SurveyTaking(response: paused, phase: .statement))
        #expect(state.message == StatusMessage(.info, SurveyText.resumed("Oktober 2026", SurveyFlow.progress(form, paused))))

        // Statement 8 has no follow-up question to ask.
        demo.reduce(&state, .survey(.answered(6)), .survey(.answered(6)), .survey(.followUpAsked))
        #expect(state.message == StatusMessage(.info, SurveyText.noFollowUp))
        for _ in 8...13 { demo.reduce(&state, .survey(.answered(nil))) }
        #expect(state.survey?.phase == .finished)
        let effects = demo.reduce(&state, .survey(.completed))
        var complete = state.survey!.response
        complete.status = .complete
        complete.date = today
        #expect(effects == [.save(.set(.response, id: paused.id, complete.edit),
                                  done: Message(nb: "Kartleggingen er fullført og lagret: 7 av 13 besvart.",
                                                en: "The survey is complete and saved: 7 of 13 answered."))])
    }

    @Test func keysOfEachStepAreBoundOnce() {
        for map in [SurveyKeys.consent(.nb), SurveyKeys.consent(.en), SurveyKeys.statement, SurveyKeys.followUp, SurveyKeys.finished] {
            #expect(map.shadowedKeys.isEmpty)
        }
    }

    func render(_ state: AppState, _ language: Language, _ size: TerminalSize = .minimum) -> ScreenBuffer {
        var state = state
        state.language = language
        return AppView.render(state, directory: demo.directory, size: size)
    }

    @Test func snapshots() {
        var state = onResident(orjan)
        demo.reduce(&state, .survey(.started))
        assertSnapshot(render(state, .nb), named: "survey-consent-80x24-nb")
        assertSnapshot(render(state, .en), named: "survey-consent-80x24-en")
        demo.reduce(&state, .survey(.consentGiven), .survey(.answered(6)), .survey(.answered(5)))
        assertSnapshot(render(state, .nb), named: "survey-statement-80x24-nb")
        assertSnapshot(render(state, .en, TerminalSize(rows: 40, columns: 120)), named: "survey-statement-120x40-en")
        demo.reduce(&state, .survey(.answered(2)))
        for character in "Døren står åpen om natten" { demo.reduce(&state, .survey(.typed(character))) }
        assertSnapshot(render(state, .nb), named: "survey-follow-up-80x24-nb")
    }
}
