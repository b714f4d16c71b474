/// What the painter needs from a terminal: a place to put styled text.
///
/// Curses implements it in NaboTerminal; `RecordingTerminal` implements it in memory for tests.
public protocol TerminalOutput {
    /// The terminal's current size.
    var size: TerminalSize { get }
    /// Blanks the whole screen in the normal role, so the next paint starts from nothing.
    mutating func clear()
    /// Writes text in one role from (row, column) on. The text never contains control characters
    /// and never runs past the right edge.
    mutating func put(_ text: String, row: Int, column: Int, role: StyleRole)
    /// Shows the text cursor at a position, or hides it.
    mutating func setCursor(_ position: Position?)
    /// Makes everything written so far visible.
    mutating func flush()
}
