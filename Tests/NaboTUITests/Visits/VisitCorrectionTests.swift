import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// On a resident's visit: `M` makes a measure of a defect seen, `e` corrects the visit, `x` deletes
/// it (the history keeps it, `u` undoes).
@Suite struct VisitCorrectionTests {
    let visits: VisitTesting
    let name = "Ørjan Ødegård"

    init() throws {
        visits = try VisitTesting()
    }

    var visit: VisitEntry { visits.directory.visit(at: visits.directory.visits(of: visits.demo.resident(name).id)[0]) }

    func accepted(_ change: Change) throws -> Bool {
        try Planner.plan(change, in: try DemoReplica.make(), context: Fixed.context(seq: 10_000)).count == 1
    }

    @Test func capitalMTurnsADefectIntoAMeasureLinkedToTheVisit() throws {
        var state = visits.onResident(name)
        visits.press(&state, [.character("M")])
        var expected = visits.onResident(name)
        expected.recordForm = RecordForm(purpose: .measure(visit: visit.id), values: [.category: "other", .place: "unit"])
        #expect(state == expected)

        let effects = visits.press(&state, VisitTesting.typed("Bodlås ødelagt") + [.tab, .up, .up, .tab, .down, .ctrl("s")])
        let change = try VisitChanges.measure(visit: visit.id, title: "Bodlås ødelagt", category: Vocabulary.category[Vocabulary.category.count - 3],
                                              atUnit: false, in: try DemoReplica.make())
        #expect(effects == [.save(change, done: VisitText.measureSaved("Bodlås ødelagt"))])
        #expect(try accepted(change))
    }

    @Test func aMeasureWithoutATitleIsRefusedAtTheTitle() throws {
        var state = visits.onResident(name)
        let effects = visits.press(&state, [.character("M"), .ctrl("s")])
        guard case .save(let change, _) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        let replica = try DemoReplica.make()
        var refusal: Message?
        do throws(Message) {
            _ = try Planner.plan(change, in: replica, context: Fixed.context(seq: 10_000))
        } catch {
            refusal = error
        }
        #expect(refusal?.field == "title")
        visits.reduce(&state, .saveFailed(try #require(refusal)))
        #expect(state.recordForm?.field == .title)
        #expect(state.recordForm?.problem == refusal)
    }

    @Test func eCorrectsTheSelectedVisitAndClosesWhenSaved() throws {
        var state = visits.onResident(name)
        visits.press(&state, [.character("e")])
        let form = try #require(state.visits.form)
        #expect(form.editing == visit.id)
        #expect(form.values.note == visit.note)
        #expect(form.values.date == "21.11.2026 14:00")
        #expect(form.values.next == "05.12.2026")
        #expect(!form.hasTyped)
        #expect(form.field == .note)

        let effects = visits.press(&state, VisitTesting.typed(" Og om søppel.") + [.ctrl("s")])
        let edit = Edit(values: ["date": "21.11.2026 14:00", "kind": "home-visit", "note": visit.note + " Og om søppel.", "agreed": visit.agreed,
                                 "next": "05.12.2026"], replacements: ["residents": [visits.demo.resident(name).id]])
        #expect(effects == [.save(.set(.visit, id: visit.id, edit), done: VisitText.visitCorrected(name))])
        #expect(try accepted(.set(.visit, id: visit.id, edit)))

        visits.reduce(&state, .saved(VisitText.visitCorrected(name)))
        var expected = visits.onResident(name)
        expected.message = StatusMessage(.success, VisitText.visitCorrected(name))
        #expect(state == expected)
    }

    @Test func xThenYDeletesTheVisitAndAnyOtherKeyKeepsIt() throws {
        var state = visits.onResident(name)
        visits.press(&state, [.character("x")])
        var expected = visits.onResident(name)
        expected.visits.deleting = visit.id
        expected.message = StatusMessage(.warning, VisitText.confirmDelete("21.11.2026 hjemmebesøk"))
        #expect(state == expected)
        #expect(visits.press(&state, [.character("k")]) == [])
        #expect(state == visits.onResident(name))

        let effects = visits.press(&state, [.character("x"), .character("y")])
        #expect(effects == [.save(.delete(.visit, id: visit.id), done: VisitText.visitDeleted)])
        #expect(try accepted(.delete(.visit, id: visit.id)))
        #expect(visits.press(&state, [.character("u")]) == [.undo])
    }

    @Test func snapshots() {
        var measure = visits.onResident(name)
        visits.press(&measure, [.character("M")] + VisitTesting.typed("Bodlås ødelagt") + [.tab, .down])
        assertSnapshot(AppView.render(measure, directory: visits.directory, size: .minimum), named: "measure-form-80x24-nb")
        // The English hint needs two lines at 80 columns, and has them.
        measure.language = .en
        assertSnapshot(AppView.render(measure, directory: visits.directory, size: .minimum), named: "measure-form-80x24-en")
        var edit = visits.onResident(name, language: .en)
        visits.press(&edit, [.character("e")], size: ScreenSnapshotTests.large)
        assertSnapshot(AppView.render(edit, directory: visits.directory, size: ScreenSnapshotTests.large), named: "visit-edit-120x40-en")
    }
}
