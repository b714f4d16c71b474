import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// A resident's follow-up plan: shown on their screen, made and changed with `p`.
@Suite struct FollowUpPlanTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    /// The demo data with more changes, as a directory.
    func directory(after changes: Change...) throws -> Directory {
        var replica = try DemoReplica.make()
        for (offset, change) in changes.enumerated() {
            for op in try Planner.plan(change, in: replica, context: Fixed.context(seq: 10_000 + UInt32(offset))) {
                replica.apply(op)
            }
        }
        return Directory(replica: replica, today: DemoReplica.today)
    }

    @Test func pMakesANewPlanWithPartnersAsAList() throws {
        let name = "Ørjan Ødegård"
        let id = visits.demo.resident(name).id
        var state = visits.onResident(name)
        visits.press(&state, [.character("p")])
        var expected = visits.onResident(name)
        expected.recordForm = RecordForm(purpose: .plan(resident: id, plan: nil), values: [:])
        #expect(state == expected)

        let effects = visits.press(&state, VisitTesting.typed("14") + [.tab] + VisitTesting.typed("Samtaler om bo-oppfølging") + [.tab]
                                   + VisitTesting.typed("NAV: Kari Hansen, 900 00 000; DPS") + [.tab] + VisitTesting.typed("Muntlig, 22.11.") + [.ctrl("s")])
        let edit = Edit(values: ["resident": id, "frequency": "14", "content": "Samtaler om bo-oppfølging",
                                 "partners": #"[{"kind":"NAV","contact":"Kari Hansen, 900 00 000"},{"kind":"DPS","contact":""}]"#,
                                 "consent": "Muntlig, 22.11."])
        #expect(effects == [.save(.add(.followUp, edit), done: VisitText.planSaved(name))])

        // Saved, the plan shows on the resident's screen and opens again with what was typed.
        let saved = try directory(after: .add(.followUp, edit))
        let plan = try #require(saved.followUpPlan(of: id))
        #expect(PlanSummary.cells(plan, .nb).map(\.text) == ["Oppfølging hver 14. dag · NAV, DPS"])
        var again = visits.onResident(name)
        _ = AppReducer.reduce(&again, .visits(.planStarted), directory: saved, size: .minimum, now: VisitTesting.now)
        #expect(again.recordForm == RecordForm(purpose: .plan(resident: id, plan: plan.id), values: [
            .frequency: "14", .content: "Samtaler om bo-oppfølging", .partners: "NAV: Kari Hansen, 900 00 000\nDPS", .consent: "Muntlig, 22.11.",
        ]))
    }

    @Test func endingAPlanSetsEveryFieldSoClearedOnesAreCleared() throws {
        let name = "Ørjan Ødegård"
        let id = visits.demo.resident(name).id
        let made = Change.add(.followUp, Edit(values: ["resident": id, "frequency": "7", "content": "Ukentlig"]))
        let saved = try directory(after: made)
        let plan = try #require(saved.followUpPlan(of: id))
        var state = visits.onResident(name)
        var effects: [AppEffect] = []
        for key in [Key.character("p"), .backTab, .backTab] + VisitTesting.typed("30.11.2026") + [.tab] + VisitTesting.typed("Beboeren ønsket det") + [.enter] {
            guard let action = AppKeys.action(for: key, in: state) else { continue }
            effects = AppReducer.reduce(&state, action, directory: saved, size: .minimum, now: VisitTesting.now)
        }
        let edit = Edit(values: ["frequency": "7", "content": "Ukentlig", "partners": "", "consent": "", "ended": "30.11.2026",
                                 "endReason": "Beboeren ønsket det"])
        #expect(effects == [.save(.set(.followUp, id: plan.id, edit), done: VisitText.planSaved(name))])
        let ended = try directory(after: made, .set(.followUp, id: plan.id, edit))
        #expect(PlanSummary.cells(ended.followUpPlan(of: id), .nb).map(\.text) == ["Oppfølgingen ble avsluttet 30.11.2026 (p viser planen)."])
    }

    @Test func snapshots() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("p")] + VisitTesting.typed("14") + [.tab] + VisitTesting.typed("Samtaler") + [.tab]
                     + VisitTesting.typed("NAV: Kari Hansen; LAR: Ola"))
        assertSnapshot(AppView.render(state, directory: visits.directory, size: .minimum), named: "plan-form-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: visits.directory, size: ScreenSnapshotTests.large), named: "plan-form-120x40-en")
    }
}
