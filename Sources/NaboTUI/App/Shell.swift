import NaboCore

/// The part of the interface's state every feature may read and move besides its own: where the
/// user is, the mode, the last message and the record form shown over the screen, with the data,
/// size and clock of this reduction. The root reducer copies it out of `AppState` for the feature
/// an action is routed to and back in afterwards, as swift-composable-architecture's `Scope` does
/// with a child's state, so a feature reaches nothing of another's.
struct Shell {
    var places: [Place]
    var mode: InputMode
    var message: StatusMessage?
    /// The record form open over the screen; any feature may present one, and the record form's
    /// reducer is the only one that changes it once open.
    var form: RecordForm?
    /// The report's box, which `:rapport` opens over any screen.
    var reportOrder: ReportOrder?
    /// `:language` changes it for every screen.
    var language: Language
    /// The themes `:theme` can switch to.
    let themeNames: [String]
    /// The history of the record on screen, as the runner read it.
    let history: RecordHistory?
    let directory: Directory
    let layout: Layout
    let now: LocalDateTime

    init(_ state: AppState, directory: Directory, layout: Layout, now: LocalDateTime) {
        places = state.places
        mode = state.mode
        message = state.message
        form = state.recordForm
        reportOrder = state.reportOrder
        language = state.language
        themeNames = state.themeNames
        history = state.history
        self.directory = directory
        self.layout = layout
        self.now = now
    }

    /// What the feature moved, back into the whole state.
    func write(into state: inout AppState) {
        state.places = places
        state.mode = mode
        state.message = message
        state.recordForm = form
        state.reportOrder = reportOrder
        state.language = language
    }

    /// The place on screen.
    var current: Place {
        get { places[places.count - 1] }
        set { places[places.count - 1] = newValue }
    }

    var screen: Screen { current.screen }

    mutating func say(_ kind: StatusMessage.Kind, _ message: Message) {
        self.message = StatusMessage(kind, message)
    }

    /// The rows the current list shows: the search's matches, or all.
    var rows: [Int] { current.filter?.matches ?? baseRows }
    var baseRows: [Int] { directory.rows(for: current.screen) }
    var height: Int { layout.list(for: current.screen).rows }
    var position: ListPosition { current.position.settled(count: rows.count, height: height) }

    /// The row of the current list under the selection, if the list has one there.
    var selectedRow: Int? {
        let rows = rows
        let selected = position.selected
        return selected < rows.count ? rows[selected] : nil
    }

    /// Enter on a row: the place it stands for, on top of this one.
    mutating func open() {
        guard let row = selectedRow, let next = directory.destination(from: current.screen, row: row) else { return }
        current.position = position
        places.append(Place(next))
    }

    /// A screen chosen by its key or by `:go`, on top of where the worker was, so Esc goes back
    /// there. A screen already on the way is taken out of it and brought up as it was left, so
    /// jumping to and fro never stacks a screen twice. Home is the first place: `H` goes back to it.
    mutating func choose(_ screen: Screen) {
        mode = .browsing
        if screen == .home {
            places = [places[0]]
        } else if current.screen != screen {
            let earlier = places.dropFirst().firstIndex { $0.screen == screen }
            places.append(earlier.map { places.remove(at: $0) } ?? Place(screen))
        }
    }

    /// The resident the screen is about: the one open, or the one selected in a list of residents.
    var residentOnScreen: String? {
        switch current.screen {
        case .resident(let id), .timeline(let id):
            return id
        case .residents, .unit, .due, .week:
            guard let row = selectedRow, case .resident(let id) = directory.destination(from: current.screen, row: row) else { return nil }
            return id
        default:
            return nil
        }
    }
}
