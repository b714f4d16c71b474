import NaboCore

/// The one place the interface's state changes: an action in, the new state and the effects the
/// runner must carry out. Pure, so tests state the whole change an action makes.
public enum AppReducer {
    /// `size` is the terminal's, because a page and a click depend on what is on screen. `now` is
    /// the runner's clock, which a new visit starts from; without it, the directory's day.
    public static func reduce(_ state: inout AppState, _ action: AppAction, directory: Directory, size: TerminalSize,
                              now: LocalDateTime? = nil) -> [AppEffect] {
        var step = Step(state: state, directory: directory, layout: Layout(size), now: now ?? LocalDateTime(date: directory.today))
        let effects = step.apply(action)
        state = step.state
        return effects
    }
}

/// One reduction, with the directory and layout it is made against.
struct Step {
    var state: AppState
    let directory: Directory
    let layout: Layout
    let now: LocalDateTime

    mutating func apply(_ action: AppAction) -> [AppEffect] {
        if case .themeApplied = action {} else {
            state.message = nil
        }
        if let effects = applyOnPlan(action) {
            return effects
        }
        switch action {
        case .cursorMoved(let move):
            state.current.position = state.current.position.moved(move, count: rows.count, height: height)
        case .rowOpened:
            open()
        case .wentBack:
            goBack()
        case .screenChosen(let screen):
            choose(screen)
        case .rowClicked(let screenRow):
            click(screenRow)
        case .wheelScrolled(let amount):
            state.current.position = state.current.position.scrolled(by: amount, count: rows.count, height: height)

        case .searchStarted:
            state.mode = .searching
            if state.current.filter == nil {
                state.current.filter = ListFilter(query: "", matches: baseRows)
            }
        case .searchTyped(let character):
            search(appending: character)
        case .searchErased:
            searchErase()
        case .searchKept:
            state.mode = .browsing
            if state.current.filter?.query.allSatisfy(\.isWhitespace) ?? false {
                state.current.filter = nil
            }
        case .searchCleared:
            state.mode = .browsing
            clearFilter()

        case .commandLineOpened:
            state.mode = .commandLine("")
        case .commandTyped(let character):
            if case .commandLine(let text) = state.mode { state.mode = .commandLine(text + String(character)) }
        case .commandErased:
            if case .commandLine(let text) = state.mode {
                state.mode = text.isEmpty ? .browsing : .commandLine(String(text.dropLast()))
            }
        case .commandCancelled:
            state.mode = .browsing
        case .commandSubmitted:
            guard case .commandLine(let text) = state.mode else { return [] }
            state.mode = .browsing
            return run(text)

        case .helpOpened:
            state.mode = .help(firstEntry: 0)
        case .helpScrolled(let amount):
            if case .help(let first) = state.mode {
                let entries = AppKeys.browsing(state.current.screen).bindings.count
                state.mode = .help(firstEntry: min(max(0, first + amount), max(0, entries - 1)))
            }
        case .helpClosed:
            state.mode = .browsing

        case .quitRequested:
            return [.quit]
        case .undoRequested:
            return [.undo]
        case .saved(let message):
            state.message = StatusMessage(.success, message)
            visitSaved()
            surveySaveReported(succeeded: true)
        case .saveFailed(let message):
            state.message = StatusMessage(.error, message)
            visitRefused(message)
            surveySaveReported(succeeded: false)
        case .themeApplied(let name, let problem):
            state.message = problem.map { StatusMessage(.warning, $0) } ?? StatusMessage(.success, AppText.themeChosen(name))
        case .visits(let action):
            return visit(action)
        case .textEdited(let text):
            textEdited(text)
        case .plan(let action):
            return plan(action)
        case .historyLoaded(let history):
            state.history = history
        case .dugnad(let action):
            return dugnad(action)
        case .survey(let action):
            return survey(action)
        }
        return []
    }

    /// The rows the current list shows: the search's matches, or all.
    var rows: [Int] { state.current.filter?.matches ?? baseRows }
    var baseRows: [Int] { directory.rows(for: state.current.screen) }
    var height: Int { layout.list(for: state.current.screen).rows }
    var position: ListPosition { state.current.position.settled(count: rows.count, height: height) }

    mutating func open() {
        let rows = rows
        let selected = position.selected
        guard selected < rows.count, let next = directory.destination(from: state.current.screen, row: rows[selected]) else { return }
        state.current.position = position
        state.places.append(Place(next))
    }

    mutating func goBack() {
        if state.current.filter != nil {
            clearFilter()
        } else if state.places.count > 1 {
            state.places.removeLast()
        }
    }

    mutating func choose(_ screen: Screen) {
        state.mode = .browsing
        if screen == .home {
            state.places = [state.places[0]]
        } else if state.current.screen != screen {
            state.places = [state.places[0], Place(screen)]
        }
    }

    mutating func click(_ screenRow: Int) {
        let list = layout.list(for: state.current.screen)
        guard screenRow >= list.row, screenRow < list.bottom else { return }
        let current = position
        let row = current.top + screenRow - list.row
        guard row < rows.count else { return }
        if row == current.selected {
            open()
        } else {
            state.current.position = ListPosition(selected: row, top: current.top)
        }
    }

    /// One more character can only narrow the search, so only the previous matches are searched.
    mutating func search(appending character: Character) {
        guard var filter = state.current.filter else { return }
        filter.query.append(character)
        filter.matches = directory.filter(filter.matches, on: state.current.screen, query: filter.query)
        state.current.filter = filter
        state.current.position = ListPosition()
    }

    mutating func searchErase() {
        guard var filter = state.current.filter, !filter.query.isEmpty else { return }
        filter.query.removeLast()
        filter.matches = directory.filter(baseRows, on: state.current.screen, query: filter.query)
        state.current.filter = filter
        state.current.position = ListPosition()
    }

    /// Back to the whole list, with the row that was selected in the filtered list still
    /// selected and in the middle of the pane.
    mutating func clearFilter() {
        let rows = rows
        let selected = position.selected
        let wasSelected = selected < rows.count ? rows[selected] : nil
        state.current.filter = nil
        guard let wasSelected, let index = baseRows.firstIndex(of: wasSelected) else {
            state.current.position = ListPosition()
            return
        }
        state.current.position = ListPosition(selected: index, top: index - height / 2).settled(count: baseRows.count, height: height)
    }

    mutating func run(_ text: String) -> [AppEffect] {
        let command: AppCommand
        do throws(Message) {
            guard let parsed = try AppCommand(parsing: text) else { return [] }
            command = parsed
        } catch {
            state.message = StatusMessage(.error, error)
            return []
        }
        switch command {
        case .quit:
            return [.quit]
        case .help:
            state.mode = .help(firstEntry: 0)
        case .language(let language):
            state.language = language
            state.message = StatusMessage(.success, AppText.languageChosen)
        case .listThemes:
            state.message = StatusMessage(.info, AppText.themes(state.themeNames))
        case .theme(let name):
            return [.applyTheme(name)]
        case .go(let screen):
            choose(screen)
        }
        return []
    }
}
