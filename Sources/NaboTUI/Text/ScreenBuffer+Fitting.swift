extension ScreenBuffer {
    /// Text in at most `width` columns, ending in "…" when it had to be cut: `put` alone clips at
    /// its limit without a sign, which reads as a finished word or sentence.
    @discardableResult
    mutating func put(_ text: String, row: Int, column: Int, role: StyleRole = .normal, fitting width: Int) -> Int {
        put(text.truncated(toWidth: width), row: row, column: column, role: role, limit: width)
    }

    /// A form's last line, the hint or what happened: over two lines at the bottom of `rect` when
    /// it needs them and the rows from `below` on are free, so the end of a hint is not lost.
    mutating func putFooter(_ text: String, role: StyleRole, in rect: Rect, below: Int) {
        let width = rect.columns - 2
        let lines = WordWrap.lines(text, width: width, atMost: max(1, min(2, rect.bottom - below)))
        putWrapped(text, row: rect.bottom - lines.count, column: rect.column + 1, role: role, width: width, rows: lines.count)
    }

    /// A sentence over as many rows as it needs, up to `rows`, broken between words: an empty
    /// list's sentence says how to begin and must not end mid-word. Returns the row after it.
    @discardableResult
    mutating func putWrapped(_ text: String, row: Int, column: Int, role: StyleRole, width: Int, rows: Int) -> Int {
        let lines = WordWrap.lines(text, width: width, atMost: rows)
        for (offset, line) in lines.enumerated() {
            put(line, row: row + offset, column: column, role: role, limit: width)
        }
        return row + lines.count
    }
}
