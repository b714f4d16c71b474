import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// A measure with every field on the record form: `M` on the board (in the selected card's
/// column), the matrix, an address or a unit makes a new one with what the screen says of it,
/// and `e` on a measure changes every field of it.
@Suite struct MeasureFormTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    var directory: Directory { visits.directory }

    func on(_ screen: Screen, selected: Int = 0) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(screen, position: ListPosition(selected: selected)))
        return state
    }

    static let defaults: [RecordForm.Field: String] = [.category: "other", .status: "not-started", .responsible: "byggdrift", .costToAgree: "no"]

    @Test func bigMOnTheBoardTakesTheColumnsStatusAndOnAUnitItsAddressAndHNumber() throws {
        let ordered = try #require(directory.measures.firstIndex { Measure($0).statusValue == "ordered" })
        var state = on(.board(PlanFacets()), selected: ordered)
        visits.press(&state, [.character("M")])
        var values = Self.defaults
        values[.status] = "ordered"
        #expect(state.recordForm == RecordForm(purpose: .planMeasure(nil), values: values))

        let unit = visits.demo.unit("H0102", at: "Runarveien 1")
        state = on(.unit(unit.id))
        visits.press(&state, [.character("M")])
        values = Self.defaults
        values[.address] = "Runarveien 1"
        values[.unit] = "H0102"
        #expect(state.recordForm == RecordForm(purpose: .planMeasure(nil), values: values))

        let effects = visits.press(&state, VisitTesting.typed("Skifte lås") + [.tab, .down, .tab, .down, .tab, .down, .tab, .tab, .tab]
                                   + VisitTesting.typed("01.12.2026") + [.tab, .tab] + VisitTesting.typed("Nøkkel hos vaktmester") + [.tab, .tab, .tab, .down]
                                   + [.tab] + VisitTesting.typed("Låsen i ytterdøra går tregt.") + [.ctrl("s")])
        let next = { (values: [String], value: String) in values[(values.firstIndex(of: value)! + 1) % values.count] }
        let edit = Edit(values: ["title": "Skifte lås", "category": next(Vocabulary.category, "other"), "status": "to-assess",
                                 "responsible": next(Vocabulary.responsible, "byggdrift"),
                                 "address": visits.demo.address("Runarveien 1").id, "unit": unit.id, "due": "01.12.2026",
                                 "precondition": "Nøkkel hos vaktmester", "costToAgree": "true", "description": "Låsen i ytterdøra går tregt."])
        #expect(effects == [.save(.add(.measure, edit), done: VisitText.measureSaved("Skifte lås"))])
        var replica = directory.replica
        for op in try Planner.plan(.add(.measure, edit), in: replica, context: Fixed.context(seq: 10_000)) { replica.apply(op) }
        #expect(replica.records("measure").contains { Measure($0).title == "Skifte lås" && Measure($0).costToAgree })
    }

    @Test func anAddressMatchingSeveralOrAUnitTheAddressLacksIsRefusedUnderItsField() {
        var state = on(.address(visits.demo.address("Midtåsveien 22").id))
        visits.press(&state, [.character("M")] + VisitTesting.typed("Rydde") + [.tab, .tab, .tab, .tab, .ctrl("u")] + VisitTesting.typed("runar") + [.ctrl("s")])
        #expect(state.recordForm?.field == .address)
        var several = DugnadText.severalAddresses("runar", ["Runarveien 1", "Runarveien 3"])
        several.field = "address"
        #expect(state.recordForm?.problem == several)
        visits.press(&state, VisitTesting.typed("veien 1") + [.tab] + VisitTesting.typed("H0999") + [.ctrl("s")])
        #expect(state.recordForm?.field == .unit)
        #expect(state.recordForm?.problem?.field == "unit")
        #expect(state.recordForm?.problem?.nb == "Runarveien 1 har ingen bolig H0999. Skriv H-nummeret, eller la feltet stå tomt for hele adressen.")
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "plan-measure-form-refused-80x24-nb")
    }

    @Test func eOnAMeasureChangesEveryFieldAndEmptyClears() throws {
        let record = directory.measures[0]
        let measure = Measure(record)
        var state = on(.measure(measure.id))
        visits.press(&state, [.character("e")])
        #expect(state.recordForm?.purpose == .planMeasure(measure.id))
        #expect(state.recordForm?[.title] == measure.title)
        #expect(state.recordForm?[.status] == measure.statusValue)
        #expect(state.recordForm?[.address] == directory.address(measure.address!)?.title)
        let effects = visits.press(&state, [.tab, .tab, .tab, .tab, .tab, .tab, .ctrl("u"), .ctrl("s")])
        guard case .save(.set(.measure, let id, let edit), let done)? = effects.first else {
            Issue.record("no save")
            return
        }
        #expect(id == measure.id)
        #expect(done == PlanText.measureChanged(measure.title))
        #expect(edit.values["due"] == "")
        #expect(edit.values["title"] == measure.title)
        #expect(edit.values["address"] == measure.address)
        #expect(Set(edit.values.keys) == Set(RecordForm.fields(for: .planMeasure(nil)).map(\.rawValue)))
        // Its history is read again, so the change shows on the screen at once.
        #expect(visits.reduce(&state, .saved(PlanText.measureChanged(measure.title))) == [.loadHistory(type: "measure", id: measure.id)])
        #expect(state.recordForm == nil)
        #expect(visits.press(&state, [.character("u")]) == [.undo])
    }
}
