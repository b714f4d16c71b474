import NaboCore
import Testing
@testable import NaboTUI

/// The visit form as text at the smallest size and a roomy one.
@Suite struct VisitFormSnapshotTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func render(_ keys: [Key], language: Language = .nb, size: TerminalSize = .minimum) -> ScreenBuffer {
        var state = AppState(language: language, isDemo: true)
        visits.press(&state, keys, size: size)
        return AppView.render(state, directory: visits.directory, size: size)
    }

    @Test func searchingForTheResident() {
        let keys = [Key.character("v")] + VisitTesting.typed("runarveien")
        assertSnapshot(render(keys), named: "visit-form-80x24-nb")
        assertSnapshot(render(keys, language: .en, size: ScreenSnapshotTests.large), named: "visit-form-120x40-en")
    }

    @Test func aRefusalAtItsField() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v"), .ctrl("s")])
        visits.reduce(&state, .saveFailed(Message(nb: "Skriv et notat om hjemmebesøket: hva dere snakket om.",
                                                  en: "Write a note about the home visit: what you talked about.", field: "note")))
        assertSnapshot(AppView.render(state, directory: visits.directory, size: .minimum), named: "visit-form-refused-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: visits.directory, size: ScreenSnapshotTests.large), named: "visit-form-refused-120x40-en")
    }
}
