import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The progress plan: `F` and `:fremdrift` reach it, activities by planned day with the late ones
/// counted, Space ticks the selected one done today with the change `nabo set activity ID --done`
/// makes, `n` and `e` open its form; the screen as text.
@Suite struct ProgressScreenTests {
    let fixture: MeetingFixture

    init() throws {
        fixture = try MeetingFixture()
    }

    func on(_ position: ListPosition = ListPosition()) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.progress, position: position))
        return state
    }

    @Test func activitiesAreInPlannedOrderAndThoseNotDoneBeforeTodayAreLate() {
        let activities = fixture.directory.activities
        #expect(activities.map(\.title) == ["Kartlegging, første runde", "Rapport til Husbanken", "Informasjonsmøte for nye beboere",
                                            "Evaluering med bydelen", "Vårdugnad"])
        #expect(activities.map { $0.isLate(today: fixture.today) } == [false, true, true, false, false])
    }

    @Test func fAndTheCommandOpenThePlan() {
        var state = AppState(language: .nb, isDemo: true)
        #expect(AppKeys.action(for: .character("F"), in: state) == .screenChosen(.progress))
        for command in ["fremdrift", "progress"] {
            state = AppState(language: .nb, isDemo: true)
            fixture.press(&state, [.character(":")] + command.map { .character($0) } + [.enter])
            #expect(state == on())
        }
    }

    @Test func spaceMarksTheSelectedActivityDoneTodayAsTheCommandLineWould() throws {
        var state = on(ListPosition(selected: 1))
        let effects = fixture.press(&state, [.character(" ")])
        let id = fixture.id("activity", "Rapport til Husbanken")
        let change = Change.set(.activity, id: id, Edit(values: ["done": fixture.today.iso]))
        #expect(effects == [.save(change, done: ProgressText.doneSaved("Rapport til Husbanken"))])
        var expected = on(ListPosition(selected: 1))
        expected.awaitingSave = .progress
        #expect(state == expected)

        var replica = fixture.replica
        try Planner.plan(change, in: replica, context: Fixed.context(seq: 90_000)).forEach { replica.apply($0) }
        let directory = Directory(replica: replica, today: fixture.today)
        #expect(directory.activity(id)?.done == fixture.today)
        #expect(directory.activities.filter { $0.isLate(today: fixture.today) }.map(\.title) == ["Informasjonsmøte for nye beboere"])
    }

    @Test func spaceOnADoneActivitySaysWhenItWasDone() {
        var state = on()
        #expect(fixture.press(&state, [.character(" ")]) == [])
        var expected = on()
        let day = fixture.today.adding(days: -28).text(.nb)
        expected.message = StatusMessage(.info, ProgressText.alreadyDone("Kartlegging, første runde", day))
        #expect(state == expected)
    }

    @Test func nStartsAnActivityPlannedTodayAndEChangesTheSelectedOne() {
        var state = on()
        fixture.reduce(&state, .progress(.activityStarted))
        var expected = on()
        expected.recordForm = RecordForm(purpose: .activity(nil), values: [.planned: fixture.today.text(.nb)])
        #expect(state == expected)
        let effects = fixture.press(&state, "Sommerfest".map { .character($0) } + [.tab] + "Bydelen".map { .character($0) } + [.ctrl("s")])
        #expect(effects == [.save(.add(.activity, Edit(values: ["title": "Sommerfest", "responsible": "Bydelen", "planned": fixture.today.text(.nb)])),
                                  done: ProgressText.saved("Sommerfest"))])

        state = on(ListPosition(selected: 4))
        fixture.reduce(&state, .progress(.activityChangeStarted))
        expected = on(ListPosition(selected: 4))
        expected.recordForm = RecordForm(purpose: .activity(fixture.id("activity", "Vårdugnad")),
                                         values: [.title: "Vårdugnad", .responsible: "Byggdrift", .planned: fixture.today.adding(days: 60).text(.nb), .round: "2"])
        #expect(state == expected)
    }

    @Test(arguments: [(Language.nb, TerminalSize.minimum, "80x24-nb"), (.en, .minimum, "80x24-en"), (.nb, ScreenSnapshotTests.large, "120x40-nb"),
                      (.en, ScreenSnapshotTests.large, "120x40-en")])
    func theScreen(_ language: Language, _ size: TerminalSize, _ name: String) {
        var state = AppState(language: language, isDemo: true)
        fixture.reduce(&state, .screenChosen(.progress), .cursorMoved(.down), size: size)
        assertSnapshot(AppView.render(state, directory: fixture.directory, size: size), named: "progress-" + name)
    }
}
