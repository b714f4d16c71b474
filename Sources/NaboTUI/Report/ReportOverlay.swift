import NaboCore

/// The report's box over the screen: what will be written, wrapped to the box, and the answer.
struct ReportOverlay {
    let order: ReportOrder
    let language: Language

    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = Rect(row: area.row, column: area.column + 1, rows: area.rows, columns: area.columns - 2)
        let width = box.columns - 4
        guard box.rows >= 3, width >= 10 else { return }
        let lines = ReportText.lines(order.request).flatMap { WordWrap.lines($0.text(language), width: width) }
        let answer = WordWrap.lines(ReportText.answer.text(language), width: width)
        let wanted = box.centered(rows: min(box.rows, lines.count + answer.count + 3), columns: box.columns)
        screen.fill(wanted, role: .overlay)
        screen.box(wanted, role: .overlay, title: ReportText.title.text(language), titleRole: .overlayKey)
        let inner = wanted.inset(by: 1)
        let listRows = max(0, inner.rows - answer.count - 1)
        for (offset, line) in lines.prefix(listRows).enumerated() {
            screen.put(line.truncated(toWidth: width), row: inner.row + offset, column: inner.column + 1, role: .overlay)
        }
        for (offset, line) in answer.prefix(inner.rows).enumerated() {
            screen.put(line, row: inner.bottom - answer.count + offset, column: inner.column + 1, role: .overlayKey)
        }
    }
}
