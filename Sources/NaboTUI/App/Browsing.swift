import NaboCore

/// Moving through the lists, searching them, the command line and the help: the part of the
/// interface every screen shares. All of its state is the shell's: the places and the mode.
struct Browsing: Feature {
    static let id = FeatureID.browsing
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: AppAction) -> [AppEffect] {
        switch action {
        case .cursorMoved(let move):
            shell.current.position = shell.current.position.moved(move, count: shell.rows.count, height: shell.height)
        case .rowOpened:
            shell.open()
        case .wentBack:
            goBack()
        case .screenChosen(let screen):
            shell.choose(screen)
        case .rowClicked(let screenRow):
            click(screenRow)
        case .wheelScrolled(let amount):
            shell.current.position = shell.current.position.scrolled(by: amount, count: shell.rows.count, height: shell.height)

        case .searchStarted:
            shell.mode = .searching
            if shell.current.filter == nil {
                shell.current.filter = ListFilter(query: "", matches: shell.baseRows)
            }
        case .searchTyped(let character):
            search(appending: character)
        case .searchErased:
            searchErase()
        case .searchKept:
            shell.mode = .browsing
            if shell.current.filter?.query.allSatisfy(\.isWhitespace) ?? false {
                shell.current.filter = nil
            }
        case .searchCleared:
            shell.mode = .browsing
            clearFilter()
        case .matchStepped(let step):
            guard shell.current.filter != nil else {
                shell.say(.info, AppText.noSearch)
                return []
            }
            let count = shell.rows.count
            guard count > 0 else { return [] }
            let next = ((shell.position.selected + step) % count + count) % count
            shell.current.position = ListPosition(selected: next, top: shell.position.top).settled(count: count, height: shell.height)

        case .commandLineOpened:
            shell.mode = .commandLine("")
        case .commandTyped(let character):
            if case .commandLine(let text) = shell.mode { shell.mode = .commandLine(text + String(character)) }
        case .commandErased:
            if case .commandLine(let text) = shell.mode {
                shell.mode = text.isEmpty ? .browsing : .commandLine(String(text.dropLast()))
            }
        case .commandCancelled:
            shell.mode = .browsing
        case .commandSubmitted:
            guard case .commandLine(let text) = shell.mode else { return [] }
            shell.mode = .browsing
            return run(text)

        case .helpOpened:
            shell.mode = .help(firstEntry: 0)
        case .helpScrolled(let amount):
            if case .help(let first) = shell.mode {
                let entries = AppKeys.browsing(shell.screen).bindings.count
                shell.mode = .help(firstEntry: min(max(0, first + amount), max(0, entries - 1)))
            }
        case .helpClosed:
            shell.mode = .browsing
        case .unboundKeyPressed(let key):
            shell.say(.info, AppText.doesNothing(key))
        default:
            break
        }
        return []
    }

    mutating func goBack() {
        if shell.current.filter != nil {
            clearFilter()
        } else if shell.places.count > 1 {
            shell.places.removeLast()
        }
    }

    mutating func click(_ screenRow: Int) {
        let list = layout.list(for: shell.screen)
        guard screenRow >= list.row, screenRow < list.bottom else { return }
        let current = shell.position
        let row = current.top + screenRow - list.row
        guard row < shell.rows.count else { return }
        if row == current.selected {
            shell.open()
        } else {
            shell.current.position = ListPosition(selected: row, top: current.top)
        }
    }

    /// One more character can only narrow the search, so only the previous matches are searched.
    mutating func search(appending character: Character) {
        guard var filter = shell.current.filter else { return }
        filter.query.append(character)
        filter.matches = directory.filter(filter.matches, on: shell.screen, query: filter.query)
        shell.current.filter = filter
        shell.current.position = ListPosition()
    }

    mutating func searchErase() {
        guard var filter = shell.current.filter, !filter.query.isEmpty else { return }
        filter.query.removeLast()
        filter.matches = directory.filter(shell.baseRows, on: shell.screen, query: filter.query)
        shell.current.filter = filter
        shell.current.position = ListPosition()
    }

    /// Back to the whole list, with the row that was selected in the filtered list still
    /// selected and in the middle of the pane.
    mutating func clearFilter() {
        let wasSelected = shell.selectedRow
        let baseRows = shell.baseRows, height = shell.height
        shell.current.filter = nil
        guard let wasSelected, let index = baseRows.firstIndex(of: wasSelected) else {
            shell.current.position = ListPosition()
            return
        }
        shell.current.position = ListPosition(selected: index, top: index - height / 2).settled(count: baseRows.count, height: height)
    }

    mutating func run(_ text: String) -> [AppEffect] {
        let command: AppCommand
        do throws(Message) {
            guard let parsed = try AppCommand(parsing: text) else { return [] }
            command = parsed
        } catch {
            shell.say(.error, error)
            return []
        }
        switch command {
        case .quit:
            return [.quit]
        case .help:
            shell.mode = .help(firstEntry: 0)
        case .language(let language):
            shell.language = language
            shell.say(.success, AppText.languageChosen)
        case .listThemes:
            shell.say(.info, AppText.themes(shell.themeNames))
        case .theme(let name):
            return [.applyTheme(name)]
        case .go(let screen):
            shell.choose(screen)
        case .importSheet(let path):
            return [.previewImport(path: path)]
        case .sync(let folder):
            return [.sync(folder: folder)]
        case .report(let words, let status):
            do throws(Message) {
                shell.reportOrder = try ReportOrder.typed(status ? [] : words, status: status, directory: directory, language: shell.language)
            } catch {
                shell.say(.error, error)
            }
        }
        return []
    }
}
