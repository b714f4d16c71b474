/// Where keys come from: the real keyboard through curses, or a script in tests.
public protocol KeySource {
    /// The next key, waiting at most `timeoutMilliseconds` (forever when nil); nil when none came.
    mutating func nextKey(timeoutMilliseconds: Int?) -> Key?
}

/// A whole terminal: it shows screens and reads keys. The app loop needs nothing more, so it
/// runs the same against curses and against `RecordingTerminal`.
public protocol TerminalDevice: TerminalOutput, KeySource {}
