import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// `/` on the board and the matrix folds accents and the Norwegian letters as every other list
/// does, and the filter line says a search narrows the plan.
@Suite struct PlanSearchTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var directory: Directory { demo.directory }

    /// The measures whose searched text holds "lås" as written, without any folding.
    var withLock: [Int] {
        directory.measures.indices.filter { PlanFilter.searchedText(directory.measures[$0], in: directory.replica).lowercased().contains("lås") }
    }

    func searched(_ query: String, on screen: Screen) -> AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(screen))
        demo.reduce(&state, .searchStarted)
        for character in query { demo.reduce(&state, .searchTyped(character)) }
        return state
    }

    @Test func lasFindsWhatLåsFindsOnTheBoardAndTheMatrix() {
        #expect(withLock.count == 6)
        for screen in [Screen.board(PlanFacets()), .matrix(PlanFacets())] {
            var expected = AppState(language: .nb, isDemo: true)
            expected.places.append(Place(screen, filter: ListFilter(query: "las", matches: withLock)))
            expected.mode = .searching
            #expect(searched("las", on: screen) == expected)
            expected.current.filter?.query = "LÅS"
            #expect(searched("LÅS", on: screen) == expected)
        }
        // Every word somewhere, as in the other lists: the lock measures at one address.
        let runar = searched("las runarveien 3", on: .board(PlanFacets())).current.filter?.matches ?? []
        #expect(runar == withLock.filter { directory.addressText(directory.measures[$0].string("address")) == "Runarveien 3" })
        #expect(!runar.isEmpty)
    }

    func render(_ query: String, on screen: Screen, language: Language, size: TerminalSize) -> ScreenBuffer {
        var state = searched(query, on: screen)
        state.language = language
        demo.reduce(&state, .searchKept)
        return AppView.render(state, directory: directory, size: size)
    }

    @Test func theFilterLineSaysASearchIsActive() {
        let board = render("las", on: .board(PlanFacets()), language: .en, size: .minimum)
        #expect(board.text.contains("Filter: search “las”"))
        assertSnapshot(board, named: "board-80x24-en-search")
        let midtås = PlanFacets(address: directory.facetValues(.address)[0])
        let matrix = render("las", on: .matrix(midtås), language: .nb, size: TerminalSize(rows: 40, columns: 120))
        #expect(matrix.text.contains("Filter: Midtåsveien 22 · søk «las»"))
        assertSnapshot(matrix, named: "matrix-120x40-nb-search")
    }
}
