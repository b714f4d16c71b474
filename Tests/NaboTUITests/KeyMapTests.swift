import NaboCore
import Testing
@testable import NaboTUI

@Suite struct KeyMapTests {
    enum Action: Sendable, Equatable {
        case moveDown, moveUp, open, back, quit, help, search
    }

    static let screenKeys = KeyMap<Action>([
        KeyBinding([.down, .character("j")], .moveDown, help: Message(nb: "Neste besøk", en: "Next visit")),
        KeyBinding([.up, .character("k")], .moveUp, help: Message(nb: "Forrige besøk", en: "Previous visit")),
        KeyBinding([.enter], .open, help: Message(nb: "Åpne besøket", en: "Open the visit"), status: Message(nb: "åpne", en: "open")),
        KeyBinding([.character("/")], .search, help: Message(nb: "Søk mens du skriver", en: "Search as you type"), status: Message(nb: "søk", en: "search")),
    ])

    static let sharedKeys = KeyMap<Action>([
        KeyBinding([.escape], .back, help: Message(nb: "Tilbake", en: "Back"), status: Message(nb: "tilbake", en: "back")),
        KeyBinding([.character("?")], .help, help: Message(nb: "Vis tastene", en: "Show the keys"), status: Message(nb: "hjelp", en: "help")),
        KeyBinding([.character("q"), .ctrl("c")], .quit, help: Message(nb: "Avslutt", en: "Quit"), status: Message(nb: "avslutt", en: "quit")),
    ])

    static let keys = screenKeys.followed(by: sharedKeys)

    @Test func findsTheActionForAnyOfItsKeys() {
        #expect(Self.keys.action(for: .character("j")) == .moveDown)
        #expect(Self.keys.action(for: .down) == .moveDown)
        #expect(Self.keys.action(for: .ctrl("c")) == .quit)
        #expect(Self.keys.action(for: .character("x")) == nil)
    }

    @Test func theFirstBindingOfAKeyWinsAndShadowingIsReported() {
        let overridden = KeyMap<Action>([KeyBinding([.escape], .quit, help: Message(nb: "Avslutt", en: "Quit"))]).followed(by: Self.sharedKeys)
        #expect(overridden.action(for: .escape) == .quit)
        #expect(overridden.shadowedKeys == [.escape])
        #expect(Self.keys.shadowedKeys.isEmpty)
    }

    @Test func mainBindingsAreTheOnesWithAStatusWord() {
        #expect(Self.keys.mainBindings.map(\.action) == [.open, .search, .back, .help, .quit])
        #expect(Self.keys.bindings[0].keyLabel(.en) == "↓/j")
    }

    @Test func helpOverlaySnapshot() {
        var screen = ScreenBuffer(size: .minimum)
        screen.put("Besøk", row: 0, column: 0, role: .title)
        HelpOverlay(screenName: Message(nb: "Besøk", en: "Visits"), keyMap: Self.keys, language: .nb).draw(into: &screen, language: .nb)
        assertSnapshot(screen, named: "help-overlay-nb")
    }

    @Test func everythingInTheHelpKeepsTheOverlaysBackground() {
        var screen = ScreenBuffer(size: .minimum)
        HelpOverlay(screenName: Message(nb: "Besøk", en: "Visits"), keyMap: Self.keys, language: .en).draw(into: &screen, language: .en)
        var roles: Set<StyleRole> = []
        for row in 0..<screen.size.rows {
            for column in 0..<screen.size.columns {
                roles.insert(screen[row, column].role)
            }
        }
        #expect(roles == [.normal, .overlay, .overlayKey])
    }

    @Test func helpOverlayTooLongForTheScreenSaysHowManyMore() {
        var screen = ScreenBuffer(rows: 8, columns: 40)
        HelpOverlay(screenName: Message(nb: "Besøk", en: "Visits"), keyMap: Self.keys, language: .en).draw(into: &screen, language: .en)
        assertSnapshot(screen, named: "help-overlay-en-short")
    }

    @Test func statusLineSnapshots() {
        var wide = ScreenBuffer(rows: 1, columns: 80)
        StatusLine(location: "Besøk › Storgata 3", keyMap: Self.keys, language: .nb, badge: "DEMO").draw(into: &wide, row: 0)
        assertSnapshot(wide, named: "status-line-80")
        #expect(wide[0, 0].role == .demo)
        #expect(wide[0, 79].role == .status)

        var narrow = ScreenBuffer(rows: 1, columns: 40)
        StatusLine(location: "Visits › Storgata 3", keyMap: Self.keys, language: .en).draw(into: &narrow, row: 0)
        assertSnapshot(narrow, named: "status-line-40")
    }

    @Test func statusMessagesCarryASymbolBesidesTheirColour() {
        var screen = ScreenBuffer(rows: 1, columns: 30)
        let saved = StatusMessage(.success, Message(nb: "Besøket er lagret.", en: "The visit is saved."))
        saved.draw(into: &screen, row: 0, language: .nb)
        #expect(screen.text == " ✓ Besøket er lagret.")
        #expect(screen[0, 29].role == .done)
        #expect(StatusMessage(.error, saved.text).role == .error)
        #expect(Set([StatusMessage.Kind.info, .success, .warning, .error].map { StatusMessage($0, saved.text).symbol }).count == 4)
    }
}
