import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The meetings: `W` and `:møter` reach the overview, Enter opens a meeting, and each key opens the
/// record form it stands for; what the overview counts as open; the screens as text.
@Suite struct MeetingScreenTests {
    let fixture: MeetingFixture

    init() throws {
        fixture = try MeetingFixture()
    }

    var overview: MeetingOverview { fixture.directory.meetings }
    var november: String { fixture.id("meeting", "Arbeidsgruppe november") }

    func on(_ screens: Place...) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places += screens
        return state
    }

    @Test func theOverviewSaysWhatIsNextAndWhatIsStillOpenFromTheLastMeeting() {
        #expect(overview.meetings.map(\.title) == ["Arbeidsgruppe desember", "Arbeidsgruppe november", "Arbeidsgruppe oktober"])
        #expect(overview.next?.title == "Arbeidsgruppe desember")
        #expect(overview.last?.title == "Arbeidsgruppe november")
        #expect(overview.stillOpen.map(\.title) == ["Fukt i kjelleren", "Nytt sykkelstativ"])
        #expect(overview.meetings.map { $0.minutesMissing(today: fixture.today) } == [false, true, false])
        #expect(overview.last?.attendees.map { [$0.name, $0.agency ?? ""] }.first == ["Kari Holm", "Boligetaten"])
    }

    @Test func wAndTheCommandOpenTheOverviewAndEnterOpensAMeeting() {
        var state = on()
        #expect(AppKeys.action(for: .character("W"), in: state) == .screenChosen(.meetings(.list)))
        fixture.reduce(&state, .screenChosen(.meetings(.list)), .cursorMoved(.down), .rowOpened)
        #expect(state == on(Place(.meetings(.list), position: ListPosition(selected: 1)), Place(.meetings(.one(november)))))

        for command in ["møter", "meetings"] {
            state = on()
            fixture.press(&state, [.character(":")] + command.map { .character($0) } + [.enter])
            #expect(state == on(Place(.meetings(.list))))
        }
    }

    @Test func nOnTheOverviewStartsAMeetingAndEChangesTheSelectedOne() {
        var state = on(Place(.meetings(.list)))
        fixture.reduce(&state, .meetings(.meetingStarted))
        var expected = on(Place(.meetings(.list)))
        expected.recordForm = RecordForm(purpose: .meeting(nil), values: [:])
        #expect(state == expected)

        state = on(Place(.meetings(.list), position: ListPosition(selected: 2)))
        fixture.reduce(&state, .meetings(.meetingChangeStarted))
        expected = on(Place(.meetings(.list), position: ListPosition(selected: 2)))
        let october = fixture.id("meeting", "Arbeidsgruppe oktober")
        expected.recordForm = RecordForm(purpose: .meeting(october), values: [
            .title: "Arbeidsgruppe oktober", .date: fixture.today.adding(days: -40).text(.nb) + " 18:00", .place: "Bydelshuset",
            .attendees: "Kari Holm, Boligetaten; Per Lunde, NAV; Aisha Rahman, Bydelen", .minutesSent: fixture.today.adding(days: -35).text(.nb),
        ])
        #expect(state == expected)
    }

    @Test func aTypedMeetingIsSavedWithWhatIsTyped() {
        var state = on(Place(.meetings(.list)))
        let effects = fixture.press(&state, [.character("n")] + "Ekstramøte".map { .character($0) } + [.tab] + "15.12.2026 18:00".map { .character($0) }
            + [.ctrl("s")])
        #expect(effects == [.save(.add(.meeting, Edit(values: ["title": "Ekstramøte", "date": "15.12.2026 18:00"])),
                                  done: MeetingText.meetingSaved("Ekstramøte"))])
        #expect(state.awaitingSave == .recordForm)
    }

    @Test func onAMeetingNAddsAnItemEChangesTheSelectedOneAndEEditsTheMeeting() {
        let place = Place(.meetings(.one(november)), position: ListPosition(selected: 3))
        var state = on(place)
        fixture.reduce(&state, .meetings(.itemStarted))
        var expected = on(place)
        expected.recordForm = RecordForm(purpose: .agendaItem(meeting: november, item: nil), values: [.parked: "no", .standing: "no"])
        #expect(state == expected)

        state = on(place)
        fixture.reduce(&state, .meetings(.itemChangeStarted))
        let parked = fixture.id("agenda-item", "Nytt sykkelstativ")
        expected.recordForm = RecordForm(purpose: .agendaItem(meeting: november, item: parked),
                                         values: [.title: "Nytt sykkelstativ", .parked: "yes", .standing: "no"])
        #expect(state == expected)
        let saved = fixture.press(&state, [.tab, .tab, .up, .ctrl("s")])
        #expect(saved == [.save(.set(.agendaItem, id: parked, Edit(values: ["title": "Nytt sykkelstativ", "minutes": "", "parked": "false", "standing": "false"])),
                                done: MeetingText.itemSaved("Nytt sykkelstativ"))])

        state = on(place)
        #expect(AppKeys.action(for: .character("E"), in: state) == .meetings(.meetingChangeStarted))
        fixture.reduce(&state, .meetings(.meetingChangeStarted))
        #expect(state.recordForm?.purpose == .meeting(november))
    }

    @Test func mTurnsTheSelectedItemsDecisionIntoAMeasureOfThatItem() {
        let place = Place(.meetings(.one(november)), position: ListPosition(selected: 1))
        var state = on(place)
        #expect(AppKeys.action(for: .character("M"), in: state) == .meetings(.decisionStarted))
        fixture.reduce(&state, .meetings(.decisionStarted))
        let item = fixture.id("agenda-item", "Fukt i kjelleren")
        var expected = on(place)
        var values = PlanFeature.newValues
        values[.title] = "Fukt i kjelleren"
        expected.recordForm = RecordForm(purpose: .decision(agendaItem: item), values: values)
        #expect(state == expected)
    }

    @Test func aDecisionTurnedIntoAMeasureIsOnTheBoard() throws {
        var state = on(Place(.meetings(.one(november)), position: ListPosition(selected: 1)))
        let item = fixture.id("agenda-item", "Fukt i kjelleren")
        fixture.reduce(&state, .meetings(.decisionStarted))
        state.recordForm?.field = .address
        let effects = fixture.press(&state, "Runarveien 3".map { .character($0) } + [.ctrl("s")])
        guard case .save(let change, _) = try #require(effects.first) else { Issue.record("no save: \(effects)"); return }
        guard case .add(.measure, let edit) = change else { Issue.record("not a new measure: \(change)"); return }
        #expect(edit.values["agendaItem"] == item)

        var replica = fixture.replica
        try Planner.plan(change, in: replica, context: Fixed.context(seq: 90_000)).forEach { replica.apply($0) }
        let directory = Directory(replica: replica, today: fixture.today)
        let row = try #require(directory.measures.firstIndex { $0.string("agendaItem") == item && $0.string("title") == "Fukt i kjelleren" })
        #expect(directory.rows(for: .board(PlanFacets())).contains(row))
        #expect(directory.meetings.item(item)?.decisions.map(\.title) == ["Fukt i kjelleren", "Tørke ut kjelleren"])
    }

    @Test(arguments: [(Language.nb, TerminalSize.minimum, "80x24-nb"), (.en, .minimum, "80x24-en"), (.nb, ScreenSnapshotTests.large, "120x40-nb"),
                      (.en, ScreenSnapshotTests.large, "120x40-en")])
    func theScreens(_ language: Language, _ size: TerminalSize, _ name: String) {
        var state = AppState(language: language, isDemo: true)
        fixture.reduce(&state, .screenChosen(.meetings(.list)), size: size)
        assertSnapshot(AppView.render(state, directory: fixture.directory, size: size), named: "meetings-" + name)
        fixture.reduce(&state, .cursorMoved(.down), .rowOpened, .cursorMoved(.down), size: size)
        assertSnapshot(AppView.render(state, directory: fixture.directory, size: size), named: "meeting-" + name)
    }

    /// A meeting's form from `E`, and an item's decision as a measure from `M`.
    @Test func theFormsAtBothSizes() {
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "80x24-nb"), (.en, ScreenSnapshotTests.large, "120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            state.places.append(Place(.meetings(.one(november)), position: ListPosition(selected: 1)))
            fixture.reduce(&state, .meetings(.meetingChangeStarted), size: size)
            assertSnapshot(AppView.render(state, directory: fixture.directory, size: size), named: "meeting-form-" + name)
            state.recordForm = nil
            fixture.reduce(&state, .meetings(.decisionStarted), size: size)
            assertSnapshot(AppView.render(state, directory: fixture.directory, size: size), named: "decision-form-" + name)
        }
    }
}
