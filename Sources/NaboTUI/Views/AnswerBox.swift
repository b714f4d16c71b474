/// A box over the screen's content that waits for an answer: a title, the lines of what is asked
/// about, and at its foot what the answer does, which stays in view however long the lines are.
/// The import's preview and the report's order are drawn in one.
struct AnswerBox {
    let area: Rect

    /// The width the lines are wrapped to.
    var width: Int { area.columns - 6 }

    /// Draws the frame, the title and the answer; gives the rows left for `lines` lines, nil when
    /// the screen has no room for a box.
    func frame(into screen: inout ScreenBuffer, title: String, lines: Int, answer: [String]) -> (inner: Rect, rows: Int)? {
        let box = Rect(row: area.row, column: area.column + 1, rows: area.rows, columns: area.columns - 2)
        guard box.rows >= 3, width >= 10 else { return nil }
        let wanted = box.centered(rows: min(box.rows, lines + answer.count + 3), columns: box.columns)
        screen.fill(wanted, role: .overlay)
        screen.box(wanted, role: .overlay, title: title, titleRole: .overlayKey)
        let inner = wanted.inset(by: 1)
        for (offset, line) in answer.prefix(inner.rows).enumerated() {
            screen.put(line, row: inner.bottom - answer.count + offset, column: inner.column + 1, role: .overlayKey)
        }
        return (inner, max(0, inner.rows - answer.count - 1))
    }
}
