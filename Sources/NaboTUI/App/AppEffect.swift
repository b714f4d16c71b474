/// What the reducer asks of the world outside the state; the runner carries it out.
public enum AppEffect: Hashable, Sendable {
    case quit
    /// Load the named theme and repaint with it, then report back with `.themeApplied`.
    case applyTheme(String)
}
