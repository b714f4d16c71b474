import NaboCore
import Testing
@testable import NaboTUI

/// The due list and the week as text at the smallest size and a roomy one.
@Suite struct DueSnapshotTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func render(_ keys: [Key], language: Language = .nb, size: TerminalSize = .minimum) -> ScreenBuffer {
        var state = AppState(language: language, isDemo: true)
        visits.press(&state, keys, size: size)
        return AppView.render(state, directory: visits.directory, size: size)
    }

    @Test func due() {
        assertSnapshot(render([.character("d")]), named: "due-80x24-nb")
        assertSnapshot(render([.character("d")], language: .en, size: ScreenSnapshotTests.large), named: "due-120x40-en")
    }

    @Test func week() {
        assertSnapshot(render([.character("w")]), named: "week-80x24-nb")
        assertSnapshot(render([.character("w")], language: .en, size: ScreenSnapshotTests.large), named: "week-120x40-en")
    }
}
