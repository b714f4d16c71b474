import NaboCore

/// One screen's keys: which key leads to which action, and the help for each.
///
/// The first binding that lists a key wins, so a screen's map can be put in front of the keys
/// every screen shares.
public struct KeyMap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// This map's bindings first, then `other`'s.
    public func followed(by other: KeyMap<Action>) -> KeyMap<Action> {
        KeyMap(bindings + other.bindings)
    }

    /// The bindings the status line shows.
    public var mainBindings: [KeyBinding<Action>] {
        bindings.filter { $0.status != nil }
    }

    /// Keys listed by more than one binding, of which only the first can ever act: a test of each
    /// screen's map expects none.
    public var shadowedKeys: [Key] {
        var seen: Set<Key> = []
        var shadowed: [Key] = []
        for key in bindings.flatMap(\.keys) {
            if !seen.insert(key).inserted, !shadowed.contains(key) {
                shadowed.append(key)
            }
        }
        return shadowed
    }
}
