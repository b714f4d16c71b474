import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The survey's results: rounds, addresses and the comparison of two rounds.
@Suite struct SurveyResultsScreenTests {
    let demo: DemoDirectory
    /// The demo with a second round: four of the January respondents answered again, better.
    let twoRounds: Directory

    init() throws {
        demo = try DemoDirectory()
        var replica = try DemoReplica.make()
        let form = try #require(demo.directory.survey.form)
        let residents = demo.directory.survey.rounds[0].respondents.prefix(4).map(\.resident)
        let context = Fixed.context(device: "devbbbbbbbbb")
        let day = DemoReplica.today.adding(days: -10)
        let changes: [Change] = residents.enumerated().map { offset, resident in
            let answers = Dictionary(uniqueKeysWithValues: form.statements.map { ($0.id, $0.negative ? 2 : 5 + offset % 3) })
            let response = SurveyResponse(id: "", resident: resident, form: form.id, formVersion: 1, round: "September 2026", date: day,
                                          answers: answers, consent: day, status: .complete)
            return .add(.response, response.edit)
        }
        for op in try Planner.plan(.batch(changes), in: replica, context: context) {
            replica.apply(op)
        }
        twoRounds = Directory(replica: replica, today: DemoReplica.today)
    }

    func results(_ choice: SurveyResultsChoice = SurveyResultsChoice()) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places = [Place(.home), Place(.survey(.results(choice)))]
        return state
    }

    @Test func kOpensTheLatestRoundAndTabStepsThroughTheAddressesBackToAll() {
        var state = AppState(language: .nb, isDemo: true)
        #expect(AppKeys.action(for: .character("K"), in: state) == .screenChosen(.survey(.results(SurveyResultsChoice()))))
        demo.reduce(&state, .screenChosen(.survey(.results(SurveyResultsChoice()))), .cursorMoved(.down))
        var expected = results()
        expected.places[1].position = ListPosition(selected: 1)
        #expect(state == expected)

        let addresses = demo.directory.survey.rounds[0].groups.count
        demo.reduce(&state, .survey(.resultsAddressChanged(by: 1)))
        expected.places[1].screen = .survey(.results(SurveyResultsChoice(address: 0)))
        #expect(state == expected)
        for _ in 0..<addresses { demo.reduce(&state, .survey(.resultsAddressChanged(by: 1))) }
        expected.places[1].screen = .survey(.results(SurveyResultsChoice(address: nil)))
        #expect(state == expected)
        demo.reduce(&state, .survey(.resultsAddressChanged(by: -1)))
        expected.places[1].screen = .survey(.results(SurveyResultsChoice(address: addresses - 1)))
        #expect(state == expected)
    }

    @Test func comparingNeedsAnEarlierRound() {
        var state = results()
        demo.reduce(&state, .survey(.resultsCompared))
        var expected = results(SurveyResultsChoice(compare: true))
        expected.message = StatusMessage(.info, SurveyText.noEarlierRound)
        #expect(state == expected)

        state = results()
        _ = AppReducer.reduce(&state, .survey(.resultsRoundChanged(by: -1)), directory: twoRounds, size: .minimum)
        #expect(state == results(SurveyResultsChoice(round: 0)))
        #expect(twoRounds.survey.results(SurveyResultsChoice(round: 0))?.round == "Januar 2024")
        #expect(twoRounds.survey.earlier(SurveyResultsChoice(compare: true))?.round == "Januar 2024")
    }

    @Test func sparkHeightsFollowTheCounts() {
        #expect(SurveyResultsView.spark(Distribution([1, 2, 2, 4, 4, 4, 4])) == "▂▄ █   ")
        #expect(SurveyResultsView.spark(Distribution()) == "")
    }

    func render(_ directory: Directory, _ choice: SurveyResultsChoice, _ language: Language, _ size: TerminalSize) -> ScreenBuffer {
        var state = results(choice)
        state.language = language
        return AppView.render(state, directory: directory, size: size)
    }

    @Test func snapshots() {
        let large = TerminalSize(rows: 40, columns: 120)
        assertSnapshot(render(demo.directory, SurveyResultsChoice(), .nb, .minimum), named: "survey-results-80x24-nb")
        assertSnapshot(render(demo.directory, SurveyResultsChoice(address: 0), .en, large), named: "survey-results-address-120x40-en")
        assertSnapshot(render(twoRounds, SurveyResultsChoice(compare: true), .nb, large), named: "survey-compare-120x40-nb")
        assertSnapshot(render(twoRounds, SurveyResultsChoice(compare: true), .en, .minimum), named: "survey-compare-80x24-en")
    }
}
