import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The results screen: reached with `O` or `:indikatorer`, a row for each count that is not zero
/// at each address, the baseline beside the project; as text at both sizes.
@Suite struct IndicatorsScreenTests {
    let directory: Directory

    /// The demo with the project's periods set and neighbour complaints before and during it.
    init() throws {
        var replica = try DemoReplica.make()
        let kari = try #require(replica.records("resident").first { Resident($0).name == "Kari Nordvik" })
        var changes: [Change] = [.add(.project, Edit(values: ["start": "2026-01-01", "baselineStart": "2025-01-01", "name": "Trygg bolig"]))]
        for day in ["2025-03-02", "2025-06-12", "2025-08-12", "2026-09-12"] {
            changes.append(.add(.event, Edit(values: ["kind": "neighbour-complaint", "resident": kari.id, "date": day])))
        }
        let ops = try Planner.plan(.batch(changes), in: replica, context: Fixed.context(seq: 10_000))
        ops.forEach { replica.apply($0) }
        directory = Directory(replica: replica, today: DemoReplica.today)
    }

    @Test func oAndTheCommandOpenItAndEnterGoesToTheRowsAddress() throws {
        var state = AppState(language: .nb, isDemo: true)
        #expect(AppKeys.action(for: .character("O"), in: state) == .screenChosen(.indicators))
        _ = AppReducer.reduce(&state, .screenChosen(.indicators), directory: directory, size: .minimum)
        #expect(state.places.map(\.screen) == [.home, .indicators])
        let table = directory.indicatorTable.value
        let complaints = try #require(table.rows.firstIndex { $0.key == "neighbour-complaint" })
        #expect(table.rows[complaints].values == [3, 1])
        #expect(table.rows.allSatisfy { $0.values.contains { ($0 ?? 0) != 0 } })
        #expect(directory.destination(from: .indicators, row: complaints) == .address(table.rows[complaints].address))
        #expect(directory.filter(directory.rows(for: .indicators), on: .indicators, query: "naboklage") == [complaints])

        state = AppState(language: .en, isDemo: true)
        _ = AppReducer.reduce(&state, .commandLineOpened, directory: directory, size: .minimum)
        for c in "indikatorer" { _ = AppReducer.reduce(&state, .commandTyped(c), directory: directory, size: .minimum) }
        _ = AppReducer.reduce(&state, .commandSubmitted, directory: directory, size: .minimum)
        #expect(state.current.screen == .indicators)
    }

    @Test func theScreenAtBothSizes() {
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "indicators-80x24-nb"), (.en, ScreenSnapshotTests.large, "indicators-120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            _ = AppReducer.reduce(&state, .screenChosen(.indicators), directory: directory, size: size)
            assertSnapshot(AppView.render(state, directory: directory, size: size), named: name)
        }
    }
}
