/// What happens while the report's box is open.
public enum ReportAction: Hashable, Sendable {
    /// `f`: html or Markdown.
    case formatToggled
    /// `i`: for the office's own use (names and exact counts), or to leave it.
    case internalToggled
    /// `s`: the evaluation or the short status since the last meeting.
    case statusToggled
    /// Enter: write it into the documents folder.
    case confirmed
    /// Esc: write nothing.
    case cancelled
}
