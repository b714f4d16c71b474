import NaboCore
import Testing
@testable import NaboTUI

/// The keys added for visits: none shadowed on any screen, and the form takes every printable key
/// as text.
@Suite struct VisitKeysTests {
    static let screens: [Screen] = [.due, .week, .inputs, .timeline("r"), .history("u"), .resident("r"), .residents, .unit("u"), .home]

    @Test func noScreenHasAKeyThatCanNeverAct() {
        for screen in Self.screens {
            #expect(AppKeys.browsing(screen).shadowedKeys.isEmpty, "\(screen)")
        }
        #expect(VisitKeys.form.shadowedKeys.isEmpty)
    }

    @Test func inAFormEveryPrintableKeyIsText() {
        var state = AppState(language: .nb, isDemo: true)
        state.visits.form = VisitForm(values: VisitForm.Values(), matches: [])
        for character in "qvu?/:hjklnx" {
            #expect(AppKeys.action(for: .character(character), in: state) == .visits(.typed(character)))
        }
        #expect(AppKeys.map(for: state).action(for: .ctrl("s")) == .visits(.saveRequested))
        state.visits.form = nil
        state.recordForm = RecordForm(purpose: .recordInput(resident: "r"), values: [:])
        #expect(AppKeys.action(for: .character("q"), in: state) == .visits(.typed("q")))
        #expect(AppKeys.action(for: .escape, in: state) == .visits(.leaveRequested))
    }

    @Test func theKeyDriverFailsOnAKeyTheScreenDoesNotMap() throws {
        let visits = try VisitTesting()
        var state = AppState(language: .nb, isDemo: true)
        withKnownIssue("§ is bound on no screen") {
            visits.press(&state, [.character("§")])
        }
        state = AppState(language: .nb, isDemo: true)
        visits.press(&state, [.character("§")], ignored: [.character("§")])
        var expected = AppState(language: .nb, isDemo: true)
        expected.message = StatusMessage(.info, Message(nb: "§ gjør ingenting her; ? viser tastene.", en: "§ does nothing here; ? shows the keys."))
        #expect(state == expected)
    }
}
