import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The survey's results: rounds, addresses and the comparison of two rounds.
@Suite struct SurveyResultsScreenTests {
    let demo: DemoDirectory
    /// The demo with its second round taken away, for what a single round can and cannot show.
    let oneRound: Directory

    init() throws {
        demo = try DemoDirectory()
        var replica = try DemoReplica.make()
        let second = replica.records(EntityType.response.rawValue).filter { $0.string("round") == "Oktober 2026" }.map(\.id).sorted()
        let changes: [Change] = second.map { .delete(.response, id: $0) }
        for op in try Planner.plan(.batch(changes), in: replica, context: Fixed.context(device: "devbbbbbbbbb")) {
            replica.apply(op)
        }
        oneRound = Directory(replica: replica, today: DemoReplica.today)
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
        _ = AppReducer.reduce(&state, .survey(.resultsCompared), directory: oneRound, size: .minimum)
        var expected = results(SurveyResultsChoice(compare: true))
        expected.message = StatusMessage(.info, SurveyText.noEarlierRound)
        #expect(state == expected)

        state = results()
        demo.reduce(&state, .survey(.resultsRoundChanged(by: -1)))
        #expect(state == results(SurveyResultsChoice(round: 0)))
        #expect(demo.directory.survey.results(SurveyResultsChoice(round: 0))?.round == "Januar 2026")
        #expect(demo.directory.survey.earlier(SurveyResultsChoice(compare: true))?.round == "Januar 2026")
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
        assertSnapshot(render(demo.directory, SurveyResultsChoice(compare: true), .nb, large), named: "survey-compare-120x40-nb")
        assertSnapshot(render(demo.directory, SurveyResultsChoice(compare: true), .en, .minimum), named: "survey-compare-80x24-en")
    }
}
