import NaboCore

/// The board, the matrix and a measure's screen in the reducer. Both lists hold the same measures
/// in plan order, and the selection is a measure in that list, so toggling between board and
/// matrix and moving a card to another status keep it selected. All of its state is its screen's
/// place: the facets in the screen, the selection in its position.
struct PlanFeature: Feature {
    static let id = FeatureID.plan
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    /// The list actions these screens handle their own way; nil for the rest.
    mutating func browse(_ action: AppAction) -> [AppEffect]? {
        switch (shell.screen, action) {
        case (.board, .cursorMoved(let move)):
            moveOnBoard(move)
        case (.matrix, .cursorMoved(let move)):
            moveOnMatrix(move)
        case (.measure, .cursorMoved(let move)):
            scrollMeasure(move)
        case (.board, .rowClicked), (.matrix, .rowClicked), (.measure, .rowClicked), (.board, .wheelScrolled), (.matrix, .wheelScrolled):
            break
        case (.measure, .wheelScrolled(let rows)):
            scrollMeasure { top, _, _ in top + rows }
        case (.board, .rowOpened), (.matrix, .rowOpened):
            shell.open()
            return historyEffect
        case (.measure, .undoRequested):
            return [.undo]
        default:
            return nil
        }
        return []
    }

    /// A measure's screen shows its history, read again after each change.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] {
        guard case .saved = outcome else { return [] }
        return historyEffect
    }

    var historyEffect: [AppEffect] {
        guard case .measure(let id) = shell.current.screen else { return [] }
        return [.loadHistory(type: "measure", id: id)]
    }

    mutating func reduce(_ action: PlanAction) -> [AppEffect] {
        switch action {
        case .boardChosen:
            switchPlanView { .board($0) }
        case .matrixChosen:
            switchPlanView { .matrix($0) }
        case .columnMoved(let step):
            if case .matrix = shell.current.screen { moveAcrossMatrix(step) } else { moveAcrossBoard(step) }
        case .cardMoved(let step):
            return moveCard(step)
        case .facetStepped(let kind):
            let values = directory.facetValues(kind)
            refilter { $0.stepped(kind, through: values) }
        case .lateToggled:
            refilter { facets in
                var next = facets
                next.lateOnly.toggle()
                return next
            }
        case .facetsCleared:
            refilter { _ in PlanFacets() }
        case .alternativeChosen(let number):
            return settle(number)
        case .measureStarted:
            measureStarted()
        case .measureChangeStarted:
            measureChangeStarted()
        }
        return []
    }

    /// From the board to the matrix or back with the same filters, search and selection; from
    /// anywhere else to a fresh one.
    mutating func switchPlanView(_ screen: (PlanFacets) -> Screen) {
        switch shell.current.screen {
        case .board(let facets), .matrix(let facets):
            shell.current.screen = screen(facets)
        default:
            shell.choose(screen(PlanFacets()))
        }
    }

    var facets: PlanFacets? {
        switch shell.current.screen {
        case .board(let facets), .matrix(let facets): facets
        default: nil
        }
    }

    /// New facets: the search typed before applies to the new list, and the selected measure
    /// stays selected while it still shows.
    mutating func refilter(_ change: (PlanFacets) -> PlanFacets) {
        guard let facets else { return }
        let wasSelected = selectedMeasure
        let next = change(facets)
        shell.current.screen = if case .matrix = shell.current.screen { .matrix(next) } else { .board(next) }
        if var filter = shell.current.filter {
            filter.matches = directory.filter(shell.baseRows, on: shell.current.screen, query: filter.query)
            shell.current.filter = filter
        }
        let index = wasSelected.flatMap { directory.measureByID[$0.id] }.flatMap { shell.rows.firstIndex(of: $0) } ?? 0
        shell.current.position = ListPosition(selected: index)
    }

    /// The measure the keys act on: the selected card or cell, or the one on screen.
    var selectedMeasure: Record? {
        if case .measure(let id) = shell.current.screen { return directory.measure(id) }
        let rows = shell.rows
        let selected = shell.position.selected
        return selected < rows.count ? directory.measures[rows[selected]] : nil
    }

    // MARK: The board

    /// The status column of each row of the list.
    var statusColumns: [Int] {
        shell.rows.map { Vocabulary.measureStatus.firstIndex(of: Measure(directory.measures[$0]).statusValue) ?? 0 }
    }

    /// Up and down within the selected card's column.
    mutating func moveOnBoard(_ move: ListMove) {
        let columns = statusColumns
        let selected = shell.position.selected
        guard selected < columns.count else { return }
        let column = columns.indices.filter { columns[$0] == columns[selected] }
        let at = column.firstIndex(of: selected) ?? 0
        let page = layout.cardsPerColumn
        let target = switch move {
        case .down: at + 1
        case .up: at - 1
        case .pageDown: at + page
        case .pageUp: at - page
        case .first: 0
        case .last: column.count - 1
        }
        shell.current.position = ListPosition(selected: column[min(max(0, target), column.count - 1)])
    }

    /// To the nearest column in that direction with cards, at the same height where it can.
    mutating func moveAcrossBoard(_ step: Int) {
        let columns = statusColumns
        let selected = shell.position.selected
        guard selected < columns.count else { return }
        let at = columns.indices.filter { columns[$0] == columns[selected] }.firstIndex(of: selected) ?? 0
        var next = columns[selected] + step
        while next >= 0, next < Vocabulary.measureStatus.count {
            let cards = columns.indices.filter { columns[$0] == next }
            if !cards.isEmpty {
                shell.current.position = ListPosition(selected: cards[min(at, cards.count - 1)])
                return
            }
            next += step
        }
    }

    // MARK: The matrix

    /// The list's rows laid out as the matrix: for each plan row and address column, the list
    /// positions of its measures.
    var matrixCells: [[[Int]]] {
        let rows = shell.rows
        let positions = Dictionary(uniqueKeysWithValues: rows.enumerated().map { (directory.measures[$0.element].id, $0.offset) })
        return directory.matrix(rows).rows.map { row in row.cells.map { $0.compactMap { positions[$0.id] } } }
    }

    /// Where the selected measure is in the matrix.
    func cell(of selected: Int, in cells: [[[Int]]]) -> (row: Int, column: Int)? {
        for (r, row) in cells.enumerated() {
            for (c, cell) in row.enumerated() where cell.contains(selected) {
                return (r, c)
            }
        }
        return nil
    }

    mutating func moveOnMatrix(_ move: ListMove) {
        let cells = matrixCells
        guard let at = cell(of: shell.position.selected, in: cells) else { return }
        let page = max(1, layout.list(for: shell.current.screen).rows - 1)
        let target = switch move {
        case .down: at.row + 1
        case .up: at.row - 1
        case .pageDown: at.row + page
        case .pageUp: at.row - page
        case .first: 0
        case .last: cells.count - 1
        }
        let row = min(max(0, target), cells.count - 1)
        // The same address where the item has one there, else the nearest that has.
        let columns = cells[row].indices.filter { !cells[row][$0].isEmpty }.sorted { abs($0 - at.column) < abs($1 - at.column) }
        guard let column = columns.first else { return }
        shell.current.position = ListPosition(selected: cells[row][column][0])
    }

    mutating func moveAcrossMatrix(_ step: Int) {
        let cells = matrixCells
        guard let at = cell(of: shell.position.selected, in: cells) else { return }
        var column = at.column + step
        while column >= 0, column < cells[at.row].count {
            if let first = cells[at.row][column].first {
                shell.current.position = ListPosition(selected: first)
                return
            }
            column += step
        }
    }

    // MARK: Changes

    /// The selected measure one status further or back, saved as a change of its status.
    mutating func moveCard(_ step: Int) -> [AppEffect] {
        guard let measure = selectedMeasure else { return [] }
        let statuses = Vocabulary.measureStatus
        let from = statuses.firstIndex(of: Measure(measure).statusValue) ?? 0
        let to = from + step
        guard to >= 0, to < statuses.count else {
            shell.say(.info, step < 0 ? PlanText.firstStatus : PlanText.lastStatus)
            return []
        }
        let change = Change.set(.measure, id: measure.id, Edit(values: ["status": statuses[to]]))
        return [.save(change, done: PlanText.moved(Measure(measure).title, directory.addressText(Measure(measure).address), to: statuses[to]))]
    }

    /// Writes the chosen value of the measure's first conflict again, which settles it.
    mutating func settle(_ number: Int) -> [AppEffect] {
        guard let measure = selectedMeasure,
              let conflict = directory.conflicts(ofMeasure: measure).first(where: { $0.field != nil }), let field = conflict.field else {
            shell.say(.info, PlanText.noConflict)
            return []
        }
        guard number >= 1, number <= conflict.values.count else { return [] }
        let value = HistoryEntry.text(conflict.values[number - 1].value)
        let change = Change.set(.measure, id: measure.id, Edit(values: [field: value]))
        return [.save(change, done: PlanText.settled(field: field, value: PlanText.value(field, value)))]
    }

    /// j/k and the page keys scroll a measure's details, no further than its last line.
    mutating func scrollMeasure(_ move: ListMove) {
        scrollMeasure { top, lines, height in
            switch move {
            case .down: top + 1
            case .up: top - 1
            case .pageDown: top + max(1, height - 1)
            case .pageUp: top - max(1, height - 1)
            case .first: 0
            case .last: lines
            }
        }
    }

    mutating func scrollMeasure(_ next: (_ top: Int, _ lines: Int, _ height: Int) -> Int) {
        guard case .measure(let id) = shell.current.screen, let measure = directory.measure(id) else { return }
        let history = shell.history.flatMap { $0.id == id ? $0.entries : nil }
        let lines = MeasureSheet(measure: measure, directory: directory, history: history, language: language)
            .lines(width: layout.content.columns - 2).count
        let height = layout.content.rows
        let top = MeasureSheet.top(shell.current.position.top, lines: lines, height: height)
        shell.current.position = ListPosition(top: MeasureSheet.top(next(top, lines, height), lines: lines, height: height))
    }
}
