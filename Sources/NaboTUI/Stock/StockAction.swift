/// What the keys for the housing stock do: the address, unit or resident the screen is about (or
/// lists) is added, changed, deleted or moved.
public enum StockAction: Hashable, Sendable {
    /// `a`: a new address on the addresses, a new unit on an address, a new resident on a unit or the residents.
    case addStarted
    /// `e` (`E` on a resident): the record on screen in its form.
    case changeStarted
    /// `x` (`X` on a resident): ask to delete the record on screen, or say what still points at it.
    case deleteStarted
    /// The key after `x`: `y` deletes (the history keeps it; `u` undoes).
    case deleteAnswered(Bool)
    /// `f` on a resident: the move form.
    case moveStarted
}
