/// What happens while a sheet's import is previewed.
public enum ImportAction: Hashable, Sendable {
    /// The runner read and planned the sheet `:import` named.
    case previewed(ImportPreview)
    /// `j`/`y` or Enter: import it.
    case confirmed
    /// `n` or Esc: import nothing.
    case cancelled
    case scrolled(rows: Int)
}
