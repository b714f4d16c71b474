import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The screens on the demo data, as text, at the smallest size, a roomy one and in both languages.
@Suite struct ScreenSnapshotTests {
    static let large = TerminalSize(rows: 40, columns: 120)

    let directory: Directory

    init() throws {
        directory = Directory(replica: try DemoReplica.make(), today: DemoReplica.today)
    }

    func state(_ keys: some Collection<Key>, language: Language = .nb, size: TerminalSize = .minimum) -> AppState {
        var state = AppState(language: language, isDemo: true, themeNames: ["default", "light"])
        for key in keys {
            guard let action = AppKeys.action(for: key, in: state) else { continue }
            _ = AppReducer.reduce(&state, action, directory: directory, size: size)
        }
        return state
    }

    func render(_ keys: some Collection<Key>, language: Language = .nb, size: TerminalSize = .minimum) -> ScreenBuffer {
        AppView.render(state(keys, language: language, size: size), directory: directory, size: size)
    }

    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func home() {
        assertSnapshot(render([]), named: "home-80x24-nb")
        assertSnapshot(render([], language: .en, size: Self.large), named: "home-120x40-en")
    }

    @Test func addresses() {
        assertSnapshot(render([.character("a")]), named: "addresses-80x24-nb")
        assertSnapshot(render([.character("a")], language: .en, size: Self.large), named: "addresses-120x40-en")
    }

    @Test func address() {
        assertSnapshot(render(Array(Self.toOrjan.prefix(2))), named: "address-80x24-nb")
        assertSnapshot(render(Array(Self.toOrjan.prefix(2)), language: .en, size: Self.large), named: "address-120x40-en")
    }

    @Test func unit() {
        assertSnapshot(render(Self.toOrjan.dropLast()), named: "unit-80x24-nb")
        assertSnapshot(render(Self.toOrjan.dropLast(), language: .en, size: Self.large), named: "unit-120x40-en")
    }

    /// Runarveien 1, H0101: Ørjan Ødegård, who has a visit with a note and an agreement.
    static let toOrjan: [Key] = [.character("j"), .enter, .enter, .enter]

    @Test func resident() {
        assertSnapshot(render(Self.toOrjan), named: "resident-80x24-nb")
        assertSnapshot(render(Self.toOrjan, language: .en, size: Self.large), named: "resident-120x40-en")
    }

    @Test func residentsListAlignsNamesFromEveryScript() {
        assertSnapshot(render([.character("r")]), named: "residents-80x24-nb")
        assertSnapshot(render([.character("r"), .character("j")], language: .en, size: Self.large), named: "residents-120x40-en")
    }

    @Test func searchingTheResidents() {
        assertSnapshot(render([.character("r"), .character("/")] + Self.typed("runar")), named: "residents-search-80x24-nb")
    }

    @Test func help() {
        assertSnapshot(render([.enter, .character("?")]), named: "help-address-80x24-nb")
    }

    /// The screens above in the other two pairings, so a long Norwegian word is seen at 120 columns
    /// wide and a long English one at 80: language and size vary apart.
    static let screens: [(String, [Key])] = [("home", []), ("addresses", [.character("a")]), ("address", Array(toOrjan.prefix(2))),
                                             ("unit", Array(toOrjan.dropLast())), ("resident", toOrjan), ("residents", [.character("r")])]

    @Test(arguments: [(Language.en, TerminalSize.minimum, "80x24-en"), (Language.nb, large, "120x40-nb")])
    func everyScreenInTheOtherPairings(_ language: Language, _ size: TerminalSize, _ name: String) {
        for (screen, keys) in Self.screens {
            assertSnapshot(render(keys, language: language, size: size), named: screen + "-" + name)
        }
    }

    @Test func tooSmallWindow() {
        let size = TerminalSize(rows: 20, columns: 60)
        assertSnapshot(TooSmallScreen.render(size: size, language: .nb), named: "too-small-60x20-nb")
    }
}
