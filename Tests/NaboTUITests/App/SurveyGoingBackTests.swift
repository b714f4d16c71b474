import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Going back to change an earlier answer: ← or Backspace one statement at a time, Backspace on an
/// empty follow-up answer, and the review before completing; a digit does not start a follow-up answer.
@Suite struct SurveyGoingBackTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var form: SurveyForm { demo.directory.survey.form! }
    var orjan: ResidentEntry { demo.resident("Ørjan Ødegård") }
    var today: CalendarDate { demo.directory.today }

    /// On Ørjan Ødegård's survey, consent given and the first two statements answered 6 and 5.
    func twoAnswered() -> (AppState, AppState) {
        var state = AppState(language: .nb, isDemo: true)
        state.places = [Place(.home), Place(.residents), Place(.resident(orjan.id))]
        var expected = state
        demo.reduce(&state, .survey(.started), .survey(.consentGiven), .survey(.answered(6)), .survey(.answered(5)))
        expected.places.append(Place(.survey(.taking(orjan.id))))
        let response = SurveyResponse(id: "", resident: orjan.id, form: form.id, formVersion: 1, round: "Oktober 2026", date: today,
                                      answers: ["1": 6, "2": 5], consent: today, status: .inProgress)
        expected.survey = SurveyTaking(response: response, phase: .statement)
        #expect(state == expected)
        return (state, expected)
    }

    @Test func leftGoesBackOneStatementAndTheAnswersAfterComeAgainInTurn() {
        var (state, expected) = twoAnswered()
        #expect(AppKeys.action(for: .left, in: state) == .survey(.statementBack))
        #expect(AppKeys.action(for: .backspace, in: state) == .survey(.statementBack))
        demo.reduce(&state, .survey(.statementBack), .survey(.statementBack))
        expected.survey?.revisiting = 0
        #expect(state == expected)

        demo.reduce(&state, .survey(.statementBack))
        expected.message = StatusMessage(.info, SurveyText.atFirstStatement)
        #expect(state == expected)

        // 7 replaces the 6, and statement 2 comes again; "no answer" replaces its 5.
        demo.reduce(&state, .survey(.answered(7)))
        expected.message = nil
        expected.survey?.response.answers["1"] = 7
        expected.survey?.revisiting = 1
        #expect(state == expected)
        demo.reduce(&state, .survey(.answered(nil)))
        expected.survey?.response.answers["2"] = nil
        expected.survey?.response.noAnswer = ["2"]
        expected.survey?.revisiting = nil
        #expect(state == expected)
    }

    @Test func backspaceOnAnEmptyFollowUpAnswerGoesBackToItsStatementAndADigitIsNotText() {
        var (state, expected) = twoAnswered()
        demo.reduce(&state, .survey(.statementBack), .survey(.answered(2)))
        expected.survey?.response.answers["2"] = 2
        expected.survey?.revisiting = 1
        expected.survey?.phase = .followUp(statement: "2", text: "")
        #expect(state == expected)

        // The worker typing the next answer before the follow-up came up.
        demo.reduce(&state, .survey(.typed("5")))
        expected.message = StatusMessage(.info, SurveyText.followUpIsText)
        #expect(state == expected)

        demo.reduce(&state, .survey(.typed("N")), .survey(.typed("3")), .survey(.erased), .survey(.erased))
        expected.message = nil
        expected.survey?.phase = .followUp(statement: "2", text: "")
        #expect(state == expected)
        demo.reduce(&state, .survey(.erased))
        expected.survey?.phase = .statement
        #expect(state == expected)
        demo.reduce(&state, .survey(.answered(5)))
        expected.survey?.response.answers["2"] = 5
        expected.survey?.revisiting = nil
        #expect(state == expected)
    }

    @Test func theReviewListsEveryAnswerAndLeftGoesBackToTheLastStatement() {
        var (state, expected) = twoAnswered()
        for _ in 3...13 { demo.reduce(&state, .survey(.answered(nil))) }
        expected.survey?.response.noAnswer = Set((3...13).map(String.init))
        expected.survey?.phase = .finished
        #expect(state == expected)
        assertSnapshot(AppView.render(state, directory: demo.directory, size: .minimum), named: "survey-review-80x24-nb")

        #expect(AppKeys.action(for: .left, in: state) == .survey(.statementBack))
        demo.reduce(&state, .survey(.statementBack))
        expected.survey?.revisiting = 12
        expected.survey?.phase = .statement
        #expect(state == expected)
        var english = state
        english.language = .en
        assertSnapshot(AppView.render(english, directory: demo.directory, size: TerminalSize(rows: 40, columns: 120)), named: "survey-gone-back-120x40-en")

        demo.reduce(&state, .survey(.answered(4)))
        expected.survey?.response.answers["13"] = 4
        expected.survey?.response.noAnswer.remove("13")
        expected.survey?.revisiting = nil
        expected.survey?.phase = .finished
        #expect(state == expected)
    }
}
