import NaboCore
import Testing
@testable import NaboTUI

/// `P` on a resident's screen asks the runner for the innsyn document, and hears where it went.
@Suite struct PersonExportKeyTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    @Test func pOnAResidentAsksForTheirDocumentAndTheMessageSaysWhere() {
        let kari = demo.resident("Kari Nordvik")
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.resident(kari.id)))
        let start = state
        #expect(AppKeys.action(for: .character("P"), in: state) == .person(.exportRequested))
        #expect(demo.reduce(&state, .person(.exportRequested)) == [.exportPerson(kari.id)])
        var expected = start
        expected.awaitingSave = .person
        #expect(state == expected)
        let wrote = Message(nb: "Skrev /tmp/innsyn.md (ikke kryptert).", en: "")
        demo.reduce(&state, .saved(wrote))
        expected.awaitingSave = nil
        expected.message = StatusMessage(.success, wrote)
        #expect(state == expected)
    }

    @Test func elsewherePIsNotTheExport() {
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.residents))
        #expect(AppKeys.action(for: .character("P"), in: state) != .person(.exportRequested))
    }
}
