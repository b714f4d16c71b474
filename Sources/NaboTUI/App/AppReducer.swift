import NaboCore

/// The one place the interface's state changes: an action in, the new state and the effects the
/// runner must carry out. Pure, so tests state the whole change an action makes.
public enum AppReducer {
    /// `size` is the terminal's, because a page and a click depend on what is on screen. `now` is
    /// the runner's clock, which a new visit starts from; without it, the directory's day.
    public static func reduce(_ state: inout AppState, _ action: AppAction, directory: Directory, size: TerminalSize,
                              now: LocalDateTime? = nil) -> [AppEffect] {
        var root = Root(state: state, directory: directory, layout: Layout(size), now: now ?? LocalDateTime(date: directory.today))
        let effects = root.apply(action)
        state = root.state
        return effects
    }
}

/// One reduction at the root. It only routes: each action to the feature that owns it, and a
/// save's outcome to the feature that asked for it; what is app-wide (quit, undo, the theme, the
/// history read for the screen) it passes on as it is.
struct Root {
    var state: AppState
    let directory: Directory
    let layout: Layout
    let now: LocalDateTime

    mutating func apply(_ action: AppAction) -> [AppEffect] {
        switch action {
        case .themeApplied, .syncShown: break
        default: state.message = nil
        }
        if let effects = scope(PlanFeature.self, { $0.browse(action) }) {
            return effects
        }
        switch action {
        case .cursorMoved, .rowOpened, .wentBack, .screenChosen, .rowClicked, .wheelScrolled, .searchStarted, .searchTyped, .searchErased,
             .searchKept, .searchCleared, .matchStepped, .commandLineOpened, .commandTyped, .commandErased, .commandSubmitted, .commandCancelled,
             .helpOpened, .helpScrolled, .helpClosed, .unboundKeyPressed:
            return scope(Browsing.self) { $0.reduce(action) }
        case .quitRequested:
            return [.quit]
        case .undoRequested:
            return [.undo]
        case .saved(let message):
            state.message = StatusMessage(.success, message)
            return report(.saved(message))
        case .saveFailed(let message):
            state.message = StatusMessage(.error, message)
            return report(.refused(message))
        case .syncShown(let status):
            state.sync = status
            return []
        case .syncFailed(let problem):
            state.message = StatusMessage(.error, problem)
            return []
        case .themeApplied(let name, let problem):
            state.message = problem.map { StatusMessage(.warning, $0) } ?? StatusMessage(.success, AppText.themeChosen(name))
        case .historyLoaded(let history):
            state.history = history
        case .visits(let action) where state.recordForm != nil && action.isFormKey:
            return scope(RecordFormFeature.self) { $0.reduce(action) }
        case .visits(let action):
            return scope(VisitFeature.self) { $0.reduce(action) }
        case .textEdited(let text) where state.recordForm != nil:
            return scope(RecordFormFeature.self) { $0.textEdited(text) }
        case .textEdited(let text):
            return scope(VisitFeature.self) { $0.textEdited(text) }
        case .plan(let action):
            return scope(PlanFeature.self) { $0.reduce(action) }
        case .dugnad(let action):
            return scope(DugnadFeature.self) { $0.reduce(action) }
        case .survey(let action):
            return scope(SurveyFeature.self) { $0.reduce(action) }
        case .stock(let action):
            return scope(StockFeature.self) { $0.reduce(action) }
        case .draft(let answer):
            DraftOffer.answer(&state, answer, directory: directory)
        case .importing(let action):
            return scope(ImportFeature.self) { $0.reduce(action) }
        case .report(let action):
            return scope(ReportFeature.self) { $0.reduce(action) }
        case .person(let action):
            return scope(PersonFeature.self) { $0.reduce(action) }
        case .events(let action):
            return scope(EventFeature.self) { $0.reduce(action) }
        case .meetings(let action):
            return scope(MeetingFeature.self) { $0.reduce(action) }
        case .progress(let action):
            return scope(ProgressFeature.self) { $0.reduce(action) }
        }
        return []
    }

    /// The feature's own state and the shell, changed by `run` and kept; a feature that hands the
    /// runner a save hears its outcome.
    mutating func scope<F: Feature>(_ feature: F.Type, _ run: (inout F) -> [AppEffect]?) -> [AppEffect]? {
        var reducer = F(state[keyPath: F.state], shell: Shell(state, directory: directory, layout: layout, now: now))
        guard let effects = run(&reducer) else { return nil }
        state[keyPath: F.state] = reducer.own
        reducer.shell.write(into: &state)
        if effects.contains(where: \.reportsOutcome) { state.awaitingSave = F.id }
        return effects
    }

    mutating func scope<F: Feature>(_ feature: F.Type, _ run: (inout F) -> [AppEffect]) -> [AppEffect] {
        scope(feature) { (reducer: inout F) -> [AppEffect]? in run(&reducer) } ?? []
    }

    /// A save's outcome, to the feature that asked for it.
    mutating func report(_ outcome: SaveOutcome) -> [AppEffect] {
        guard let asked = state.awaitingSave else { return [] }
        state.awaitingSave = nil
        return switch asked {
        case .browsing: scope(Browsing.self) { $0.saveReported(outcome) }
        case .visits: scope(VisitFeature.self) { $0.saveReported(outcome) }
        case .recordForm: scope(RecordFormFeature.self) { $0.saveReported(outcome) }
        case .plan: scope(PlanFeature.self) { $0.saveReported(outcome) }
        case .dugnad: scope(DugnadFeature.self) { $0.saveReported(outcome) }
        case .survey: scope(SurveyFeature.self) { $0.saveReported(outcome) }
        case .stock: scope(StockFeature.self) { $0.saveReported(outcome) }
        case .importing: scope(ImportFeature.self) { $0.saveReported(outcome) }
        case .person: scope(PersonFeature.self) { $0.saveReported(outcome) }
        case .events: scope(EventFeature.self) { $0.saveReported(outcome) }
        case .meetings: scope(MeetingFeature.self) { $0.saveReported(outcome) }
        case .progress: scope(ProgressFeature.self) { $0.saveReported(outcome) }
        case .report: scope(ReportFeature.self) { $0.saveReported(outcome) }
        }
    }
}

extension AppEffect {
    /// The runner answers it with `.saved` or `.saveFailed`.
    var reportsOutcome: Bool {
        switch self {
        case .save, .exportDugnad, .undo, .importSheet, .exportPerson, .erasePerson, .writeReport: true
        case .quit, .applyTheme, .editText, .loadHistory, .previewImport, .sync: false
        }
    }
}
