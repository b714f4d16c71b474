import NaboCore

/// The preview of `:import`: a box over the screen with what the import would do, the counts and
/// then each refused row, wrapped to the box and scrolled when longer than it.
struct ImportOverlay {
    let preview: ImportPreview
    let language: Language

    /// `area`: the screen's content, so the title, the question on the message line and the keys
    /// on the status line stay in view.
    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = Rect(row: area.row, column: area.column + 1, rows: area.rows, columns: area.columns - 2)
        let width = box.columns - 4
        guard box.rows >= 3, width >= 10 else { return }
        let lines = preview.lines.dropFirst(preview.firstLine).flatMap { WordWrap.lines($0.text(language), width: width) }
        // What yes does stays in view however far the list is scrolled.
        let answer = WordWrap.lines(ImportText.answer(preview).text(language), width: width)
        let wanted = box.centered(rows: min(box.rows, lines.count + answer.count + 3), columns: box.columns)
        screen.fill(wanted, role: .overlay)
        screen.box(wanted, role: .overlay, title: ImportText.title(preview.file).text(language), titleRole: .overlayKey)
        let inner = wanted.inset(by: 1)
        let listRows = max(0, inner.rows - answer.count - 1)
        for (offset, line) in answer.prefix(inner.rows).enumerated() {
            screen.put(line, row: inner.bottom - answer.count + offset, column: inner.column + 1, role: .overlayKey)
        }
        for (offset, line) in lines.prefix(listRows).enumerated() {
            let isLastWithMore = offset == listRows - 1 && lines.count > listRows
            let text = isLastWithMore ? ImportText.more(lines.count - offset).text(language) : line
            screen.put(text.truncated(toWidth: width), row: inner.row + offset, column: inner.column + 1,
                       role: isLastWithMore ? .overlayKey : .overlay)
        }
    }
}
