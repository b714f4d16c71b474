import NaboCore
import Testing
@testable import NaboTUI

/// A save's outcome goes back to the feature that asked for it, and to no other.
@Suite struct SaveRoutingTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    /// A visit form left saving when another feature's save comes back: only that feature hears it.
    @Test func aDugnadTickSavedLeavesASavingVisitFormAsItIs() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v")])
        var form = try #require(state.visits.form)
        form.isSaving = true
        state.visits.form = form
        state.awaitingSave = .dugnad

        visits.reduce(&state, .saved(Message(nb: "Kom.", en: "Came.")))
        var expected = visits.onResident("Ørjan Ødegård")
        expected.visits.form = form
        expected.message = StatusMessage(.success, Message(nb: "Kom.", en: "Came."))
        #expect(state == expected)
    }

    @Test func aRefusedInputKeepsTheFormWithTheReasonAtItsField() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("i")])
        #expect(visits.press(&state, [.ctrl("s")]).count == 1)
        var expected = state
        #expect(state.awaitingSave == .recordForm)

        let refusal = Message(nb: "Skriv hva beboeren sa.", en: "Write what the resident said.", field: "text")
        #expect(visits.reduce(&state, .saveFailed(refusal)) == [])
        expected.recordForm?.isSaving = false
        expected.recordForm?.problem = refusal
        expected.recordForm?.field = .text
        expected.awaitingSave = nil
        expected.message = StatusMessage(.error, refusal)
        #expect(state == expected)
    }

    /// An undo on a measure's screen reads its history again, as a move there does.
    @Test func anUndoOnAMeasuresScreenReloadsItsHistory() {
        let id = visits.directory.measures[0].id
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.measure(id)))
        #expect(visits.press(&state, [.character("u")]) == [.undo])
        #expect(state.awaitingSave == .plan)
        #expect(visits.reduce(&state, .saved(Message(nb: "Angret.", en: "Undone."))) == [.loadHistory(type: "measure", id: id)])
        #expect(state.awaitingSave == nil)
    }

    /// Elsewhere an undo's outcome is the message alone.
    @Test func anUndoElsewhereIsTheMessageAlone() {
        var state = visits.onResident("Ørjan Ødegård")
        #expect(visits.press(&state, [.character("u")]) == [.undo])
        #expect(visits.reduce(&state, .saved(Message(nb: "Angret.", en: "Undone."))) == [])
        var expected = visits.onResident("Ørjan Ødegård")
        expected.message = StatusMessage(.success, Message(nb: "Angret.", en: "Undone."))
        #expect(state == expected)
    }
}
