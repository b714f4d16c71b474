/// What the keys currently go to.
public enum InputMode: Hashable, Sendable {
    /// Moving through the screen.
    case browsing
    /// Typing a search: characters go to the current list's filter.
    case searching
    /// Typing a command after `:`.
    case commandLine(String)
    /// The `?` help is open, scrolled to an entry.
    case help(firstEntry: Int)
}
