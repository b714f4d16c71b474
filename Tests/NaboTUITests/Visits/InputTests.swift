import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Inputs: `i` records what a resident said, `I` lists those waiting for an answer, oldest first,
/// and `s` there gives one its outcome and the day it was answered.
@Suite struct InputTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func planned(_ change: Change) throws -> Message? {
        let replica = try DemoReplica.make()
        do throws(Message) {
            _ = try Planner.plan(change, in: replica, context: Fixed.context(seq: 10_000))
            return nil
        } catch {
            return error
        }
    }

    @Test func iOnAResidentRecordsAnInputDatedToday() throws {
        var state = visits.onResident("Ørjan Ødegård")
        let id = visits.demo.resident("Ørjan Ødegård").id
        visits.press(&state, [.character("i")])
        var expected = visits.onResident("Ørjan Ødegård")
        expected.recordForm = RecordForm(purpose: .recordInput(resident: id), values: [.date: "22.11.2026"])
        #expect(state == expected)

        let effects = visits.press(&state, VisitTesting.typed("Ønsker benk i gården") + [.tab, .enter])
        let change = Change.add(.input, Edit(values: ["resident": id, "text": "Ønsker benk i gården", "date": "22.11.2026"]))
        #expect(effects == [.save(change, done: VisitText.inputSaved("Ørjan Ødegård"))])
        #expect(try planned(change) == nil)

        visits.reduce(&state, .saved(VisitText.inputSaved("Ørjan Ødegård")))
        expected.recordForm = nil
        expected.message = StatusMessage(.success, VisitText.inputSaved("Ørjan Ødegård"))
        #expect(state == expected)
    }

    @Test func aRefusalShowsAtItsFieldAndKeepsWhatWasTyped() throws {
        var state = visits.onResident("Ørjan Ødegård")
        for (keys, field) in [([Key.character("i"), .ctrl("s")], RecordForm.Field.text),
                              (VisitTesting.typed("Benk") + [.tab, .backspace, .ctrl("s")], .date)] {
            let effects = visits.press(&state, keys)
            guard case .save(let change, _) = effects.first else {
                Issue.record("no save: \(effects)")
                return
            }
            let refusal = try #require(try planned(change))
            #expect(refusal.field == field.rawValue)
            visits.reduce(&state, .saveFailed(refusal))
            #expect(state.recordForm?.field == field)
            #expect(state.recordForm?.problem == refusal)
        }
        #expect(state.recordForm?[.text] == "Benk")
        #expect(state.recordForm?[.date] == "22.11.202")
    }

    @Test func theOpenInputsAreTheCoresOldestFirst() throws {
        let core = OpenInputs.list(try DemoReplica.make(), today: DemoReplica.today)
        #expect(!core.isEmpty)
        #expect(visits.directory.openInputs == core)
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("I")])
        #expect(state.places == [Place(.home), Place(.inputs)])
    }

    @Test func sAnswersTheSelectedInputAndDeclinedNeedsAReason() throws {
        var state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("I"), .character("s")])
        let input = visits.directory.openInputs[0].id
        #expect(state.recordForm == RecordForm(purpose: .answerInput(input: input), values: [.outcome: "acted-on", .answeredOn: "22.11.2026"]))

        // acted-on → alternative → declined
        let effects = visits.press(&state, [.down, .down, .ctrl("s")])
        let change = Change.set(.input, id: input, Edit(values: ["outcome": "declined", "answeredOn": "22.11.2026", "reason": ""]))
        #expect(effects == [.save(change, done: VisitText.inputAnswered)])
        let refusal = try #require(try planned(change))
        #expect(refusal.field == "reason")
        visits.reduce(&state, .saveFailed(refusal))
        #expect(state.recordForm?.field == .reason)

        let retry = visits.press(&state, VisitTesting.typed("Ikke plass i budsjettet") + [.enter])
        let fixed = Change.set(.input, id: input, Edit(values: ["outcome": "declined", "answeredOn": "22.11.2026", "reason": "Ikke plass i budsjettet"]))
        #expect(retry == [.save(fixed, done: VisitText.inputAnswered)])
        #expect(try planned(fixed) == nil)
    }

    @Test func snapshots() {
        var list = AppState(language: .nb, isDemo: true)
        visits.press(&list, [.character("I")])
        assertSnapshot(AppView.render(list, directory: visits.directory, size: .minimum), named: "inputs-80x24-nb")
        list.language = .en
        assertSnapshot(AppView.render(list, directory: visits.directory, size: ScreenSnapshotTests.large), named: "inputs-120x40-en")

        var record = visits.onResident("Ørjan Ødegård")
        visits.press(&record, [.character("i")] + VisitTesting.typed("Ønsker benk i gården"))
        assertSnapshot(AppView.render(record, directory: visits.directory, size: .minimum), named: "input-form-80x24-nb")

        var answer = AppState(language: .en, isDemo: true)
        visits.press(&answer, [.character("I"), .character("s"), .down], size: ScreenSnapshotTests.large)
        assertSnapshot(AppView.render(answer, directory: visits.directory, size: ScreenSnapshotTests.large), named: "input-answer-120x40-en")
    }
}
