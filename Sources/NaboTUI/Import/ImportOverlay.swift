import NaboCore

/// The preview of `:import`: a box over the screen with what the import would do, the counts and
/// then each refused row, wrapped to the box and scrolled when longer than it.
struct ImportOverlay {
    let preview: ImportPreview
    let language: Language

    /// `area`: the screen's content, so the title, the question on the message line and the keys
    /// on the status line stay in view.
    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = AnswerBox(area: area)
        let width = box.width
        let lines = preview.lines.dropFirst(preview.firstLine).flatMap { WordWrap.lines($0.text(language), width: width) }
        // What yes does stays in view however far the list is scrolled.
        let answer = WordWrap.lines(ImportText.answer(preview).text(language), width: width)
        guard let (inner, listRows) = box.frame(into: &screen, title: ImportText.title(preview.file).text(language), lines: lines.count, answer: answer)
        else { return }
        for (offset, line) in lines.prefix(listRows).enumerated() {
            let isLastWithMore = offset == listRows - 1 && lines.count > listRows
            let text = isLastWithMore ? ImportText.more(lines.count - offset).text(language) : line
            screen.put(text.truncated(toWidth: width), row: inner.row + offset, column: inner.column + 1,
                       role: isLastWithMore ? .overlayKey : .overlay)
        }
    }
}
