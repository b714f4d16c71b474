import NaboCore
import Testing
@testable import NaboTUI

@Suite struct AppKeysTests {
    static let screens: [Screen] = [.home, .addresses, .residents, .address("a"), .unit("u"), .resident("r"), .board(PlanFacets()), .matrix(PlanFacets()),
                                    .measure("m"), .timeline("t"), .dugnad(.list), .dugnad(.one("d")), .survey(.taking("r")), .survey(.results(SurveyResultsChoice())),
                                    .indicators, .meetings(.list), .meetings(.one("m")), .progress]

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

    /// On a screen a key of no use there is said to do nothing; in a search, on the command line, in
    /// a form, in the help and in a question every key is text or an answer and is not said so.
    @Test func aKeyThatDoesNothingOnAScreenSaysSoButTypingStaysTyping() {
        var state = AppState(language: .nb, isDemo: false)
        for screen in Self.screens {
            state.places = [Place(.home), Place(screen)]
            #expect(AppKeys.action(for: .character("§"), in: state) == .unboundKeyPressed(.character("§")), "\(screen)")
            #expect(AppKeys.action(for: .function(5), in: state) == .unboundKeyPressed(.function(5)), "\(screen)")
        }
        state.places = [Place(.home)]
        #expect(AppKeys.action(for: .character("z"), in: state) == .unboundKeyPressed(.character("z")))
        #expect(AppText.doesNothing(.character(" ")) == Message(nb: "Mellomrom gjør ingenting her; ? viser tastene.",
                                                                 en: "Space does nothing here; ? shows the keys."))
        state.mode = .searching
        #expect(AppKeys.action(for: .character("z"), in: state) == .searchTyped("z"))
        #expect(AppKeys.action(for: .function(5), in: state) == nil)
        state.mode = .commandLine("")
        #expect(AppKeys.action(for: .character("z"), in: state) == .commandTyped("z"))
        state.mode = .help(firstEntry: 0)
        #expect(AppKeys.action(for: .character("z"), in: state) == nil)
        state.mode = .browsing
        state.recordForm = RecordForm(purpose: .dugnad(nil), values: [:])
        #expect(AppKeys.action(for: .character("z"), in: state) == .visits(.typed("z")))
        #expect(AppKeys.action(for: .function(5), in: state) == nil)
    }

    @Test func saidToDoNothingTheKeyChangesNothingButTheMessage() throws {
        let demo = try DemoDirectory()
        var state = AppState(language: .en, isDemo: true)
        state.places.append(Place(.dugnad(.list)))
        var expected = state
        demo.reduce(&state, .unboundKeyPressed(.character("z")))
        expected.message = StatusMessage(.info, Message(nb: "z gjør ingenting her; ? viser tastene.", en: "z does nothing here; ? shows the keys."))
        #expect(state == expected)
        demo.reduce(&state, .cursorMoved(.down))
        expected.message = nil
        expected.places[1].position = ListPosition(selected: 1)
        #expect(state == expected)
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
