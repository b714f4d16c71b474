import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Editing a field in either form: Ctrl-U empties it, and a refusal shown at a field goes away
/// as soon as the field is changed, since it spoke of text that is no longer there.
@Suite struct FieldEditingTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func theVisitFormOpensAtTheNoteWhenTheResidentIsKnown() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v")])
        var expected = visits.onResident("Ørjan Ødegård")
        var values = VisitTesting.blankValues()
        values.residentQuery = "Ørjan Ødegård"
        values.resident = visits.demo.residentIndex("Ørjan Ødegård")
        expected.visits.form = VisitForm(values: values, matches: [values.resident!])
        expected.visits.form!.field = .note
        #expect(state == expected)
    }

    @Test func ctrlUEmptiesTheVisitFormsFieldAndChangingItTakesItsRefusalAway() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v"), .backTab, .backTab, .ctrl("u")])
        var form = state.visits.form!
        #expect(form.field == .date)
        #expect(form.values.date == "")

        let refusal = Message(nb: "Ikke en dato.", en: "Not a date.", field: "date")
        visits.press(&state, VisitTesting.typed("zz") + [.ctrl("s")])
        visits.reduce(&state, .saveFailed(refusal))
        form.values.date = "zz"
        form.problem = refusal
        #expect(state.visits.form == form)
        visits.press(&state, [.ctrl("u")])
        visits.press(&state, VisitTesting.typed("2"))
        form.problem = nil
        form.values.date = "2"
        #expect(state.visits.form == form)
    }

    @Test func aRefusalAtAnotherFieldStaysWhileThisOneIsTyped() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v"), .ctrl("s")])
        let refusal = Message(nb: "Ikke en dato.", en: "Not a date.", field: "date")
        visits.reduce(&state, .saveFailed(refusal), .visits(.nextField))
        var form = state.visits.form!
        #expect(form.field == .kind)
        visits.press(&state, [.tab] + VisitTesting.typed("K"))
        form.field = .note
        form.values.note = "K"
        #expect(state.visits.form == form)
    }

    @Test func ctrlUEmptiesARecordFormsFieldAndTakesItsRefusalAway() {
        var state = visits.onResident("Ørjan Ødegård")
        let id = visits.demo.resident("Ørjan Ødegård").id
        visits.press(&state, [.character("i")] + VisitTesting.typed("Benk") + [.tab, .ctrl("s")])
        let refusal = Message(nb: "Ikke en dato.", en: "Not a date.", field: "date")
        visits.reduce(&state, .saveFailed(refusal))
        var expected = visits.onResident("Ørjan Ødegård")
        expected.recordForm = RecordForm(purpose: .recordInput(resident: id), values: [.date: "22.11.2026"])
        expected.recordForm![.text] = "Benk"
        expected.recordForm!.field = .date
        expected.recordForm!.problem = refusal
        expected.message = StatusMessage(.error, refusal)
        #expect(state == expected)

        visits.press(&state, [.ctrl("u")])
        expected.recordForm![.date] = ""
        expected.recordForm!.problem = nil
        // Any key takes the message line's copy of the refusal away.
        expected.message = nil
        #expect(state == expected)
    }
}
