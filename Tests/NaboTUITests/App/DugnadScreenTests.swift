import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The dugnad list with its turnout chart, and a dugnad's attendance checklist, on the demo data.
@Suite struct DugnadScreenTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var start: AppState { AppState(language: .nb, isDemo: true) }
    var dugnads: DugnadTables { demo.directory.dugnads }
    /// The demo's first dugnad: picking litter outside, posted and sent by SMS.
    var past: DugnadTables.Entry { dugnads.entries.first { $0.dugnad.title.hasPrefix("Plukke søppel ute") }! }

    @Test func dugnadKeyReachesTheListFromAnyScreenAndEnterOpensTheChecklist() {
        var state = start
        demo.reduce(&state, .cursorMoved(.down), .rowOpened, .screenChosen(.dugnad(.list)))
        var expected = start
        let runarveien = Place(.address(demo.address("Runarveien 1").id))
        expected.places = [Place(.home, position: ListPosition(selected: 1)), runarveien, Place(.dugnad(.list))]
        #expect(state == expected)

        demo.reduce(&state, .cursorMoved(.last), .rowOpened)
        expected.places[2].position = ListPosition(selected: 3)
        expected.places.append(Place(.dugnad(.one(past.dugnad.id))))
        #expect(state == expected)
        #expect(AppKeys.action(for: .character("D"), in: state) == .screenChosen(.dugnad(.list)))
    }

    func onChecklist(row: Int) -> AppState {
        var state = start
        state.places = [Place(.home), Place(.dugnad(.list)), Place(.dugnad(.one(past.dugnad.id)), position: ListPosition(selected: row))]
        return state
    }

    @Test func spaceTicksAnInvitedResidentAsASetAdditionAndUntickingRemovesAndMovesOnToTheNext() {
        let notYet = past.invited.firstIndex { !past.dugnad.attended.contains(demo.directory.residents[$0].id) }!
        let resident = demo.directory.residents[past.invited[notYet]]
        var state = onChecklist(row: notYet)
        var expected = onChecklist(row: notYet + 1)
        expected.awaitingSave = .dugnad
        let effects = demo.reduce(&state, .dugnad(.attendanceToggled))
        #expect(state == expected)
        #expect(effects == [.save(.set(.dugnad, id: past.dugnad.id, Edit(additions: ["attended": [resident.id]])),
                                  done: Message(nb: "\(resident.name) kom.", en: "\(resident.name) came."))])

        let came = past.invited.firstIndex { past.dugnad.attended.contains(demo.directory.residents[$0].id) }!
        let other = demo.directory.residents[past.invited[came]]
        state = onChecklist(row: came)
        #expect(demo.reduce(&state, .dugnad(.attendanceToggled)) == [
            .save(.set(.dugnad, id: past.dugnad.id, Edit(removals: ["attended": [other.id]])),
                  done: Message(nb: "\(other.name) kom ikke likevel.", en: "\(other.name) did not come after all.")),
        ])
        expected = onChecklist(row: came + 1)
        expected.awaitingSave = .dugnad
        #expect(state == expected)

        // The last invited moves on to the first row of others.
        let last = past.invited.count - 1
        state = onChecklist(row: last)
        demo.reduce(&state, .dugnad(.attendanceToggled))
        #expect(state.current.position.selected == last + 1)
    }

    @Test func plusAndMinusCountOthersAndKeysOfNoUseOnARowSaySo() {
        // The rows after the invited: ansatte (2 in the demo), frivillige (1), barn (0).
        let staff = past.invited.count
        var state = onChecklist(row: staff + 2)
        var expected = state
        #expect(demo.reduce(&state, .dugnad(.attendanceToggled)) == [])
        expected.message = StatusMessage(.info, Message(nb: "Mellomrom krysser av en invitert; her teller + og -.",
                                                        en: "Space ticks an invited resident; here + and - count."))
        #expect(state == expected)
        #expect(demo.reduce(&state, .dugnad(.uninviteStarted)) == [])
        expected.message = StatusMessage(.info, DugnadText.uninviteOnOthers)
        #expect(state == expected)
        #expect(demo.reduce(&state, .dugnad(.othersCounted(by: -1))) == [])
        expected.message = StatusMessage(.info, Message(nb: "Barn: 0 allerede.", en: "Children: already 0."))
        #expect(state == expected)
        #expect(demo.reduce(&state, .dugnad(.othersCounted(by: 1))) == [
            .save(.set(.dugnad, id: past.dugnad.id, Edit(values: ["extra": #"{"ansatte":2,"barn":1,"frivillige":1}"#])),
                  done: Message(nb: "Barn: 1.", en: "Children: 1.")),
        ])
        state = onChecklist(row: staff + 1)
        #expect(demo.reduce(&state, .dugnad(.othersCounted(by: -1))) == [
            .save(.set(.dugnad, id: past.dugnad.id, Edit(values: ["extra": #"{"ansatte":2}"#])),
                  done: Message(nb: "Frivillige: 0.", en: "Volunteers: 0.")),
        ])
        state = onChecklist(row: 0)
        #expect(demo.reduce(&state, .dugnad(.othersCounted(by: 1))) == [])
        expected = onChecklist(row: 0)
        expected.message = StatusMessage(.info, Message(nb: "+ og - teller de andre nederst på listen.",
                                                        en: "+ and - count the others at the foot of the list."))
        #expect(state == expected)
    }

    @Test func recordingTheNoticeAppendsToday() throws {
        var state = onChecklist(row: 0)
        let effects = demo.reduce(&state, .dugnad(.noticeRecorded(.sms)))
        guard case .save(.set(.dugnad, let id, let edit), _) = effects.first else { Issue.record("no save"); return }
        #expect(id == past.dugnad.id)
        let notices = try #require(edit.values["notices"])
        #expect(notices.hasSuffix(#"{"date":"\#(DemoReplica.today.iso)","how":"sms"}]"#))
        #expect(notices.components(separatedBy: "\"how\"").count == 4)
    }

    @Test func keysOfTheChecklistAreBoundOnce() {
        for screen: Screen in [.dugnad(.list), .dugnad(.one("d"))] {
            #expect(AppKeys.browsing(screen).shadowedKeys.isEmpty)
        }
        #expect(AppKeys.browsing(.dugnad(.one("d"))).action(for: .character(" ")) == .dugnad(.attendanceToggled))
    }

    func render(_ state: AppState, _ language: Language, _ size: TerminalSize) -> ScreenBuffer {
        var state = state
        state.language = language
        return AppView.render(state, directory: demo.directory, size: size)
    }

    @Test func snapshots() {
        let large = TerminalSize(rows: 40, columns: 120)
        var list = start
        list.places.append(Place(.dugnad(.list)))
        assertSnapshot(render(list, .nb, .minimum), named: "dugnads-80x24-nb")
        assertSnapshot(render(list, .en, large), named: "dugnads-120x40-en")
        assertSnapshot(render(onChecklist(row: 1), .nb, .minimum), named: "dugnad-checklist-80x24-nb")
        assertSnapshot(render(onChecklist(row: 1), .en, large), named: "dugnad-checklist-120x40-en")
    }
}
