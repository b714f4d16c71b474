import NaboCore

/// A column of a table: its heading and how wide it is.
struct TableColumn {
    var title: Message
    /// Columns wanted; nil shares what the fixed columns leave.
    var width: Int?
    var alignment: TextAlignment = .leading

    init(_ title: Message, width: Int? = nil, alignment: TextAlignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell's text and role.
struct TableCell {
    var text: String
    var role: StyleRole

    init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// A list drawn as a table: a heading row, then only the rows that fit in the pane, so a list of
/// any length costs the same to draw. Column widths come from display width, so names in any
/// script stay aligned.
struct Table {
    var columns: [TableColumn]
    var language: Language

    /// Columns before the first cell: the selection marker and a space.
    static let gutter = 2
    static let marker = "▸"

    func widths(total: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +)
        let spacing = max(0, columns.count - 1)
        let flexible = columns.filter { $0.width == nil }.count
        let left = max(0, total - Self.gutter - fixed - spacing)
        var shares = flexible > 0 ? Array(repeating: left / flexible, count: flexible) : []
        if flexible > 0 { shares[flexible - 1] += left % flexible }
        var flexibleIndex = 0
        return columns.map { column in
            if let width = column.width { return width }
            defer { flexibleIndex += 1 }
            return shares[flexibleIndex]
        }
    }

    /// Draws the heading on the first row of `rect` and the visible rows below it. `empty` is
    /// shown when there are no rows; `cells` gives a row's cells.
    func draw(into screen: inout ScreenBuffer, rect: Rect, rows: [Int], position: ListPosition, empty: Message,
              cells: (Int) -> [TableCell]) {
        let widths = widths(total: rect.columns)
        drawRow(columns.map { TableCell($0.title.text(language), .header) }, widths: widths, row: rect.row, rect: rect,
                into: &screen, fill: .header)
        let list = Rect(row: rect.row + 1, column: rect.column, rows: rect.rows - 1, columns: rect.columns)
        guard !rows.isEmpty else {
            screen.putWrapped(empty.text(language), row: list.row, column: list.column + Self.gutter, role: .muted,
                              width: list.columns - Self.gutter, rows: list.rows)
            return
        }
        let shown = position.settled(count: rows.count, height: list.rows)
        for offset in 0..<min(list.rows, rows.count - shown.top) {
            let index = shown.top + offset
            let selected = index == shown.selected
            var rowCells = cells(rows[index])
            if selected {
                rowCells = rowCells.map { TableCell($0.text, .selection) }
            }
            drawRow(rowCells, widths: widths, row: list.row + offset, rect: rect, into: &screen, fill: selected ? .selection : nil)
            if selected {
                screen.put(Self.marker, row: list.row + offset, column: rect.column, role: .selection)
            }
        }
    }

    private func drawRow(_ cells: [TableCell], widths: [Int], row: Int, rect: Rect, into screen: inout ScreenBuffer, fill: StyleRole?) {
        if let fill {
            screen.fill(Rect(row: row, column: rect.column, rows: 1, columns: rect.columns), role: fill)
        }
        var column = rect.column + Self.gutter
        for (index, cell) in cells.enumerated() where index < widths.count {
            let width = widths[index]
            let text = cell.text.fitted(toWidth: width, alignment: columns[index].alignment)
            screen.put(text, row: row, column: column, role: cell.role, limit: rect.right - column)
            column += width + 1
        }
    }
}
