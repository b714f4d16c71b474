import NaboCore
import Testing
@testable import NaboTUI

/// The `:` command line.
@Suite struct ReducerCommandTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    func run(_ text: String, on state: inout AppState) -> [AppEffect] {
        demo.reduce(&state, .commandLineOpened)
        for character in text { demo.reduce(&state, .commandTyped(character)) }
        return demo.reduce(&state, .commandSubmitted)
    }

    var start: AppState { AppState(language: .nb, isDemo: false, themeNames: ["default", "light"]) }

    @Test func typingShowsOnTheCommandLineAndBackspaceOnEmptyLeavesIt() {
        var state = start
        demo.reduce(&state, .commandLineOpened, .commandTyped("q"), .commandTyped("x"), .commandErased)
        var expected = start
        expected.mode = .commandLine("q")
        #expect(state == expected)
        demo.reduce(&state, .commandErased, .commandErased)
        #expect(state == start)
    }

    @Test func languageSwitchesAndSaysSoInTheNewLanguage() {
        var state = start
        #expect(run("lang en", on: &state) == [])
        var expected = start
        expected.language = .en
        expected.message = StatusMessage(.success, Message(nb: "Språket er nå bokmål.", en: "The language is now English."))
        #expect(state == expected)
    }

    @Test func screensCanBeReachedByName() {
        var state = start
        _ = run("beboere", on: &state)
        #expect(state.places == [Place(.home), Place(.residents)])
        // As a key does: on top of where the worker was, so Esc goes back there.
        _ = run("addresses", on: &state)
        #expect(state.places == [Place(.home), Place(.residents), Place(.addresses)])
        _ = run("hjem", on: &state)
        #expect(state.places == [Place(.home)])
    }

    @Test func themesAreListedAndChosenThroughTheRunner() {
        var state = start
        #expect(run("tema", on: &state) == [])
        #expect(state.message == StatusMessage(.info, Message(
            nb: "Fargetemaer: default, light. Velg med :tema NAVN.", en: "Colour themes: default, light. Choose with :theme NAME.")))
        #expect(run("theme light", on: &state) == [.applyTheme("light")])
        #expect(state.message == nil)
        demo.reduce(&state, .themeApplied(name: "light", problem: nil))
        #expect(state.message?.kind == .success)
        let problem = Message(nb: "Fant ikke fargetemaet «x».", en: "No colour theme named “x”.")
        demo.reduce(&state, .themeApplied(name: "default", problem: problem))
        #expect(state.message == StatusMessage(.warning, problem))
    }

    @Test func quitHelpAndMistakes() {
        var state = start
        #expect(run("q", on: &state) == [.quit])
        _ = run("hjelp", on: &state)
        #expect(state.mode == .help(firstEntry: 0))
        state = start
        _ = run("lang fr", on: &state)
        #expect(state.message == StatusMessage(.error, Message(nb: "Skriv :språk nb eller :språk en.", en: "Type :lang nb or :lang en.")))
        _ = run("frobnicate", on: &state)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.en.hasPrefix("Unknown command “frobnicate”.") == true)
        // The next key clears the message.
        demo.reduce(&state, .cursorMoved(.down))
        #expect(state.message == nil)
    }
}
