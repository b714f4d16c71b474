import NaboCore
import Testing
@testable import NaboTUI

@Suite struct AppKeysTests {
    static let screens: [Screen] = [.home, .addresses, .residents, .address("a"), .unit("u"), .resident("r"), .board(PlanFacets()), .matrix(PlanFacets()),
                                    .measure("m"), .timeline("t"), .dugnad(.list), .dugnad(.one("d")), .survey(.taking("r")), .survey(.results(SurveyResultsChoice()))]

    @Test func noScreenHasAKeyThatCanNeverAct() {
        for screen in Self.screens {
            #expect(AppKeys.browsing(screen).shadowedKeys.isEmpty, "\(screen)")
        }
        #expect(AppKeys.searching.shadowedKeys.isEmpty)
        #expect(AppKeys.commandLine.shadowedKeys.isEmpty)
        #expect(AppKeys.help.shadowedKeys.isEmpty)
    }

    @Test func vimKeysAndArrowsDoTheSame() {
        let keys = AppKeys.browsing(.residents)
        #expect(keys.action(for: .character("j")) == keys.action(for: .down))
        #expect(keys.action(for: .character("k")) == keys.action(for: .up))
        #expect(keys.action(for: .character("l")) == .rowOpened)
        #expect(keys.action(for: .character("h")) == .wentBack)
        #expect(keys.action(for: .character("G")) == .cursorMoved(.last))
        #expect(keys.action(for: .ctrl("c")) == .quitRequested)
    }

    @Test func whileTypingCharactersAreTextNotCommands() {
        var state = AppState(language: .nb, isDemo: false)
        state.mode = .searching
        #expect(AppKeys.action(for: .character("q"), in: state) == .searchTyped("q"))
        #expect(AppKeys.action(for: .enter, in: state) == .searchKept)
        #expect(AppKeys.action(for: .ctrl("c"), in: state) == .quitRequested)
        state.mode = .commandLine("")
        #expect(AppKeys.action(for: .character("q"), in: state) == .commandTyped("q"))
        state.mode = .browsing
        #expect(AppKeys.action(for: .character("q"), in: state) == .quitRequested)
    }

    @Test func theMouseClicksAndScrolls() {
        var state = AppState(language: .nb, isDemo: false)
        #expect(AppKeys.action(for: .mouse(MouseEvent(row: 4, column: 10, kind: .click)), in: state) == .rowClicked(screenRow: 4))
        #expect(AppKeys.action(for: .mouse(MouseEvent(row: 4, column: 10, kind: .scrollDown)), in: state) == .wheelScrolled(rows: 3))
        state.mode = .help(firstEntry: 0)
        #expect(AppKeys.action(for: .mouse(MouseEvent(row: 4, column: 10, kind: .scrollUp)), in: state) == .helpScrolled(rows: -3))
        #expect(AppKeys.action(for: .mouse(MouseEvent(row: 4, column: 10, kind: .click)), in: state) == nil)
    }
}
