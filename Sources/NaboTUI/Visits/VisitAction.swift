/// What happens while logging visits.
public enum VisitAction: Hashable, Sendable {
    /// `v`: the form opens, with the resident on screen chosen.
    case formOpened
    case typed(Character)
    case erased
    /// Ctrl-U: the field's text is emptied, as in a shell.
    case cleared
    case nextField
    case previousField
    /// Up and down: another matching resident, or another kind of visit.
    case choiceMoved(by: Int)
    /// Enter: the next field, or on the last one, save.
    case entered
    /// Ctrl-S: save from any field.
    case saveRequested
    /// Ctrl-E in the note or what was agreed: write it in `$VISUAL`/`$EDITOR`.
    case editorRequested
    /// Esc: leave the form, or ask first when something typed would be lost.
    case leaveRequested
    /// The answer to "throw away what was typed?".
    case leaveAnswered(Bool)

    /// `t`: the timeline of the resident on screen, or the history of the unit on screen.
    case timelineOpened

    /// `i`: record what the resident on screen asked for or said.
    case inputStarted
    /// `s` on the open inputs: give the selected one its outcome.
    case answerStarted
    /// `p` on a resident: their follow-up plan.
    case planStarted

    /// `m` on a resident's visit: a measure from a defect noticed on it.
    case measureStarted
    /// `e` on a resident's visit: the visit form with the visit, to correct it.
    case editStarted
    /// `x` on a resident's visit: ask to delete it.
    case deleteStarted
    /// The key after `x`: `y` deletes the visit (the history keeps it; `u` undoes).
    case deleteAnswered(Bool)

    /// `n` on a resident: ask to log a not-at-home visit now.
    case notAtHomeStarted
    /// The key after `n`: `y`/Enter logs it, anything else does not.
    case notAtHomeAnswered(Bool)
}
