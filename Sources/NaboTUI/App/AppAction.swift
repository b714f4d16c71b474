import NaboCore

/// What happened, as the reducer hears it: keys are turned into these by each screen's key map,
/// and the runner reports the outcome of its effects the same way.
public enum AppAction: Hashable, Sendable {
    case cursorMoved(ListMove)
    /// Enter on a row: open what it stands for.
    case rowOpened
    /// Esc: drop the search filter, else return to the previous screen.
    case wentBack
    case screenChosen(Screen)
    /// A mouse click on a screen row: select the list row there, open it if it was selected.
    case rowClicked(screenRow: Int)
    case wheelScrolled(rows: Int)

    case searchStarted
    case searchTyped(Character)
    case searchErased
    /// Enter while searching: keep the filter and go back to moving through the list.
    case searchKept
    /// Esc while searching: the whole list again, the selected row kept.
    case searchCleared
    /// `n` / `N` after a search: the next or previous match, round the end of the list.
    case matchStepped(Int)

    case commandLineOpened
    case commandTyped(Character)
    case commandErased
    case commandSubmitted
    case commandCancelled

    case helpOpened
    case helpScrolled(rows: Int)
    case helpClosed
    /// A key the screen has no use for: it is said so, rather than the key seeming unread.
    case unboundKeyPressed(Key)

    case quitRequested
    /// `u`: take back the last change saved.
    case undoRequested
    /// A change was written to disk; the message says what.
    case saved(Message)
    /// A change was refused or could not be written; nothing was saved.
    case saveFailed(Message)
    /// The runner switched theme after `:theme`; `problem` says why it is not the one asked for.
    case themeApplied(name: String, problem: Message?)
    case visits(VisitAction)
    /// The runner's `$EDITOR` gave back the text asked for with `.editText`.
    case textEdited(String)
    case plan(PlanAction)
    /// The runner read a record's history for the screen showing it.
    case historyLoaded(RecordHistory)
    case dugnad(DugnadAction)
    case survey(SurveyAction)
    case stock(StockAction)
    /// The answer to the draft offered at start.
    case draft(DraftAnswer)
    case importing(ImportAction)
    case report(ReportAction)
    case person(PersonAction)
    case events(EventAction)
    case meetings(MeetingAction)
    case progress(ProgressAction)
    /// The runner's automatic sync moved on: shown on the status line, the message line kept.
    case syncShown(SyncStatus?)
    /// A sync failed; said once on the message line, and tried again.
    case syncFailed(Message)
}
