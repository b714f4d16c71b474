/// What a worker does about a resident's rights from the resident's screen.
public enum PersonAction: Hashable, Sendable {
    /// `P`: write everything Nabo holds about the resident to a file, for an answer to innsyn.
    case exportRequested
}
