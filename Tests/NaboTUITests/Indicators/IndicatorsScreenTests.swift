import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The results screen: reached with `O` or `:indikatorer`, a row for each count that is not zero
/// at each address, the baseline beside the project; as text at both sizes.
@Suite struct IndicatorsScreenTests {
    let directory: Directory

    /// The demo: the project's year and the year before it, with its counted events.
    init() throws {
        directory = Directory(replica: try DemoReplica.make(), today: DemoReplica.today)
    }

    @Test func oAndTheCommandOpenItAndEnterGoesToTheRowsAddress() throws {
        var state = AppState(language: .nb, isDemo: true)
        #expect(AppKeys.action(for: .character("O"), in: state) == .screenChosen(.indicators))
        _ = AppReducer.reduce(&state, .screenChosen(.indicators), directory: directory, size: .minimum)
        #expect(state.places.map(\.screen) == [.home, .indicators])
        let table = directory.indicatorTable.value
        let complaints = try #require(table.rows.firstIndex { $0.key == "neighbour-complaint" })
        // Midtåsveien 22 comes first: five complaints the year before, four in the project year.
        #expect(table.rows[complaints].values == [5, 4])
        #expect(table.rows.allSatisfy { $0.values.contains { ($0 ?? 0) != 0 } })
        #expect(directory.destination(from: .indicators, row: complaints) == .address(table.rows[complaints].address))
        #expect(directory.filter(directory.rows(for: .indicators), on: .indicators, query: "naboklage")
            == table.rows.indices.filter { table.rows[$0].key == "neighbour-complaint" })

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
