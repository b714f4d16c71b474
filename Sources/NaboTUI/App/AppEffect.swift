import NaboCore

/// What the reducer asks of the world outside the state; the runner carries it out.
public enum AppEffect: Hashable, Sendable {
    case quit
    /// Load the named theme and repaint with it, then report back with `.themeApplied`.
    case applyTheme(String)
    /// Check and save a change to the data, then report back with `.saved` or `.saveFailed`;
    /// `done` is what the message line says when it worked.
    case save(Change, done: Message)
    /// Undo the last change saved in this session (as a new change, so history keeps both).
    case undo
    /// Let the user write this text in `$VISUAL`/`$EDITOR`, then report back with `.textEdited`.
    case editText(String)
    /// Read a record's history from the store, then report back with `.historyLoaded`.
    case loadHistory(type: String, id: String)
    /// Write this dugnad (id) as this file into the documents folder, then report back with
    /// `.saved` (saying where) or `.saveFailed`.
    case exportDugnad(String, DugnadExport)
    /// Read and plan this sheet as `nabo import --dry-run` does, keep its rows, and report back with
    /// `.importing(.previewed)` or `.saveFailed`.
    case previewImport(path: String)
    /// Import the sheet previewed from this path, then report back with `.saved` or `.saveFailed`.
    case importSheet(path: String)
    /// Write this resident's innsyn document into the documents folder, then report back with
    /// `.saved` (saying where) or `.saveFailed`.
    case exportPerson(String)
    /// Write this report into the documents folder, then report back with `.saved` (saying where)
    /// or `.saveFailed`.
    case writeReport(ReportRequest)
    /// Erase this resident (id) for good, for this reason, then report back with `.saved` or `.saveFailed`.
    case erasePerson(String, reason: String)
    /// Sync now with this folder, named from now on (`:sync FOLDER`), or with the named one; the
    /// runner reports with `.syncShown` and, when it fails, `.syncFailed`.
    case sync(folder: String?)
}
