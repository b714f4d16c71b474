/// What a cell means, not how it looks: themes map roles to colours and attributes.
///
/// Colour is never the only signal, so a role that carries meaning (late, done, conflict, error)
/// always goes with a symbol or a word in the text itself.
public enum StyleRole: String, CaseIterable, Sendable, Codable {
    /// Ordinary text on the screen's background.
    case normal
    /// A screen's title.
    case title
    /// Column headings and section headings.
    case header
    /// The selected row or item in the focused list.
    case selection
    /// The selected row of a list that does not have the focus.
    case selectionInactive
    /// The status line at the bottom of every screen.
    case status
    /// A key name on the status line.
    case statusKey
    /// The outcome of a save, sync or other action.
    case message
    case warning
    case error
    /// Something finished: a measure done, a visit logged.
    case done
    /// Something past its date.
    case late
    /// Less important text: hints, empty placeholders, secondary dates.
    case muted
    case border
    /// The border of the pane that has the focus.
    case borderFocus
    /// The badge that says the data is demo data.
    case demo
    /// A form field.
    case input
    /// The form field that has the focus.
    case inputFocus
    /// A card on a board.
    case card
    /// The selected card on a board.
    case cardSelected
    /// Two edits that disagree and wait for a person to choose.
    case conflict
    /// Text that matches the current search.
    case match
    /// The body of an overlay such as the help.
    case overlay
    /// A key name inside an overlay.
    case overlayKey
}
