import NaboCore

/// The key maps: one per screen for moving around, and one each for typing a search, typing a
/// command and reading the help. The `?` help lists the current map; the status line shows its
/// bindings that have a status word.
public enum AppKeys {
    /// The keys of a screen: its own first, then those every screen shares.
    public static func browsing(_ screen: Screen) -> KeyMap<AppAction> {
        if case .survey(.taking) = screen { return SurveyKeys.statement }
        let screenKeys = own(screen), stock = StockKeys.own(screen)
        let taken = screenKeys.followed(by: stock)
        // The stock's and the visit keys come after the shared ones so that on a narrow status line
        // `?` and `q` keep their place.
        return screenKeys.followed(by: shared).followed(by: stock).followed(by: matchSteps(besides: taken))
            .followed(by: VisitKeys.everywhere(besides: taken))
    }

    /// The map the keys go through in the state's mode.
    public static func map(for state: AppState) -> KeyMap<AppAction> {
        if state.offeredDraft != nil { return DraftKeys.offer }
        if state.importPreview != nil { return ImportKeys.preview }
        if state.reportOrder != nil { return ReportKeys.order }
        if state.isFormOpen { return VisitKeys.form }
        return switch state.mode {
        case .browsing: state.survey.map { SurveyKeys.map(for: $0, language: state.language) } ?? browsing(state.current.screen)
        case .searching: searching
        case .commandLine: commandLine
        case .help: help
        }
    }

    /// The action a key stands for in the current state; on a screen, a key it has no use for is
    /// `unboundKeyPressed`, so the worker is told. nil for keys that do nothing and are not said to:
    /// in a form, a search, the command line, the help or a question every key is text or an answer.
    /// While typing, characters are text; the mouse acts where the terminal reports it.
    public static func action(for key: Key, in state: AppState) -> AppAction? {
        if state.offeredDraft != nil { return DraftKeys.offer.action(for: key) }
        if state.importPreview != nil { return ImportKeys.preview.action(for: key) }
        if state.reportOrder != nil { return ReportKeys.order.action(for: key) }
        if let action = VisitKeys.action(for: key, in: state) { return action }
        if case .mouse(let event) = key {
            return mouseAction(event, in: state)
        }
        if let typed = SurveyKeys.typed(key, in: state) { return typed }
        switch (state.mode, key) {
        case (.searching, .character(let character)): return .searchTyped(character)
        case (.commandLine, .character(let character)): return .commandTyped(character)
        case (.browsing, _) where !state.isFormOpen: return map(for: state).action(for: key) ?? .unboundKeyPressed(key)
        default: return map(for: state).action(for: key)
        }
    }

    static func mouseAction(_ event: MouseEvent, in state: AppState) -> AppAction? {
        let isHelp = if case .help = state.mode { true } else { false }
        switch event.kind {
        case .click: return state.mode == .browsing ? .rowClicked(screenRow: event.row) : nil
        case .scrollUp: return isHelp ? .helpScrolled(rows: -3) : .wheelScrolled(rows: -3)
        case .scrollDown: return isHelp ? .helpScrolled(rows: 3) : .wheelScrolled(rows: 3)
        }
    }

    /// Each screen's own keys, from the feature the screen belongs to.
    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        switch screen {
        case .home: HomeKeys.home
        case .addresses, .residents, .address, .unit, .inputs, .history, .resident: RecordKeys.own(screen)
        case .due, .week, .timeline: VisitKeys.own(screen)
        case .board, .matrix, .measure: PlanKeys.own(screen)
        case .survey(let screen): SurveyKeys.own(screen)
        case .dugnad(let screen): DugnadKeys.own(screen)
        case .indicators: IndicatorKeys.own
        case .meetings(let screen): MeetingKeys.own(screen)
        case .progress: ProgressKeys.own
        }
    }

    /// The keys that lead to the lists every screen reaches, unlisted where a screen has its own.
    static let elsewhere = KeyMap<AppAction>([residentsKey.unlisted, addressesKey.unlisted, homeKey])

    /// The same, less the keys a screen takes for its own work (`a` adds on an address or a unit).
    static func elsewhere(besides taken: Set<Key>) -> KeyMap<AppAction> {
        KeyMap(elsewhere.bindings.filter { $0.keys.allSatisfy { !taken.contains($0) } })
    }

    /// Enter opens what the row shows, with the words for it. A record's screen lists it
    /// `unlisted`: its breadcrumb is long and the selection marker already invites Enter, so the
    /// status line keeps its room for Esc, search, help and quit.
    static func open(_ help: Message) -> KeyBinding<AppAction> {
        KeyBinding([.enter, .character("l"), .right], .rowOpened, help: help, status: AppText.statusOpen)
    }

    /// Home has nowhere to go back to, so there Esc only clears a search and is not advertised.
    static let back = KeyBinding<AppAction>([.escape, .character("h"), .left], .wentBack, help: AppText.helpBack, status: AppText.statusBack)

    static let residentsKey = KeyBinding<AppAction>([.character("r")], .screenChosen(.residents), help: AppText.helpResidents,
                                                   status: AppText.statusResidents)

    static let addressesKey = KeyBinding<AppAction>([.character("a")], .screenChosen(.addresses), help: AppText.helpAddresses,
                                                   status: AppText.statusAddresses)

    static let homeKey = KeyBinding<AppAction>([.character("H")], .screenChosen(.home), help: AppText.helpHome)

    static let quit = KeyBinding<AppAction>([.character("q"), .ctrl("c")], .quitRequested, help: AppText.helpQuit, status: AppText.statusQuit)

    static let shared = KeyMap<AppAction>([
        KeyBinding([.down, .character("j")], .cursorMoved(.down), help: AppText.helpDown),
        KeyBinding([.up, .character("k")], .cursorMoved(.up), help: AppText.helpUp),
        KeyBinding([.pageDown, .ctrl("f")], .cursorMoved(.pageDown), help: AppText.helpPageDown),
        KeyBinding([.pageUp, .ctrl("b")], .cursorMoved(.pageUp), help: AppText.helpPageUp),
        KeyBinding([.character("g"), .home], .cursorMoved(.first), help: AppText.helpFirst),
        KeyBinding([.character("G"), .end], .cursorMoved(.last), help: AppText.helpLast),
        KeyBinding([.character("/")], .searchStarted, help: AppText.helpSearch, status: AppText.statusSearch),
        KeyBinding([.character(":")], .commandLineOpened, help: AppText.helpCommandLine),
        KeyBinding([.character("?"), .function(1)], .helpOpened, help: AppText.helpHelp, status: AppText.statusHelp),
        KeyBinding([.character("u")], .undoRequested, help: AppText.helpUndo),
        PlanKeys.board,
        PlanKeys.matrix,
        DugnadKeys.listKey,
        SurveyKeys.resultsKey,
        IndicatorKeys.screenKey,
        MeetingKeys.screenKey,
        ProgressKeys.screenKey,
        quit,
    ])

    /// `n` and `N` step through a search's matches, on the screens that do not use them for their
    /// own work (on a dugnad `n` writes what was done).
    static func matchSteps(besides own: KeyMap<AppAction>) -> KeyMap<AppAction> {
        let taken = Set(own.bindings.flatMap(\.keys))
        return KeyMap([
            KeyBinding([.character("n")], .matchStepped(1), help: AppText.helpNextMatch),
            KeyBinding([.character("N")], .matchStepped(-1), help: AppText.helpPreviousMatch),
        ].filter { $0.keys.allSatisfy { !taken.contains($0) } })
    }

    static let searching = KeyMap<AppAction>([
        KeyBinding([.enter], .searchKept, help: AppText.helpSearchKeep, status: AppText.statusKeep),
        KeyBinding([.escape], .searchCleared, help: AppText.helpSearchClear, status: AppText.statusClear),
        KeyBinding([.backspace], .searchErased, help: AppText.helpErase),
        KeyBinding([.down], .cursorMoved(.down), help: AppText.helpDown),
        KeyBinding([.up], .cursorMoved(.up), help: AppText.helpUp),
        KeyBinding([.ctrl("c")], .quitRequested, help: AppText.helpQuit),
    ])

    static let commandLine = KeyMap<AppAction>([
        KeyBinding([.enter], .commandSubmitted, help: AppText.helpCommandRun, status: AppText.statusRun),
        KeyBinding([.escape], .commandCancelled, help: AppText.helpCommandCancel, status: AppText.statusCancel),
        KeyBinding([.backspace], .commandErased, help: AppText.helpErase),
        KeyBinding([.ctrl("c")], .quitRequested, help: AppText.helpQuit),
    ])

    static let help = KeyMap<AppAction>([
        KeyBinding([.escape, .character("?"), .character("q"), .function(1)], .helpClosed, help: AppText.helpClose, status: AppText.statusClose),
        KeyBinding([.down, .character("j")], .helpScrolled(rows: 1), help: AppText.helpDown),
        KeyBinding([.up, .character("k")], .helpScrolled(rows: -1), help: AppText.helpUp),
        KeyBinding([.pageDown], .helpScrolled(rows: 10), help: AppText.helpPageDown),
        KeyBinding([.pageUp], .helpScrolled(rows: -10), help: AppText.helpPageUp),
        KeyBinding([.ctrl("c")], .quitRequested, help: AppText.helpQuit),
    ])
}
