/// What a worker does about a resident's rights from the resident's screen.
public enum PersonAction: Hashable, Sendable {
    /// `P`: write everything Nabo holds about the resident to a file, for an answer to innsyn.
    case exportRequested
    /// `Z`: erase the resident for good, after their name is typed to confirm.
    case eraseStarted
}
