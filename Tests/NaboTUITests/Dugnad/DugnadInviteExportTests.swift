import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// On a dugnad: one more resident invited with the resident picker (`i`), an invited resident who
/// has not come taken off the list after a yes (`x`), and a file chosen to write (`E`).
@Suite struct DugnadInviteExportTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    var directory: Directory { visits.directory }
    var upcoming: DugnadTables.Entry { directory.dugnads.entries.first { $0.dugnad.title.hasPrefix("Rydde") }! }
    var past: DugnadTables.Entry { directory.dugnads.entries.first { $0.dugnad.title.hasPrefix("Plukke") }! }

    func on(_ entry: DugnadTables.Entry, row: Int = 0, language: Language = .nb) -> AppState {
        var state = AppState(language: language, isDemo: true)
        state.places = [Place(.home), Place(.dugnad(.list)), Place(.dugnad(.one(entry.dugnad.id)), position: ListPosition(selected: row))]
        return state
    }

    /// A resident not invited to the upcoming dugnad whom their own name finds first.
    var outsider: Int {
        directory.residents.indices.first { !upcoming.invited.contains($0) && ResidentPicker.matches(directory.residents[$0].name, in: directory).first == $0 }!
    }

    @Test func iOpensThePickerAndSavingAddsTheChosenResidentToTheInvited() {
        var state = on(upcoming)
        visits.press(&state, [.character("i")])
        var expected = on(upcoming)
        expected.recordForm = RecordForm(purpose: .invite(dugnad: upcoming.dugnad.id), values: [:])
        #expect(state == expected)

        let resident = directory.residents[outsider]
        let effects = visits.press(&state, VisitTesting.typed(resident.name))
        #expect(effects == [])
        expected.recordForm?[.invited] = resident.name
        expected.recordForm?.matches = ResidentPicker.matches(resident.name, in: directory)
        expected.recordForm?.chosen = outsider
        #expect(state == expected)

        #expect(visits.press(&state, [.enter]) == [
            .save(.set(.dugnad, id: upcoming.dugnad.id, Edit(additions: ["invited": [resident.id]])),
                  done: Message(nb: "\(resident.name) er invitert.", en: "\(resident.name) is invited.")),
        ])
        expected.recordForm?.isSaving = true
        expected.awaitingSave = .recordForm
        #expect(state == expected)
        visits.reduce(&state, .saved(DugnadText.invitedOne(resident.name)))
        #expect(state.recordForm == nil)
    }

    @Test func arrowsMoveAmongTheMatchesAndNoMatchOrOneAlreadyInvitedIsRefusedAtTheField() {
        var state = on(upcoming)
        visits.press(&state, [.character("i")] + VisitTesting.typed("veien"))
        let matches = ResidentPicker.matches("veien", in: directory)
        #expect(matches.count > 2 && state.recordForm?.chosen == matches[0])
        visits.press(&state, [.down, .down, .up])
        #expect(state.recordForm?.chosen == matches[1])

        state = on(upcoming)
        visits.press(&state, [.character("i")] + VisitTesting.typed("qqq"))
        #expect(visits.press(&state, [.enter]) == [])
        #expect(state.recordForm?.problem == DugnadText.noResident("qqq") && state.recordForm?.isSaving == false)

        let invited = directory.residents[upcoming.invited[0]]
        state = on(upcoming)
        visits.press(&state, [.character("i")] + VisitTesting.typed(invited.name))
        state.recordForm?.chosen = upcoming.invited[0]
        // The core refuses it (as it does `nabo set dugnad --invited`), and the refusal stands under the field.
        #expect(visits.press(&state, [.ctrl("s")]) == [.save(.set(.dugnad, id: upcoming.record.id, Edit(additions: ["invited": [invited.id]])),
                                                           done: DugnadText.invitedOne(invited.name))])
        let refused = Message(nb: "\(invited.name) er allerede invitert.", en: "\(invited.name) is already invited.", field: "invited")
        visits.reduce(&state, .saveFailed(refused))
        #expect(state.recordForm?.problem == refused)
    }

    @Test func xAsksBeforeTakingAnInvitedResidentOffAndRefusesOneWhoCame() {
        let notYet = past.invited.firstIndex { !past.dugnad.attended.contains(directory.residents[$0].id) }!
        let resident = directory.residents[past.invited[notYet]]
        var state = on(past, row: notYet)
        visits.press(&state, [.character("x")])
        var expected = on(past, row: notYet)
        expected.dugnad.uninviting = resident.id
        expected.message = StatusMessage(.warning, DugnadText.confirmUninvite(resident.name))
        #expect(state == expected)

        var answered = state
        #expect(visits.press(&answered, [.character("n")]) == [])
        #expect(answered == on(past, row: notYet))
        #expect(visits.press(&state, [.character("j")]) == [
            .save(.set(.dugnad, id: past.dugnad.id, Edit(removals: ["invited": [resident.id]])),
                  done: Message(nb: "\(resident.name) er ikke lenger invitert.", en: "\(resident.name) is no longer invited.")),
        ])
        expected = on(past, row: notYet)
        expected.awaitingSave = .dugnad
        #expect(state == expected)

        let came = past.invited.firstIndex { past.dugnad.attended.contains(directory.residents[$0].id) }!
        state = on(past, row: came)
        #expect(visits.press(&state, [.character("x")]) == [])
        expected = on(past, row: came)
        expected.message = StatusMessage(.warning, DugnadText.cameCannotUninvite(directory.residents[past.invited[came]].name))
        #expect(state == expected)
    }

    @Test func eChoosesAFileAndEnterAsksTheRunnerToWriteIt() {
        var state = on(upcoming)
        visits.press(&state, [.character("E")])
        var expected = on(upcoming)
        expected.recordForm = RecordForm(purpose: .export(dugnad: upcoming.dugnad.id), values: [.export: "notice"])
        #expect(state == expected)

        visits.press(&state, [.down, .down])
        expected.recordForm?[.export] = "calendar"
        #expect(state == expected)
        #expect(visits.press(&state, [.enter]) == [.exportDugnad(upcoming.dugnad.id, .calendar)])
        #expect(state.recordForm?.isSaving == true)
        visits.reduce(&state, .saved(Message(nb: "Skrev /x.ics.", en: "Wrote /x.ics.")))
        expected = on(upcoming)
        expected.message = StatusMessage(.success, Message(nb: "Skrev /x.ics.", en: "Wrote /x.ics."))
        #expect(state == expected)
    }

    @Test func keysOfTheDugnadAreBoundOnce() {
        let keys = AppKeys.browsing(.dugnad(.one("d")))
        #expect(keys.shadowedKeys.isEmpty)
        #expect(keys.action(for: .character("i")) == .dugnad(.inviteStarted))
        #expect(keys.action(for: .character("x")) == .dugnad(.uninviteStarted))
        #expect(keys.action(for: .character("E")) == .dugnad(.exportStarted))
    }

    func render(_ state: AppState, _ language: Language, _ size: TerminalSize) -> ScreenBuffer {
        var state = state
        state.language = language
        return AppView.render(state, directory: directory, size: size)
    }

    @Test func snapshots() {
        var invite = on(upcoming)
        visits.press(&invite, [.character("i")] + VisitTesting.typed("veien"))
        assertSnapshot(render(invite, .nb, .minimum), named: "dugnad-invite-80x24-nb")
        var export = on(upcoming)
        visits.press(&export, [.character("E"), .down])
        assertSnapshot(render(export, .en, TerminalSize(rows: 40, columns: 120)), named: "dugnad-export-120x40-en")
    }
}
