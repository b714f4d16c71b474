import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The demo directory with the clock the visit tests run at: 22.11.2026 12:00, Norwegian winter.
struct VisitTesting {
    static let now = LocalDateTime(date: DemoReplica.today, minutes: 12 * 60, offset: 60)

    let demo: DemoDirectory
    var directory: Directory { demo.directory }

    init() throws {
        demo = try DemoDirectory()
    }

    /// Reduces each action at `now` and returns the effects of the last.
    @discardableResult
    func reduce(_ state: inout AppState, _ actions: AppAction..., size: TerminalSize = .minimum) -> [AppEffect] {
        demo.reduce(&state, actions, size: size, now: Self.now)
    }

    /// Each key through the key maps, as the runner does it. A key the screen does not map (one
    /// that is only said to do nothing, or not even that) fails the test, so a test cannot pass by
    /// pressing keys that do nothing; `ignored` names keys a test presses to show that they do nothing.
    @discardableResult
    func press(_ state: inout AppState, _ keys: [Key], size: TerminalSize = .minimum, ignored: Set<Key> = [],
               sourceLocation: SourceLocation = #_sourceLocation) -> [AppEffect] {
        var effects: [AppEffect] = []
        for key in keys {
            let action = AppKeys.action(for: key, in: state)
            if action == nil || action == .unboundKeyPressed(key), !ignored.contains(key) {
                Issue.record("\(key) does nothing here", sourceLocation: sourceLocation)
            }
            guard let action else { continue }
            effects = demo.reduce(&state, [action], size: size, now: Self.now)
        }
        return effects
    }

    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The state with a resident's screen open, as from the residents list.
    func onResident(_ name: String, language: Language = .nb) -> AppState {
        var state = AppState(language: language, isDemo: true)
        state.places.append(Place(.resident(demo.resident(name).id)))
        return state
    }

    /// A form opened at `now` with nothing chosen.
    static func blankValues() -> VisitForm.Values {
        var values = VisitForm.Values()
        values.date = "22.11.2026 12:00"
        return values
    }
}
