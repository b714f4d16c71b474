import NaboCore

/// The report's box over the screen: what will be written, wrapped to the box, and the answer.
struct ReportOverlay {
    let order: ReportOrder
    let language: Language

    func draw(into screen: inout ScreenBuffer, area: Rect) {
        let box = AnswerBox(area: area)
        let lines = ReportText.lines(order.request).flatMap { WordWrap.lines($0.text(language), width: box.width) }
        let answer = WordWrap.lines(ReportText.answer.text(language), width: box.width)
        guard let (inner, rows) = box.frame(into: &screen, title: ReportText.title.text(language), lines: lines.count, answer: answer) else { return }
        for (offset, line) in lines.prefix(rows).enumerated() {
            screen.put(line.truncated(toWidth: box.width), row: inner.row + offset, column: inner.column + 1, role: .overlay)
        }
    }
}
