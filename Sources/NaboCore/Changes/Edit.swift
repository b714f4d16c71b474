/// What a worker or a script asks to change in one record, as typed: field values as text (empty
/// clears a field), additions to and removals from set-valued fields, and sets replaced whole (the
/// visit form's "this visit was with that resident", `--replace-residents`).
public struct Edit: Hashable, Sendable {
    public var values: [String: String]
    public var additions: [String: [String]]
    public var removals: [String: [String]]
    public var replacements: [String: [String]]

    public init(values: [String: String] = [:], additions: [String: [String]] = [:], removals: [String: [String]] = [:],
                replacements: [String: [String]] = [:]) {
        self.values = values
        self.additions = additions
        self.removals = removals
        self.replacements = replacements
    }

    public var isEmpty: Bool { values.isEmpty && additions.isEmpty && removals.isEmpty && replacements.isEmpty }
}

/// A change to the data, named for what the worker did. The command line and the terminal interface
/// both go through these, so they cannot disagree about the rules.
public enum Change: Hashable, Sendable {
    case add(EntityType, Edit)
    case set(EntityType, id: String, Edit)
    case delete(EntityType, id: String)
    case restore(EntityType, id: String)
    /// Several records at once, all or nothing (demo data, a plan item at three addresses).
    case batch([Change])
}
