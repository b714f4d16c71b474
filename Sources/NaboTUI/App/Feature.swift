import NaboCore

/// The features an action is routed to, and a save's outcome goes back to.
public enum FeatureID: Hashable, Sendable {
    case browsing, visits, recordForm, plan, dugnad, survey, stock, importing, person, events, meetings, progress, report
}

/// What the runner says about a save or an export a feature asked for.
enum SaveOutcome {
    case saved(Message)
    case refused(Message)
}

/// A feature's reducer: its own state, the shell it may move, and its own actions. The root makes
/// one for each action routed to it and keeps what it changed (see `Root.scope`).
protocol Feature {
    associatedtype State
    static var id: FeatureID { get }
    /// Where the feature's own state is kept in the whole state.
    static var state: WritableKeyPath<AppState, State> { get }
    init(_ own: State, shell: Shell)
    var own: State { get }
    var shell: Shell { get set }
    /// The runner's report on the save this feature asked for; the message line already says it.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect]
}

extension Feature {
    var directory: Directory { shell.directory }
    var language: Language { shell.language }
    var now: LocalDateTime { shell.now }
    var layout: Layout { shell.layout }

    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] { [] }
}

extension AppState {
    /// The own state of a feature that keeps all of its state in the shell: the plan's facets and
    /// selection are its screen's place, the record form is the one shown over the screen.
    var noState: Void {
        get { () }
        set {}
    }
}
