/// What the board, the matrix and a measure's screen do beyond moving through a list.
public enum PlanAction: Hashable, Sendable {
    /// `b`: the board, with the matrix's filters when coming from it.
    case boardChosen
    /// `m`: the matrix, with the board's filters when coming from it.
    case matrixChosen
    /// h/l: to the next column with a card (board) or a cell (matrix) in that direction.
    case columnMoved(Int)
    /// `<`/`>`: the selected measure one status back or forward.
    case cardMoved(Int)
    case facetStepped(PlanFacets.Kind)
    case lateToggled
    case facetsCleared
    /// A digit on a measure with a conflict: that value (1 is the first shown) is written again.
    case alternativeChosen(Int)
    /// `M` on the board, the matrix, an address or a unit: a new measure, with what the screen says of it.
    case measureStarted
    /// `e` on a measure: every field of it in the form.
    case measureChangeStarted
}
