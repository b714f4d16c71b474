import NaboCore

/// The whole screen as a grid of cells: views draw into it, the painter sends what changed.
///
/// Drawing never fails and never reaches outside the grid: text is clipped at every edge, and a
/// wide character that would straddle the right edge is left out rather than split.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: TerminalSize
    private var cells: [Cell]
    /// Where the terminal's text cursor should stand, for a form field; nil hides it.
    public var cursor: Position?

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank(), count: size.rows * size.columns)
    }

    public init(rows: Int, columns: Int) {
        self.init(size: TerminalSize(rows: rows, columns: columns))
    }

    public var bounds: Rect { Rect(size) }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes `text` from (row, column) onwards in one role and returns the column after it.
    ///
    /// `limit` stops the text that many columns from `column`, for drawing inside a pane.
    /// No control character ever reaches a cell, because the terminal would obey it: text in the
    /// store may come from a sync folder, and a name could clear the screen or retitle the window.
    /// A tab or a line break (in a note) becomes a space; any other control character is shown in
    /// its escaped form (`\u{1B}`), and so is a backslash (`\\`), which keeps that form unambiguous.
    /// Every view draws through here, so every view is covered.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let end = min(size.columns, limit.map { column + max(0, $0) } ?? size.columns)
        var current = column
        for character in text {
            guard let shown = Self.shownInstead(of: character) else {
                guard place(character, row: row, at: &current, end: end, role: role) else { break }
                continue
            }
            for c in shown {
                guard place(c, row: row, at: &current, end: end, role: role) else { return current }
            }
        }
        return current
    }

    /// What a cell shows in place of `character`, or nil when the character can go in as it is.
    private static func shownInstead(of character: Character) -> String? {
        guard let first = character.unicodeScalars.first else { return nil }
        // Printable ASCII is almost all of what a screen holds; a control character is always a
        // grapheme of its own, so one that starts with a printable letter holds none.
        if first.value >= 0x20, first.value < 0x7F, first != "\\" { return nil }
        if character == "\t" || character == "\n" || character == "\r\n" { return " " }
        guard character.unicodeScalars.contains(where: { ControlCharacters.isControl($0) || $0 == "\\" }) else { return nil }
        return ControlCharacters.escaped(String(character))
    }

    /// Puts one character at `current` and moves past it; false when the edge stopped it.
    private mutating func place(_ character: Character, row: Int, at current: inout Int, end: Int, role: StyleRole) -> Bool {
        guard current < end else { return false }
        let width = DisplayWidth.of(character)
        if width == 0 { return true }
        if current + width > end {
            // A wide character cut by the edge: keep its visible half as a space instead.
            if current >= 0 { set(.blank(role), row: row, column: current) }
            current += width
            return false
        }
        if current >= 0 {
            set(Cell(character, width: width, role: role), row: row, column: current)
            if width == 2 { set(.continuation(role), row: row, column: current + 1) }
        } else if current + width > 0 {
            set(.blank(role), row: row, column: 0)
        }
        current += width
        return true
    }

    /// Blanks a whole row in the given role, as for a selection bar or the status line.
    public mutating func fill(row: Int, role: StyleRole = .normal) {
        fill(Rect(row: row, column: 0, rows: 1, columns: size.columns), role: role)
    }

    /// Blanks the part of `rect` that lies on the screen.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal) {
        let clipped = clip(rect)
        for row in clipped.row..<clipped.bottom {
            for column in clipped.column..<clipped.right {
                set(.blank(role), row: row, column: column)
            }
        }
    }

    /// Draws a single-line frame around `rect`, with an optional title in its top edge.
    public mutating func box(_ rect: Rect, role: StyleRole = .border, title: String? = nil, titleRole: StyleRole = .title) {
        guard rect.rows >= 2, rect.columns >= 2 else { return }
        let inner = rect.columns - 2
        let horizontal = String(repeating: "─", count: inner)
        put("┌" + horizontal + "┐", row: rect.row, column: rect.column, role: role)
        for row in (rect.row + 1)..<(rect.bottom - 1) {
            put("│", row: row, column: rect.column, role: role)
            put("│", row: row, column: rect.right - 1, role: role)
        }
        put("└" + horizontal + "┘", row: rect.bottom - 1, column: rect.column, role: role)
        if let title, inner >= 3 {
            put(" " + title.truncated(toWidth: inner - 2) + " ", row: rect.row, column: rect.column + 1, role: titleRole)
        }
    }

    /// The screen as plain text, one string per row, trailing spaces trimmed: what snapshot
    /// tests compare.
    public func lines() -> [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns where !self[row, column].isContinuation {
                line.append(self[row, column].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `lines()` joined with newlines.
    public var text: String { lines().joined(separator: "\n") }

    private func clip(_ rect: Rect) -> Rect {
        let top = max(0, rect.row)
        let left = max(0, rect.column)
        let bottom = min(size.rows, rect.bottom)
        let right = min(size.columns, rect.right)
        return Rect(row: top, column: left, rows: bottom - top, columns: right - left)
    }

    /// Every write goes through here so that no wide character is ever left half overwritten.
    private mutating func set(_ cell: Cell, row: Int, column: Int) {
        let index = row * size.columns + column
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, column > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if old.width == 2, cell.width != 2, column + 1 < size.columns {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }
}
