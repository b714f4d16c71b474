import NaboCore
import Testing
@testable import NaboTUI

/// `/` searches the list on screen as the user types.
@Suite struct ReducerSearchTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    func residents(_ names: String...) -> [Int] {
        names.map(demo.residentIndex)
    }

    @Test func typingNarrowsTheListEnterKeepsItEscClearsItKeepingTheSelectedResident() {
        var state = AppState(language: .en, isDemo: false)
        demo.reduce(&state, .screenChosen(.residents), .cursorMoved(.down), .searchStarted)
        var expected = state
        expected.mode = .searching
        expected.current.filter = ListFilter(query: "", matches: demo.directory.allResidents)
        #expect(state == expected)

        demo.reduce(&state, .searchTyped("h"), .searchTyped("0"), .searchTyped("1"), .searchTyped("0"), .searchTyped("4"))
        expected.current.filter = ListFilter(query: "h0104", matches: residents("Leif Åsheim", "Sigrid Lunde", "张伟"))
        expected.current.position = ListPosition()
        #expect(state == expected)

        demo.reduce(&state, .searchTyped(" "), .searchTyped("r"), .searchTyped("u"))
        expected.current.filter = ListFilter(query: "h0104 ru", matches: residents("Leif Åsheim", "张伟"))
        #expect(state == expected)

        demo.reduce(&state, .searchErased, .searchErased, .searchErased)
        expected.current.filter = ListFilter(query: "h0104", matches: residents("Leif Åsheim", "Sigrid Lunde", "张伟"))
        #expect(state == expected)

        demo.reduce(&state, .searchKept, .cursorMoved(.last))
        expected.mode = .browsing
        expected.current.position = ListPosition(selected: 2)
        #expect(state == expected)

        demo.reduce(&state, .wentBack)
        expected.current.filter = nil
        expected.current.position = ListPosition(selected: demo.residentIndex("张伟"))
        #expect(state == expected)
    }

    @Test func namesAreFoundWithoutTheirAccentsAndLetters() {
        var state = AppState(language: .nb, isDemo: false)
        demo.reduce(&state, .screenChosen(.residents), .searchStarted)
        for character in "nguyen" { demo.reduce(&state, .searchTyped(character)) }
        #expect(state.current.filter?.matches == residents("Nguyễn Thị Minh Khai"))

        demo.reduce(&state, .searchCleared, .searchStarted)
        for character in "ODEGARD" { demo.reduce(&state, .searchTyped(character)) }
        #expect(state.current.filter?.matches == residents("Ørjan Ødegård"))

        demo.reduce(&state, .searchCleared, .searchStarted)
        for character in "åsheim" { demo.reduce(&state, .searchTyped(character)) }
        #expect(state.current.filter?.matches == residents("Leif Åsheim"))
    }

    @Test func escWhileTypingBringsBackTheWholeListAndTheSelection() {
        var state = AppState(language: .nb, isDemo: false)
        demo.reduce(&state, .screenChosen(.residents), .cursorMoved(.down), .cursorMoved(.down))
        let before = state
        demo.reduce(&state, .searchStarted, .searchTyped("q"), .searchCleared)
        // Nothing matched, so nothing was selected to keep: the list starts at the top.
        var expected = before
        expected.current.position = ListPosition()
        #expect(state == expected)

        demo.reduce(&state, .cursorMoved(.down), .searchStarted, .searchCleared)
        expected.current.position = ListPosition(selected: 1)
        #expect(state == expected)
    }

    @Test func anEmptySearchKeptIsNoSearch() {
        var state = AppState(language: .nb, isDemo: false)
        demo.reduce(&state, .searchStarted, .searchTyped(" "), .searchKept)
        #expect(state == AppState(language: .nb, isDemo: false))
    }

    @Test func eachScreenSearchesItsOwnList() {
        var state = AppState(language: .nb, isDemo: false)
        demo.reduce(&state, .searchStarted, .searchTyped("3"), .searchTyped("2"), .searchTyped("2"))
        #expect(state.current.filter?.matches.map { demo.directory.addresses[$0].title } == ["Midtåsveien 22"])

        demo.reduce(&state, .searchKept, .rowOpened, .searchStarted)
        for character in "aisha" { demo.reduce(&state, .searchTyped(character)) }
        #expect(state.current.filter?.matches.map { demo.directory.units[$0].number } == ["H0102"])

        demo.reduce(&state, .searchKept, .rowOpened, .rowOpened, .searchStarted)
        #expect(state.current.filter?.matches.count == demo.directory.visits(of: demo.resident("Aisha Bello").id).count)
    }

    @Test func visitsAreSearchedByTheirNotes() {
        var state = AppState(language: .nb, isDemo: false)
        demo.reduce(&state, .cursorMoved(.down), .rowOpened, .rowOpened, .rowOpened, .searchStarted)
        for character in "byggdrift" { demo.reduce(&state, .searchTyped(character)) }
        // Two of the twelve notes that come round in turn name Byggdrift, and Ørjan had each twice.
        #expect(state.current.filter?.matches.count == 4)
        demo.reduce(&state, .searchTyped("x"))
        #expect(state.current.filter?.matches == [])
    }
}
