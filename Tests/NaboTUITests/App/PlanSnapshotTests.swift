import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The board, the matrix and a measure on the demo plan (8 items at 3 addresses), at the
/// smallest size and a roomy one, in both languages.
@Suite struct PlanSnapshotTests {
    static let large = TerminalSize(rows: 40, columns: 120)

    let directory: Directory

    init() throws {
        directory = Directory(replica: try DemoReplica.make(), today: DemoReplica.today)
    }

    func render(_ keys: [Key], language: Language = .nb, size: TerminalSize = .minimum, history: RecordHistory? = nil,
                on directory: Directory? = nil) -> ScreenBuffer {
        let directory = directory ?? self.directory
        var state = AppState(language: language, isDemo: true)
        for key in keys {
            guard let action = AppKeys.action(for: key, in: state) else { continue }
            _ = AppReducer.reduce(&state, action, directory: directory, size: size)
        }
        state.history = history
        return AppView.render(state, directory: directory, size: size)
    }

    @Test func board() {
        assertSnapshot(render([.character("b")]), named: "board-80x24-nb")
        assertSnapshot(render([.character("b")], language: .en, size: Self.large), named: "board-120x40-en")
        // Three columns to the right: the narrow board scrolls to keep the selected card in sight.
        assertSnapshot(render([.character("b"), .character("l"), .character("l"), .character("l"), .character("j")]),
                       named: "board-80x24-nb-scrolled")
    }

    @Test func matrix() {
        assertSnapshot(render([.character("m")]), named: "matrix-80x24-nb")
        assertSnapshot(render([.character("m")], language: .en, size: Self.large), named: "matrix-120x40-en")
        assertSnapshot(render([.character("m"), .character("l"), .character("l"), .character("G")]), named: "matrix-80x24-nb-scrolled")
    }

    @Test func filteredBoard() {
        assertSnapshot(render([.character("b"), .character("A"), .character("!")], size: Self.large), named: "board-120x40-nb-filtered")
    }

    @Test func measure() {
        let measure = Measure(directory.measures[0])
        // Ids as the journal holds them: the history names the address and the plan item instead.
        let history = RecordHistory(type: "measure", id: measure.id, entries: [
            HistoryEntry(day: DemoReplica.today.adding(days: -20), minutes: 8 * 60, author: "kari",
                         writes: [.init(field: "address", value: measure.address ?? ""), .init(field: "planItem", value: measure.planItem ?? ""),
                                  .init(field: "title", value: measure.title), .init(field: "due", value: measure.due?.iso ?? "")]),
            HistoryEntry(day: DemoReplica.today, minutes: 9 * 60 + 5, author: "kari", writes: [.init(field: "status", value: "ordered")]),
        ])
        assertSnapshot(render([.character("b"), .enter]), named: "measure-80x24-nb-loading")
        assertSnapshot(render([.character("b"), .enter], language: .en, size: Self.large, history: history), named: "measure-120x40-en")
    }

    @Test func conflictOnTheCardAndOnTheMeasure() throws {
        let conflicted = try ReducerPlanTests.conflicted()
        assertSnapshot(render([.character("b")], on: conflicted), named: "board-80x24-nb-conflict")
        assertSnapshot(render([.character("b"), .enter], size: Self.large, on: conflicted), named: "measure-120x40-nb-conflict")
    }
}
