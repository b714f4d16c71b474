import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// A store with nothing in it yet, as a worker meets it after the first start: each screen says
/// how to begin, never "No matches", which would send them looking for a search they never typed.
@Suite struct EmptyStoreSnapshotTests {
    let directory = Directory(replica: Replica(), today: DemoReplica.today)

    func render(_ keys: [Key], language: Language, size: TerminalSize) -> ScreenBuffer {
        var state = AppState(language: language, isDemo: false)
        for key in keys {
            guard let action = AppKeys.action(for: key, in: state) else { continue }
            _ = AppReducer.reduce(&state, action, directory: directory, size: size)
        }
        return AppView.render(state, directory: directory, size: size)
    }

    @Test func homeAndAddressesSayWhichCommandBegins() {
        let home = render([], language: .en, size: .minimum)
        #expect(!home.text.contains("No matches"))
        assertSnapshot(home, named: "home-80x24-en-empty")
        assertSnapshot(render([.character("a")], language: .nb, size: TerminalSize(rows: 40, columns: 120)), named: "addresses-120x40-nb-empty")
    }

    @Test func theBoardAndTheResidentsSayHowTheyFill() {
        assertSnapshot(render([.character("b")], language: .en, size: .minimum), named: "board-80x24-en-empty")
        assertSnapshot(render([.character("m")], language: .nb, size: TerminalSize(rows: 40, columns: 120)), named: "matrix-120x40-nb-empty")
        assertSnapshot(render([.character("r")], language: .en, size: .minimum), named: "residents-80x24-en-empty")
    }
}
