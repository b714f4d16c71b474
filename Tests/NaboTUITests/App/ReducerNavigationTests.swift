import NaboCore
import Testing
@testable import NaboTUI

/// Moving between screens and through lists: each test states the whole state an action leaves.
@Suite struct ReducerNavigationTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var start: AppState { AppState(language: .nb, isDemo: true) }

    @Test func enterOpensAddressThenUnitThenResidentAndEscGoesBackTheSameWay() {
        var state = start
        demo.reduce(&state, .cursorMoved(.down))
        var expected = start
        expected.places = [Place(.home, position: ListPosition(selected: 1))]
        #expect(state == expected)

        demo.reduce(&state, .rowOpened)
        let runarveien = demo.address("Runarveien 1")
        expected.places.append(Place(.address(runarveien.id)))
        #expect(state == expected)

        demo.reduce(&state, .rowOpened)
        expected.places.append(Place(.unit(demo.unit("H0101", at: "Runarveien 1").id)))
        #expect(state == expected)

        demo.reduce(&state, .rowOpened)
        expected.places.append(Place(.resident(demo.resident("Ørjan Ødegård").id)))
        #expect(state == expected)

        // A visit opens nothing yet: the resident's screen shows it in full below the list.
        demo.reduce(&state, .rowOpened)
        #expect(state == expected)

        demo.reduce(&state, .wentBack, .wentBack)
        expected.places.removeLast(2)
        #expect(state == expected)
    }

    @Test func backOnHomeDoesNothingAndHomeKeyReturnsFromAnywhere() {
        var state = start
        demo.reduce(&state, .wentBack)
        #expect(state == start)

        demo.reduce(&state, .cursorMoved(.last), .rowOpened, .rowOpened, .screenChosen(.home))
        var expected = start
        expected.places = [Place(.home, position: ListPosition(selected: 2))]
        #expect(state == expected)
    }

    @Test func aJumpGoesOnTopOfWhereTheWorkerWasAndEscGoesBackThere() {
        var state = start
        demo.reduce(&state, .cursorMoved(.down), .rowOpened, .screenChosen(.residents))
        let runarveien = Place(.address(demo.address("Runarveien 1").id))
        var expected = start
        expected.places = [Place(.home, position: ListPosition(selected: 1)), runarveien, Place(.residents)]
        #expect(state == expected)

        // Choosing the screen already shown keeps its place.
        demo.reduce(&state, .cursorMoved(.down), .screenChosen(.residents))
        expected.places[2].position = ListPosition(selected: 1)
        #expect(state == expected)

        demo.reduce(&state, .screenChosen(.inputs))
        expected.places.append(Place(.inputs))
        #expect(state == expected)

        demo.reduce(&state, .wentBack)
        expected.places.removeLast()
        #expect(state == expected)
        demo.reduce(&state, .wentBack)
        expected.places.removeLast()
        #expect(state == expected)
    }

    @Test func aScreenAlreadyOnTheWayIsBroughtUpAsItWasLeftNotStackedTwice() {
        var state = start
        demo.reduce(&state, .screenChosen(.residents), .cursorMoved(.down), .cursorMoved(.down), .rowOpened)
        let resident = state.places[state.places.count - 1]
        demo.reduce(&state, .plan(.boardChosen), .screenChosen(.residents))
        var expected = start
        expected.places = [Place(.home), resident, Place(.board(PlanFacets())), Place(.residents, position: ListPosition(selected: 2))]
        #expect(state == expected)

        demo.reduce(&state, .wentBack)
        expected.places.removeLast()
        #expect(state == expected)
    }

    @Test func cursorStopsAtTheEndsAndPagesByWhatIsOnScreen() {
        var state = start
        demo.reduce(&state, .screenChosen(.residents), .cursorMoved(.up))
        #expect(state.current.position == ListPosition())

        demo.reduce(&state, .cursorMoved(.pageDown))
        // 14 residents fit in the 20 rows of a 24-row terminal: the page stops at the last.
        #expect(state.current.position == ListPosition(selected: 13, top: 0))

        let short = TerminalSize(rows: 10, columns: 80)
        demo.reduce(&state, .cursorMoved(.first), size: short)
        demo.reduce(&state, .cursorMoved(.pageDown), size: short)
        // Six list rows: a page moves five, keeping one row of context, and scrolls with it.
        #expect(state.current.position == ListPosition(selected: 5, top: 5))
        demo.reduce(&state, .cursorMoved(.last), size: short)
        #expect(state.current.position == ListPosition(selected: 13, top: 8))
        demo.reduce(&state, .cursorMoved(.pageUp), size: short)
        #expect(state.current.position == ListPosition(selected: 8, top: 3))
    }

    @Test func aClickSelectsTheRowUnderItAndASecondClickOpensIt() {
        var state = start
        // Row 0 is the title, row 1 the table's heading, so screen row 3 is the second address.
        demo.reduce(&state, .rowClicked(screenRow: 3))
        var expected = start
        expected.places = [Place(.home, position: ListPosition(selected: 1))]
        #expect(state == expected)

        demo.reduce(&state, .rowClicked(screenRow: 1), .rowClicked(screenRow: 9))
        #expect(state == expected)

        demo.reduce(&state, .rowClicked(screenRow: 3))
        expected.places.append(Place(.address(demo.address("Runarveien 1").id)))
        #expect(state == expected)
    }

    @Test func theWheelScrollsTheViewAndDragsTheSelectionAlong() {
        var state = start
        let short = TerminalSize(rows: 10, columns: 80)
        demo.reduce(&state, .screenChosen(.residents))
        demo.reduce(&state, .wheelScrolled(rows: 3), size: short)
        #expect(state.current.position == ListPosition(selected: 3, top: 3))
        demo.reduce(&state, .wheelScrolled(rows: 30), size: short)
        #expect(state.current.position == ListPosition(selected: 8, top: 8))
        demo.reduce(&state, .wheelScrolled(rows: -3), size: short)
        #expect(state.current.position == ListPosition(selected: 8, top: 5))
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = start
        demo.reduce(&state, .helpOpened, .helpScrolled(rows: 1))
        var expected = start
        expected.mode = .help(firstEntry: 1)
        #expect(state == expected)
        demo.reduce(&state, .helpScrolled(rows: -5))
        expected.mode = .help(firstEntry: 0)
        #expect(state == expected)
        demo.reduce(&state, .helpClosed)
        #expect(state == start)
    }

    @Test func quittingIsAnEffectForTheRunner() {
        var state = start
        #expect(demo.reduce(&state, .quitRequested) == [.quit])
        #expect(state == start)
    }
}
