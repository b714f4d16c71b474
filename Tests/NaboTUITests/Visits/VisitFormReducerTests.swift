import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The visit form: each test states the whole state an action leaves and the effects it names.
@Suite struct VisitFormReducerTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func formOn(_ name: String) -> (AppState, VisitForm) {
        var state = visits.onResident(name)
        visits.reduce(&state, .visits(.formOpened))
        let row = visits.demo.residentIndex(name)
        var values = VisitTesting.blankValues()
        values.residentQuery = name
        values.resident = row
        var form = VisitForm(values: values, matches: [row])
        form.field = .note
        return (state, form)
    }

    @Test func vOnAResidentOpensTheFormWithThatResidentAndNow() {
        var state = visits.onResident("Ørjan Ødegård")
        let before = state
        visits.press(&state, [.character("v")])
        let (_, form) = formOn("Ørjan Ødegård")
        var expected = before
        expected.visits.form = form
        #expect(state == expected)
        #expect(!form.hasTyped)
    }

    @Test func vOnHomeOpensAnEmptyFormAndTypingFindsResidentsByNameAddressOrHNumber() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("v")])
        var expected = AppState(language: .nb, isDemo: true)
        expected.visits.form = VisitForm(values: VisitTesting.blankValues(), matches: [])
        #expect(state == expected)

        visits.press(&state, VisitTesting.typed("ørj"))
        let row = visits.demo.residentIndex("Ørjan Ødegård")
        expected.visits.form!.values.residentQuery = "ørj"
        expected.visits.form!.values.resident = row
        expected.visits.form!.matches = [row]
        #expect(state == expected)

        var byAddress = AppState(language: .nb, isDemo: true)
        visits.press(&byAddress, [.character("v")] + VisitTesting.typed("runarveien 1 h0101"))
        #expect(byAddress.visits.form?.matches.contains(row) == true)
    }

    @Test func downChoosesTheNextMatchAndKindCyclesBothWays() {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("v")] + VisitTesting.typed("runarveien"))
        let form = state.visits.form!
        #expect(form.matches.count > 1)
        visits.press(&state, [.down])
        #expect(state.visits.form!.values.resident == form.matches[1])
        visits.press(&state, [.up, .up])
        #expect(state.visits.form!.values.resident == form.matches[0])

        visits.press(&state, [.tab, .tab, .up])
        #expect(state.visits.form!.field == .kind)
        #expect(state.visits.form!.values.kind == "meeting")
        visits.press(&state, [.down, .down])
        #expect(state.visits.form!.values.kind == "not-at-home")
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrap() {
        var (state, form) = formOn("Ørjan Ødegård")
        visits.press(&state, [.backTab, .backTab, .backTab, .backTab])
        form.field = .next
        #expect(state.visits.form == form)
        visits.press(&state, [.tab, .tab])
        form.field = .date
        #expect(state.visits.form == form)
    }

    @Test func printableKeysAreTextInTheFormSoQDoesNotQuit() {
        var (state, form) = formOn("Ørjan Ødegård")
        let effects = visits.press(&state, VisitTesting.typed("q?u/ ok"))
        form.field = .note
        form.values.note = "q?u/ ok"
        #expect(effects == [])
        #expect(state.visits.form == form)
        visits.press(&state, [.backspace])
        form.values.note = "q?u/ o"
        #expect(state.visits.form == form)
    }

    @Test func enterOnTheLastFieldSavesTheVisitWithWhatWasTyped() throws {
        var (state, form) = formOn("Ørjan Ødegård")
        visits.press(&state, VisitTesting.typed("Snakket om naboer") + [.enter] + VisitTesting.typed("Ringe NAV")
                     + [.enter] + VisitTesting.typed("06.12.2026"))
        let effects = visits.press(&state, [.enter])
        let id = visits.demo.resident("Ørjan Ødegård").id
        let edit = Edit(values: ["date": "22.11.2026 12:00", "kind": "home-visit", "note": "Snakket om naboer", "agreed": "Ringe NAV",
                                 "next": "06.12.2026"], replacements: ["residents": [id]])
        #expect(effects == [.save(.add(.visit, edit), done: VisitText.saved("Ørjan Ødegård"))])
        form.values.note = "Snakket om naboer"
        form.values.agreed = "Ringe NAV"
        form.values.next = "06.12.2026"
        form.field = .next
        form.isSaving = true
        #expect(state.visits.form == form)

        // The core's rules accept the change as the form names it.
        let replica = try DemoReplica.make()
        let ops = try Planner.plan(.add(.visit, edit), in: replica, context: Fixed.context(seq: 10_000))
        #expect(ops.count == 1)
    }

    @Test func ctrlSSavesFromAnyFieldAndARefusalShowsAtItsFieldKeepingEverything() throws {
        var (state, form) = formOn("Ørjan Ødegård")
        let effects = visits.press(&state, [.ctrl("s")])
        guard case .save(let change, _) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        // An empty note on a home visit: the core refuses it and names the field.
        let replica = try DemoReplica.make()
        var refused: Message?
        do throws(Message) {
            _ = try Planner.plan(change, in: replica, context: Fixed.context(seq: 10_000))
        } catch {
            refused = error
        }
        let refusal = try #require(refused)
        #expect(refusal.field == "note")

        visits.reduce(&state, .saveFailed(refusal))
        form.problem = refusal
        form.field = .note
        var expected = visits.onResident("Ørjan Ødegård")
        expected.visits.form = form
        expected.message = StatusMessage(.error, refusal)
        #expect(state == expected)
    }

    @Test func aSaveClearsTheFormForTheNextVisit() {
        var (state, _) = formOn("Ørjan Ødegård")
        visits.press(&state, VisitTesting.typed("Kaffe") + [.ctrl("s")])
        visits.reduce(&state, .saved(VisitText.saved("Ørjan Ødegård")))
        var expected = visits.onResident("Ørjan Ødegård")
        expected.visits.form = VisitForm(values: VisitTesting.blankValues(), matches: [])
        expected.message = StatusMessage(.success, VisitText.saved("Ørjan Ødegård"))
        #expect(state == expected)
    }

    @Test func noMatchingResidentIsRefusedAtTheResidentFieldWithoutSaving() {
        var state = AppState(language: .nb, isDemo: true)
        let effects = visits.press(&state, [.character("v")] + VisitTesting.typed("zzz") + [.tab, .ctrl("s")])
        #expect(effects == [])
        var form = VisitForm(values: VisitTesting.blankValues(), matches: [])
        form.values.residentQuery = "zzz"
        form.problem = VisitText.noResidentMatches("zzz")
        #expect(state.visits.form == form)
    }

    @Test func escLeavesAtOnceWhenNothingWasTypedAndAsksOtherwise() {
        var (state, form) = formOn("Ørjan Ødegård")
        visits.press(&state, [.escape])
        #expect(state == visits.onResident("Ørjan Ødegård"))

        (state, form) = formOn("Ørjan Ødegård")
        visits.press(&state, [.character("x"), .escape])
        form.field = .note
        form.values.note = "x"
        form.isLeaving = true
        #expect(state.visits.form == form)

        visits.press(&state, [.character("n")])
        form.isLeaving = false
        #expect(state.visits.form == form)

        visits.press(&state, [.escape, .character("j")])
        #expect(state == visits.onResident("Ørjan Ødegård"))
    }

    @Test func ctrlEAsksTheRunnerForTheEditorAndItsTextLandsInTheField() {
        var (state, form) = formOn("Ørjan Ødegård")
        // Not in the resident field: the editor is for long texts.
        #expect(visits.press(&state, [.tab, .tab, .tab, .ctrl("e")]) == [])
        let effects = visits.press(&state, [.tab, .tab, .tab, .character("a"), .ctrl("e")])
        #expect(effects == [.editText("a")])
        visits.reduce(&state, .textEdited("a\nlonger text\n\n"))
        form.field = .note
        form.values.note = "a\nlonger text"
        #expect(state.visits.form == form)
    }
}
