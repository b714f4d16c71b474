import NaboCore

/// The action plan as cards in columns by status. An empty column shrinks to its symbol and count,
/// so the columns with cards get the width; when they still do not fit (80 columns), the board
/// shows those around the selected card's column, with ◂ and ▸ saying there are more. A column
/// scrolls to keep the selected card in sight.
struct BoardView {
    var place: Place
    var facets: PlanFacets
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        PlanHeader(facets: facets, search: place.filter?.query, directory: directory, language: language).draw(into: &screen, layout: layout)
        let statuses = Vocabulary.measureStatus
        let area = layout.boardArea
        guard !rows.isEmpty else {
            let empty = PlanText.empty(searching: place.filter != nil, directory: directory)
            screen.putWrapped(empty.text(language), row: area.row, column: 2, role: .muted, width: area.columns - 2, rows: area.rows)
            return
        }
        let selected = place.position.settled(count: rows.count, height: rows.count).selected
        let columnOf = rows.map { statuses.firstIndex(of: Measure(directory.measures[$0]).statusValue) ?? 0 }
        let counts = statuses.indices.map { status in columnOf.filter { $0 == status }.count }
        let shown = Self.window(counts: counts, selected: columnOf[selected], width: area.columns - 2)
        let spare = area.columns - 2 - shown.reduce(0) { $0 + Self.minimumWidth(counts[$1]) }
        let wide = shown.filter { counts[$0] > 0 }.count
        var column = 1
        for status in shown {
            var width = Self.minimumWidth(counts[status])
            if counts[status] > 0 { width += spare / max(1, wide) }
            let cards = rows.indices.filter { columnOf[$0] == status }
            let rect = Rect(row: area.row, column: column, rows: area.rows, columns: width - 1)
            if cards.isEmpty {
                screen.put(MeasureStatus.marked(statuses[status]).text(language).prefix(1) + " 0", row: area.row, column: column, role: .muted)
            } else {
                drawColumn(statuses[status], cards: cards, selected: selected, into: &screen, rect: rect, layout: layout)
            }
            column += width
        }
        if let first = shown.first, first > 0 {
            screen.put("◂", row: area.row, column: 0, role: .warning)
        }
        if let last = shown.last, last < statuses.count - 1 {
            screen.put("▸", row: area.row, column: area.right - 1, role: .warning)
        }
    }

    static let cardWidth = 24
    static let collapsedWidth = 5

    static func minimumWidth(_ count: Int) -> Int { count == 0 ? collapsedWidth : cardWidth }

    /// The status columns shown: all that fit, from the first one that still leaves the selected
    /// column in sight.
    static func window(counts: [Int], selected: Int, width: Int) -> [Int] {
        for first in 0...selected {
            var used = 0
            var shown: [Int] = []
            for status in first..<counts.count where used + minimumWidth(counts[status]) <= width {
                guard shown.last.map({ $0 == status - 1 }) ?? true else { break }
                used += minimumWidth(counts[status])
                shown.append(status)
            }
            if shown.contains(selected) { return shown }
        }
        return [selected]
    }

    private func drawColumn(_ status: String, cards: [Int], selected: Int, into screen: inout ScreenBuffer, rect: Rect, layout: Layout) {
        let heading = MeasureStatus.marked(status).capitalizedAfterSymbol.text(language) + " (\(cards.count))"
        screen.put(" " + heading.truncated(toWidth: rect.columns - 2), row: rect.row, column: rect.column, role: .header)
        let room = layout.cardsPerColumn
        let at = cards.firstIndex(of: selected) ?? 0
        let top = cards.contains(selected) ? max(0, at - room + 1) : 0
        let visible = cards.dropFirst(top).prefix(room)
        for (offset, card) in visible.enumerated() {
            let cardRow = rect.row + 1 + offset * Layout.cardRows
            drawCard(directory.measures[rows[card]], selected: card == selected,
                     into: &screen, rect: Rect(row: cardRow, column: rect.column, rows: Layout.cardRows - 1, columns: rect.columns))
        }
        let below = cards.count - top - visible.count
        let moreRow = rect.row + visible.count * Layout.cardRows
        if below > 0, moreRow < rect.bottom {
            screen.put(PlanText.more(below).text(language), row: moreRow, column: rect.column + 2, role: .muted, fitting: rect.columns - 2)
        }
        if top > 0 {
            screen.put("↑\(top)", row: rect.row, column: rect.right - 3, role: .muted)
        }
    }

    private func drawCard(_ measure: Record, selected: Bool, into screen: inout ScreenBuffer, rect: Rect) {
        let role: StyleRole = selected ? .cardSelected : .card
        screen.fill(rect, role: role)
        let inner = rect.columns - 2
        let m = Measure(measure)
        let due = m.due.map { $0.text(language) } ?? PlanText.noDue.text(language)
        var title = WordWrap.lines(m.title, width: inner)
        if title.count > 2 {
            title = [title[0], (title[1] + " " + title[2]).truncated(toWidth: inner)]
        }
        let lines = title.prefix(2).map { [TableCell($0, role)] } + Array(repeating: [], count: 2 - min(2, title.count)) + [
            [TableCell(directory.addressText(m.address) + " · " + VocabularyLabel.text(m.categoryValue, language), role)],
            // The due date before who is responsible: it is what a narrow card must not lose.
            [TableCell(due + " · " + Responsible.word(m.responsibleValue).text(language), role)],
            PlanCells.markers(measure, directory: directory, language: language, base: role),
        ]
        for (offset, cells) in lines.enumerated() {
            screen.put(cells, row: rect.row + offset, column: rect.column + 2, limit: inner)
        }
        if selected {
            screen.put(Table.marker, row: rect.row, column: rect.column, role: role)
        }
    }
}

/// Cells the board, the matrix and a measure's screen share.
enum PlanCells {
    /// "! forsinket kr avklares ≠ konflikt", each in its own role and with its own symbol.
    static func markers(_ measure: Record, directory: Directory, language: Language, base: StyleRole) -> [TableCell] {
        var cells: [TableCell] = []
        func add(_ text: Message, _ role: StyleRole) {
            if !cells.isEmpty { cells.append(TableCell(" ", base)) }
            cells.append(TableCell(text.text(language), role))
        }
        let m = Measure(measure)
        if m.isLate(today: directory.today) { add(PlanText.late, .late) }
        if m.costToAgree { add(PlanText.cost, .warning) }
        if !directory.conflicts(ofMeasure: measure).isEmpty { add(PlanText.conflict, .conflict) }
        return cells
    }
}

/// The filter line over the board and the matrix, with the filter keys where there is room.
struct PlanHeader {
    var facets: PlanFacets
    /// The search typed with `/`, which narrows the plan as a facet does.
    var search: String?
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let row = layout.planFilterRow
        let searching = search.map { !$0.isEmpty } ?? false
        let text = PlanText.facets(facets, search: searching ? search : nil, directory, language)
        let end = screen.put(" " + text, row: row, column: 0, role: facets.isEmpty && !searching ? .muted : .warning, fitting: layout.size.columns)
        let hint = PlanText.filterHint.text(language)
        let column = layout.size.columns - hint.displayWidth - 1
        if column > end + 2 {
            screen.put(hint, row: row, column: column, role: .muted)
        }
    }
}
